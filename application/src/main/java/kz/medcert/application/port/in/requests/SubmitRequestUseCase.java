package kz.medcert.application.port.in.requests;

import java.util.List;
import java.util.function.Function;
import kz.medcert.application.port.in.AccessDeniedException;
import kz.medcert.application.port.in.RequestNotFoundException;
import kz.medcert.application.port.in.SignatureReason;
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

    /** Accepted with registration and due dates, or why not, or that the signature cannot be checked now. */
    sealed interface SubmitResult {
        <R> R fold(Function<Accepted, R> ifAccepted, Function<MissingUploads, R> ifMissing,
                   Function<InvalidSignature, R> ifBadSignature, Function<NotReady, R> ifNotReady,
                   Function<SignatureUncheckable, R> ifUncheckable);

        record Accepted(RequestView request) implements SubmitResult {
            @Override
            public <R> R fold(Function<Accepted, R> a, Function<MissingUploads, R> m, Function<InvalidSignature, R> s,
                              Function<NotReady, R> n, Function<SignatureUncheckable, R> u) {
                return a.apply(this);
            }
        }

        record MissingUploads(List<UploadSlot> missing) implements SubmitResult {
            @Override
            public <R> R fold(Function<Accepted, R> a, Function<MissingUploads, R> m, Function<InvalidSignature, R> s,
                              Function<NotReady, R> n, Function<SignatureUncheckable, R> u) {
                return m.apply(this);
            }
        }

        /**
         * Not the applicant's valid EDS over the current content (R17, R81): why ({@code reason}, with the verifier's
         * {@code detail}), and the digest of the content to sign.
         */
        record InvalidSignature(String contentDigest, SignatureReason reason, String detail) implements SubmitResult {
            @Override
            public <R> R fold(Function<Accepted, R> a, Function<MissingUploads, R> m, Function<InvalidSignature, R> s,
                              Function<NotReady, R> n, Function<SignatureUncheckable, R> u) {
                return s.apply(this);
            }
        }

        record NotReady(RequestStatus status, List<RegistryFetch> waitingFor) implements SubmitResult {
            @Override
            public <R> R fold(Function<Accepted, R> a, Function<MissingUploads, R> m, Function<InvalidSignature, R> s,
                              Function<NotReady, R> n, Function<SignatureUncheckable, R> u) {
                return n.apply(this);
            }
        }

        /**
         * The signature could not be checked now (a revocation service did not answer; {@code what} says which):
         * nothing was stored, and sending the very same submission again checks it again.
         */
        record SignatureUncheckable(String what) implements SubmitResult {
            @Override
            public <R> R fold(Function<Accepted, R> a, Function<MissingUploads, R> m, Function<InvalidSignature, R> s,
                              Function<NotReady, R> n, Function<SignatureUncheckable, R> u) {
                return u.apply(this);
            }
        }
    }
}
