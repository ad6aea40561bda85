package kz.medcert.domain.request;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.medcert.domain.reference.Message;

/**
 * Whether a request may be submitted now (R22), decided once: the use case answers by it, and the aggregate accepts a
 * submission only when it is {@link Ready}.
 */
public sealed interface SubmissionReadiness {

    /** All the registries answered and nothing bars the applicant: the applicant may sign and submit. */
    record Ready() implements SubmissionReadiness {
    }

    /** Submitted already ({@code submission}: the one accepted), so it is not submitted again (R22). */
    record AlreadySubmitted(Optional<Submission> submission) implements SubmissionReadiness {
        public AlreadySubmitted {
            Objects.requireNonNull(submission, "submission");
        }

        /** Whether the accepted submission was signed with exactly {@code signature}: a retry of it. */
        public boolean signedWith(String signature) {
            return submission.map(Submission::signature).filter(signature::equals).isPresent();
        }
    }

    /**
     * A step comes first: the consent (R60), or the registries still to answer ({@code waitingFor}, R21, R70), at
     * {@code status}.
     */
    record NotYet(RequestStatus status, List<RegistryFetch> waitingFor) implements SubmissionReadiness {
        public NotYet {
            Objects.requireNonNull(status, "status");
            waitingFor = List.copyOf(waitingFor);
        }
    }

    /** The applicant cannot be served at all ({@code reason}: R69, R71, a domestic person nobody holds). */
    record Barred(Message reason) implements SubmissionReadiness {
        public Barred {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The readiness of {@code s}. */
    static SubmissionReadiness of(RequestState s) {
        if (s.status().submitted()) {
            return new AlreadySubmitted(s.submission());
        }
        if (s.status() != RequestStatus.AWAITING_DOCUMENTS) {
            return new NotYet(s.status(), s.fetches().stream().filter(f -> !f.settled()).toList());
        }
        // R69, R71: a domestic applicant the state database of individuals does not know cannot be served
        Optional<Message> barred = RequestReview.submissionBlocker(s);
        if (barred.isPresent()) {
            return new Barred(barred.get());
        }
        return new Ready();
    }
}
