package kz.medcert.application.port.in;

import java.util.List;
import java.util.function.Function;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.request.RegistryFetch;
import kz.medcert.domain.request.RequestId;
import kz.medcert.domain.request.RequestStatus;
import kz.medcert.domain.request.UploadSlot;

/** Submits the request signed with EDS (R17); accepted only with every mandatory upload (R22). */
public interface SubmitRequestUseCase {

    /**
     * @throws AccessDeniedException    when {@code actor} is not an applicant
     * @throws RequestNotFoundException when there is no such request of theirs
     */
    SubmitResult submit(Actor actor, RequestId id, String signature);

    /** Accepted with registration and due dates, or why not. */
    sealed interface SubmitResult {
        <R> R fold(Function<Accepted, R> ifAccepted, Function<MissingUploads, R> ifMissing,
                   Function<InvalidSignature, R> ifBadSignature, Function<NotReady, R> ifNotReady);

        record Accepted(RequestView request) implements SubmitResult {
            @Override
            public <R> R fold(Function<Accepted, R> a, Function<MissingUploads, R> m, Function<InvalidSignature, R> s,
                              Function<NotReady, R> n) {
                return a.apply(this);
            }
        }

        record MissingUploads(List<UploadSlot> missing) implements SubmitResult {
            @Override
            public <R> R fold(Function<Accepted, R> a, Function<MissingUploads, R> m, Function<InvalidSignature, R> s,
                              Function<NotReady, R> n) {
                return m.apply(this);
            }
        }

        record InvalidSignature(String contentDigest) implements SubmitResult {
            @Override
            public <R> R fold(Function<Accepted, R> a, Function<MissingUploads, R> m, Function<InvalidSignature, R> s,
                              Function<NotReady, R> n) {
                return s.apply(this);
            }
        }

        record NotReady(RequestStatus status, List<RegistryFetch> waitingFor) implements SubmitResult {
            @Override
            public <R> R fold(Function<Accepted, R> a, Function<MissingUploads, R> m, Function<InvalidSignature, R> s,
                              Function<NotReady, R> n) {
                return n.apply(this);
            }
        }
    }
}
