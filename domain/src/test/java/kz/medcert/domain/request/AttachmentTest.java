package kz.medcert.domain.request;

import static kz.medcert.domain.request.RequestFixtures.T0;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.UUID;
import kz.medcert.domain.document.DocumentCode;
import org.junit.jupiter.api.Test;

/** An electronic copy is identified by its SHA-256 and is never empty; a translation names what it translates (R20). */
class AttachmentTest {
    private static final String SHA = "0123456789abcdef".repeat(4);

    private static Attachment attachment(DocumentCode document, String fileName, long size, String sha256,
                                         Optional<DocumentCode> translates) {
        return new Attachment(UUID.randomUUID(), document, Optional.empty(), fileName, MediaType.PDF, size, sha256,
                false, translates, T0);
    }

    @Test
    void rejectsADigestThatIsNotLowercaseSha256() {
        // when / then
        assertThatThrownBy(() -> attachment(DocumentCode.DIPLOMA, "d.pdf", 10, SHA.toUpperCase(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> attachment(DocumentCode.DIPLOMA, "d.pdf", 10, SHA.substring(1), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsAnEmptyCopy_R19() {
        // when / then
        assertThatThrownBy(() -> attachment(DocumentCode.DIPLOMA, "d.pdf", 0, SHA, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsABlankOrOverlongFileName() {
        // when / then
        assertThatThrownBy(() -> attachment(DocumentCode.DIPLOMA, " ", 10, SHA, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> attachment(DocumentCode.DIPLOMA, "d".repeat(256), 10, SHA, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsATranslationThatDoesNotNameItsDocument_R20() {
        // when / then
        assertThatThrownBy(() -> attachment(DocumentCode.NOTARIZED_TRANSLATION, "t.pdf", 10, SHA, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
