package kz.medcert.application.port.in.decisions;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import kz.medcert.application.port.in.BusinessRuleException;
import kz.medcert.application.port.in.RequestConflictException;
import kz.medcert.application.port.in.RequestNotFoundException;
import kz.medcert.application.port.in.StaleRequestException;
import kz.medcert.application.port.in.requests.RequestView;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.certificate.CertificateNumber;
import kz.medcert.domain.evaluation.Ground;
import kz.medcert.domain.request.Motivation;
import kz.medcert.domain.request.RequestId;

/**
 * The officer's decision on an accepted request (R74, R75, R91). Only an officer of the request's department decides;
 * a request they may not see is {@link RequestNotFoundException}; a request not (or no longer) awaiting that decision,
 * or decided concurrently by another officer, is {@link RequestConflictException}.
 */
public interface DecideRequestUseCase {
    // Each decision may name the version of the request the officer decided on (seenVersion, from the ETag of what
    // they read): a request changed since then, by another officer or the applicant's objection, is not decided on
    // (StaleRequestException); without it, a decision applies to the request as it stands.

    /**
     * Issues the certificate: registers a new 5-year certificate (R14, R79), linked to the one it confirms, and marks
     * the request ISSUED, in one transaction. Allowed while the request is accepted or refused only preliminarily.
     */
    default Issued issue(Actor officer, RequestId id, OptionalLong seenVersion) {
        return issue(officer, id, Optional.empty(), seenVersion);
    }

    default Issued issue(Actor officer, RequestId id) {
        return issue(officer, id, OptionalLong.empty());
    }

    /**
     * As {@link #issue(Actor, RequestId, OptionalLong)}, with the officer's written motivation for setting aside the
     * grounds the rules found ({@code override}, R74, R91).
     *
     * @throws BusinessRuleException when the evaluation carries ground 4 or 5 (never issued: R88, R89), or other
     *                               grounds and no override, or an override and no ground
     */
    Issued issue(Actor officer, RequestId id, Optional<Motivation> override, OptionalLong seenVersion);

    /**
     * Proposes a reasoned refusal (R91): the applicant is notified and may object within the hearing window
     * ({@link kz.medcert.domain.request.Hearing}). The failed rules are those of the evaluation's findings on the
     * chosen grounds, plus each ground's own rule.
     *
     * @throws IllegalArgumentException when the reasons are incomplete (no ground, blank motivation)
     */
    RequestView proposeRefusal(Actor officer, RequestId id, RefusalCommand refusal, OptionalLong seenVersion);

    default RequestView proposeRefusal(Actor officer, RequestId id, RefusalCommand refusal) {
        return proposeRefusal(officer, id, refusal, OptionalLong.empty());
    }

    /**
     * The final refusal, once the applicant has objected or the window has ended; only on grounds the applicant was
     * heard on.
     *
     * @throws RequestConflictException when the hearing is still open
     * @throws IllegalArgumentException when the reasons are incomplete or add grounds
     */
    RequestView refuse(Actor officer, RequestId id, RefusalCommand refusal, OptionalLong seenVersion);

    default RequestView refuse(Actor officer, RequestId id, RefusalCommand refusal) {
        return refuse(officer, id, refusal, OptionalLong.empty());
    }

    /** The number of the certificate issued and the request as it now stands. */
    record Issued(CertificateNumber number, RequestView request) {
        public Issued {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(request, "request");
        }
    }

    /**
     * The grounds the officer refuses on and the reasoned text the applicant receives (R91), as the officer wrote it:
     * in Kazakh and/or Russian, and English if they like; the language of the decision they did not write is the
     * rules' draft, marked as generated. For ground 1 (R85) the uploads whose unreliability the officer established
     * ({@code unreliableDocuments}, attachment ids of the request).
     */
    record RefusalCommand(List<Ground> grounds, Motivation motivation, List<UUID> unreliableDocuments) {
        public RefusalCommand {
            grounds = List.copyOf(grounds);
            Objects.requireNonNull(motivation, "motivation");
            unreliableDocuments = List.copyOf(unreliableDocuments);
        }

        public RefusalCommand(List<Ground> grounds, Motivation motivation) {
            this(grounds, motivation, List.of());
        }

        /** A refusal motivated in Russian only. */
        public RefusalCommand(List<Ground> grounds, String russianMotivation) {
            this(grounds, Motivation.of(null, russianMotivation, null), List.of());
        }
    }
}
