package kz.medcert.application.port.in.requests;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Function;
import kz.medcert.application.port.in.AccessDeniedException;
import kz.medcert.application.port.in.BusinessRuleException;
import kz.medcert.application.port.in.RequestConflictException;
import kz.medcert.application.port.in.RequestNotFoundException;
import kz.medcert.application.port.in.StaleRequestException;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.request.ApplicationDetails;
import kz.medcert.domain.request.RequestId;

/**
 * The applicant amends the information form they declared (A2-IF / A6-IF) after the consent and before the
 * submission, e.g. to declare what a state registry that did not answer would have supplied, so that the rules count
 * it and its documents can be uploaded (R21, R70). The amendment is in the request's history; the content to sign
 * changes with it (R17).
 */
public interface AmendFormUseCase {

    /**
     * Replaces the declared form of the applicant's own request.
     *
     * @throws AccessDeniedException     when {@code actor} is not an applicant
     * @throws RequestNotFoundException  when there is no such request of theirs
     * @throws RequestConflictException  before the consent is answered, after the submission, or when the request
     *                                   changed meanwhile
     * @throws BusinessRuleException     when the form changes what is applied for (category, specialty) or misses a
     *                                   field the chosen form asks for
     */
    default RequestView amend(Actor actor, RequestId id, AmendFormCommand command) {
        return amend(actor, id, command, OptionalLong.empty());
    }

    /**
     * As {@link #amend(Actor, RequestId, AmendFormCommand)}, on the version of the request the form was filled on
     * ({@code seenVersion}): a request changed since is not amended.
     *
     * @throws StaleRequestException when the request is no longer at {@code seenVersion}
     */
    RequestView amend(Actor actor, RequestId id, AmendFormCommand command, OptionalLong seenVersion);

    /**
     * The whole form as amended, and what the form asks beyond the dossier (the level applied for, R15; A5).
     *
     * @param formOn builds the amended form for its application date, which the use case settles: the request's own
     *               (an amendment does not move it)
     */
    record AmendFormCommand(Function<LocalDate, Dossier> formOn, ApplicationDetails details) {
        public AmendFormCommand {
            Objects.requireNonNull(formOn, "formOn");
            Objects.requireNonNull(details, "details");
        }

        /** The amended {@code form}, dated by the use case. */
        public AmendFormCommand(Dossier form, ApplicationDetails details) {
            this(day -> form.toBuilder().applicationDate(day).build(), details);
        }
    }
}
