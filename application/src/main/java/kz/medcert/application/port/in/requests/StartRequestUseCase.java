package kz.medcert.application.port.in.requests;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;
import kz.medcert.application.port.in.AccessDeniedException;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.request.Applicant;
import kz.medcert.domain.request.ApplicationDetails;

/** Starts a request: the applicant, the declared specialty and the information-form data (R92–R95). */
public interface StartRequestUseCase {

    /** @throws AccessDeniedException unless {@code actor} is the applicant the command names */
    RequestView start(Actor actor, StartRequestCommand command);

    /**
     * As {@link #start(Actor, StartRequestCommand)}, idempotently: the first call with a key creates the request; a
     * retry with the same key and the same body returns that request ({@code replayed}) and creates nothing.
     *
     * @throws IdempotencyKeyReusedException when the key was used with a different body
     */
    Started start(Actor actor, StartRequestCommand command, Idempotency idempotency);

    /** The client's {@code Idempotency-Key} and a fingerprint (digest) of the body it sent with it. */
    record Idempotency(String key, String fingerprint) {
        /** Longest key accepted, in characters. */
        public static final int MAX_KEY_LENGTH = 255;

        public Idempotency {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(fingerprint, "fingerprint");
            if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
                throw new IllegalArgumentException("an idempotency key is 1 to " + MAX_KEY_LENGTH
                        + " visible ASCII characters");
            }
        }
    }

    /** The request started, and whether it was started by an earlier call with the same key. */
    record Started(RequestView request, boolean replayed) {
        public Started {
            Objects.requireNonNull(request, "request");
        }
    }

    /**
     * What the applicant declares; registry facts are added after consent.
     *
     * @param formOn  builds the declared form for its provisional application date, which the use case settles: the
     *                day the request is started, in Almaty (R11; settled again at the submission)
     * @param details what the form asks beyond the dossier: the level applied for, the organisation (A1, A5)
     */
    record StartRequestCommand(Applicant applicant, Function<LocalDate, Dossier> formOn,
                               ApplicationDetails details) {
        public StartRequestCommand {
            Objects.requireNonNull(applicant, "applicant");
            Objects.requireNonNull(formOn, "formOn");
            Objects.requireNonNull(details, "details");
        }

        /** The declared {@code form}, dated by the use case as any other start is. */
        public StartRequestCommand(Applicant applicant, Dossier form, ApplicationDetails details) {
            this(applicant, day -> form.toBuilder().applicationDate(day).build(), details);
        }

        public StartRequestCommand(Applicant applicant, Dossier form) {
            this(applicant, form, ApplicationDetails.NONE);
        }
    }
}
