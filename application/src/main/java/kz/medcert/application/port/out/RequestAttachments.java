package kz.medcert.application.port.out;

import java.util.Optional;
import java.util.UUID;
import kz.medcert.domain.request.CertificationRequest;
import kz.medcert.domain.request.RequestId;

/** The bytes of the documents an applicant attaches to a request, stored with the request that lists them. */
public interface RequestAttachments {

    /**
     * {@link Requests#save} and the content of a new attachment, in one transaction: the request never lists an
     * attachment whose bytes are not stored, nor are bytes stored for a change that lost its race.
     *
     * @throws IllegalArgumentException  when the request does not list the attachment
     * @throws ConcurrentUpdateException when someone else changed the request since it was read; nothing is stored
     * @throws IllegalStateException     when the attachment's bytes are already stored
     */
    CertificationRequest attach(CertificationRequest request, UUID attachmentId, byte[] content);

    /** The stored bytes of an attachment of that request (a copy: the caller shares nothing with the store). */
    Optional<byte[]> content(RequestId id, UUID attachmentId);

    /** How many copies the request has stored, and their bytes, counting the ones later replaced too. */
    StoredUploads storedUploads(RequestId id);

    /** What a request's uploads take in storage. */
    record StoredUploads(int files, long bytes) {
    }
}
