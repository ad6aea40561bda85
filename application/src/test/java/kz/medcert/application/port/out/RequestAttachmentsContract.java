package kz.medcert.application.port.out;

import static kz.medcert.application.testing.JourneyFixtures.attachUpload;
import static kz.medcert.application.testing.JourneyFixtures.attachment;
import static kz.medcert.application.testing.JourneyFixtures.awaitingRegistries;
import static kz.medcert.application.testing.JourneyFixtures.pdf;
import static kz.medcert.application.testing.JourneyFixtures.started;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import kz.medcert.domain.request.CertificationRequest;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RequestAttachments} promises: an attachment's bytes stored with the request that lists them, in
 * one transaction at the version read, byte for byte, shared with no caller, and counted per request.
 */
public abstract class RequestAttachmentsContract extends RequestStoreContract {
    @Test
    void storedUploads_countsTheCopiesStoredForTheRequestAndTheirBytes_andNoOtherRequests() {
        CertificationRequest stored = requests().add(started());
        CertificationRequest other = requests().add(started());
        assertThat(attachments().storedUploads(stored.id()))
                .isEqualTo(new RequestAttachments.StoredUploads(0, 0));
        byte[] first = pdf(1_000, 1);
        byte[] second = pdf(2_500, 2);
        UUID firstId = UUID.randomUUID();
        UUID secondId = UUID.randomUUID();
        UUID othersId = UUID.randomUUID();
        stored = attachUpload(attachments(), stored, firstId, first);
        attachUpload(attachments(), stored, secondId, second);
        attachUpload(attachments(), other, othersId, first);

        assertThat(attachments().storedUploads(stored.id()))
                .isEqualTo(new RequestAttachments.StoredUploads(2, 3_500));
        assertThat(attachments().storedUploads(other.id()))
                .isEqualTo(new RequestAttachments.StoredUploads(1, 1_000));
    }

    @Test
    void content_roundTripsByteForByte() {
        CertificationRequest stored = requests().add(started());
        byte[] content = pdf(1_500_000, 42);
        UUID attachmentId = UUID.randomUUID();

        CertificationRequest attached = attachUpload(attachments(), stored, attachmentId, content);

        assertThat(attached.version()).isEqualTo(2);
        assertThat(attachments().content(stored.id(), attachmentId)).hasValue(content);
        assertThat(requests().find(stored.id()).orElseThrow().state().attachments())
                .singleElement().extracting(a -> a.id()).isEqualTo(attachmentId);
    }

    @Test
    void attach_storesNoContent_whenTheRequestIsStale() {
        CertificationRequest stored = requests().add(started());
        CertificationRequest current = requests().save(awaitingRegistries(stored));
        byte[] content = pdf(10_000, 1);
        UUID attachmentId = UUID.randomUUID();

        assertThatThrownBy(() -> attachUpload(attachments(), stored, attachmentId, content))

                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(attachments().content(stored.id(), attachmentId)).isEmpty();
        assertThat(requests().find(stored.id()).orElseThrow().state()).isEqualTo(current.state());
    }

    @Test
    void attach_leavesTheRequestUnchanged_whenTheContentCannotBeStored() {
        CertificationRequest stored = requests().add(started());
        byte[] first = pdf(5_000, 1);
        UUID attachmentId = UUID.randomUUID();
        CertificationRequest current = attachUpload(attachments(), stored, attachmentId, first);
        byte[] second = pdf(6_000, 2);
        CertificationRequest again = current.attached(attachment(attachmentId, second, Instant.now()));

        assertThatThrownBy(() -> attachments().attach(again, attachmentId, second))
                .isInstanceOf(IllegalStateException.class);

        assertThat(requests().find(stored.id()).orElseThrow().state()).isEqualTo(current.state());
        assertThat(attachments().content(stored.id(), attachmentId)).hasValue(first);
    }

    @Test
    void attach_refusesContentOfAnAttachmentTheRequestDoesNotList() {
        CertificationRequest stored = requests().add(started());
        byte[] content = pdf(1_000, 4);
        UUID unlisted = UUID.randomUUID();

        assertThatThrownBy(() -> attachments().attach(stored.attached(attachment(UUID.randomUUID(), content,
                Instant.now())), unlisted, content)).isInstanceOf(IllegalArgumentException.class);

        assertThat(requests().find(stored.id()).orElseThrow().state()).isEqualTo(stored.state());
        assertThat(attachments().content(stored.id(), unlisted)).isEmpty();
    }

    @Test
    void content_sharesNoBytesWithTheCaller() {
        CertificationRequest stored = requests().add(started());
        byte[] content = pdf(1_000, 5);
        byte[] original = content.clone();
        UUID attachmentId = UUID.randomUUID();
        attachUpload(attachments(), stored, attachmentId, content);

        content[0] = 'X';
        attachments().content(stored.id(), attachmentId).orElseThrow()[1] = 'Y';

        assertThat(attachments().content(stored.id(), attachmentId)).hasValue(original);
    }

    @Test
    void content_isEmpty_forAnUnknownAttachment_orAnotherRequest() {
        CertificationRequest stored = requests().add(started());
        CertificationRequest other = requests().add(started());
        byte[] content = pdf(1_000, 3);
        UUID attachmentId = UUID.randomUUID();
        attachUpload(attachments(), stored, attachmentId, content);

        assertThat(attachments().content(stored.id(), UUID.randomUUID())).isEmpty();
        assertThat(attachments().content(other.id(), attachmentId)).isEmpty();
    }
}
