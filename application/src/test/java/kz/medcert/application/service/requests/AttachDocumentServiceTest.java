package kz.medcert.application.service.requests;

import static kz.medcert.application.testing.RequestFixtures.AS_GRADUATE;
import static kz.medcert.application.testing.RequestFixtures.FRIDAY_MORNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import kz.medcert.application.fakes.FakeSignatureVerifier;
import kz.medcert.application.port.in.RequestConflictException;
import kz.medcert.application.port.in.RequestNotFoundException;
import kz.medcert.application.port.in.requests.AttachDocumentUseCase.AttachDocumentCommand;
import kz.medcert.application.port.in.requests.AttachDocumentUseCase.AttachResult;
import kz.medcert.application.service.RequestSettings;
import kz.medcert.application.service.TestServices;
import kz.medcert.application.service.DecisionSettings;
import kz.medcert.application.testing.RequestFixtures;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.request.Attachment;
import kz.medcert.domain.request.MediaType;
import kz.medcert.domain.request.RequestId;
import org.junit.jupiter.api.Test;

/** Electronic copies (R19): real PDF, JPEG or PNG within the size limit, kept with their SHA-256; translations (R20). */
class AttachDocumentServiceTest {
    private static final RequestSettings SMALL_FILES = new RequestSettings(64, Duration.ofSeconds(30),
            Duration.ofHours(1));

    /** Small, so that a test reaches them: 6 copies, 300 bytes per request. */
    private static final UploadLimits FEW_UPLOADS = new UploadLimits(6, 300);

    private final TestServices services = new TestServices(FRIDAY_MORNING, SMALL_FILES, DecisionSettings.DEFAULTS,
            FEW_UPLOADS);
    private final RequestId id = services.graduateAwaitingDocuments();

    private AttachDocumentCommand command(DocumentCode document, String fileName, String mime, byte[] content) {
        return new AttachDocumentCommand(id, document, Optional.empty(), fileName, mime, content, false,
                Optional.empty());
    }

    private AttachResult.Rejected rejected(AttachDocumentCommand command) {
        int writes = services.repository.writes();
        AttachResult result = services.attach.attach(AS_GRADUATE, command);
        assertThat(result).isInstanceOf(AttachResult.Rejected.class);
        assertThat(services.repository.writes()).as("nothing stored").isEqualTo(writes);
        assertThat(services.view(id).state().attachments()).isEmpty();
        return (AttachResult.Rejected) result;
    }

    @Test
    void attach_keepsTheCopyWithItsSha256_andFillsTheSlot_R19() {
        // given
        byte[] content = RequestFixtures.pdf("diploma");

        // when
        AttachResult result = services.attach.attach(AS_GRADUATE,
                command(DocumentCode.DIPLOMA, " diploma.pdf ", "application/pdf", content));

        // then
        Attachment attachment = ((AttachResult.Attached) result).attachment();
        assertThat(attachment.sha256()).isEqualTo(FakeSignatureVerifier.sha256(content));
        assertThat(attachment.size()).isEqualTo(content.length);
        assertThat(attachment.mediaType()).isEqualTo(MediaType.PDF);
        assertThat(attachment.fileName()).isEqualTo("diploma.pdf");
        assertThat(attachment.attachedAt()).isEqualTo(services.clock.peek());
        assertThat(services.repository.content(id, attachment.id())).hasValueSatisfying(stored ->
                assertThat(stored).isEqualTo(content));
        assertThat(((AttachResult.Attached) result).request().missingUploads()).isEmpty();
    }

    @Test
    void aNewCopyForTheSameItem_replacesTheEarlier_whichStaysInTheHistoryAndInStorage_R19() {
        AttachResult.Attached first = (AttachResult.Attached) services.attach.attach(AS_GRADUATE,
                command(DocumentCode.DIPLOMA, "diploma-scan.pdf", "application/pdf", RequestFixtures.pdf("blurred")));

        AttachResult.Attached second = (AttachResult.Attached) services.attach.attach(AS_GRADUATE,
                command(DocumentCode.DIPLOMA, "diploma.pdf", "application/pdf", RequestFixtures.pdf("sharp")));

        assertThat(second.replaced()).contains(first.attachment());
        assertThat(services.view(id).state().attachments()).containsExactly(second.attachment());
        assertThat(services.view(id).state().history()).filteredOn(h -> h.event().equals("REPLACED")).singleElement()
                .satisfies(entry -> assertThat(entry.detail()).contains("diploma.pdf", "diploma-scan.pdf",
                        first.attachment().sha256(), first.attachment().id().toString()));
        assertThat(services.repository.content(id, first.attachment().id())).isPresent();
        assertThat(services.repository.storedUploads(id).files()).isEqualTo(2);
    }

    @Test
    void copiesOfOtherItems_areKeptSideBySide() {
        services.attach.attach(AS_GRADUATE, command(DocumentCode.DIPLOMA, "d.pdf", "application/pdf",
                RequestFixtures.pdf("d")));
        services.attach.attach(AS_GRADUATE, new AttachDocumentCommand(id, DocumentCode.DIPLOMA, Optional.of("2010"),
                "d2.pdf", "application/pdf", RequestFixtures.pdf("d2"), false, Optional.empty()));

        assertThat(services.view(id).state().attachments()).hasSize(2);
    }

    @Test
    void aRequestStoresNoMoreCopiesThanAllowed_replacedOnesIncluded() {
        for (int i = 0; i < FEW_UPLOADS.maxFiles(); i++) {
            assertThat(services.attach.attach(AS_GRADUATE, command(DocumentCode.DIPLOMA, "d" + i + ".pdf",
                    "application/pdf", RequestFixtures.pdf("v" + i)))).isInstanceOf(AttachResult.Attached.class);
        }
        int writes = services.repository.writes();

        AttachResult seventh = services.attach.attach(AS_GRADUATE, command(DocumentCode.DIPLOMA, "d.pdf",
                "application/pdf", RequestFixtures.pdf("again")));

        assertThat(seventh).isInstanceOfSatisfying(AttachResult.OverLimit.class,
                over -> assertThat(over.limit()).isEqualTo(AttachResult.OverLimit.Limit.FILES));
        assertThat(services.repository.writes()).isEqualTo(writes);
    }

    @Test
    void aRequestStoresNoMoreBytesThanAllowed() {
        byte[] large = RequestFixtures.pdf("x".repeat(40));
        int fit = (int) (FEW_UPLOADS.maxBytes() / large.length);
        for (int i = 0; i < fit; i++) {
            services.attach.attach(AS_GRADUATE, new AttachDocumentCommand(id, DocumentCode.DIPLOMA,
                    Optional.of("s" + i), "d.pdf", "application/pdf", large, false, Optional.empty()));
        }

        AttachResult over = services.attach.attach(AS_GRADUATE, command(DocumentCode.PROFESSIONAL_DEVELOPMENT,
                "pd.pdf", "application/pdf", large));

        assertThat(over).isInstanceOfSatisfying(AttachResult.OverLimit.class,
                o -> assertThat(o.limit()).isEqualTo(AttachResult.OverLimit.Limit.BYTES));
    }

    @Test
    void theFileNameIsKeptWithoutControlOrBidiCharacters() {
        assertThat(rejected(command(DocumentCode.DIPLOMA, "\u202E\u0007\u2028", "application/pdf",
                RequestFixtures.pdf("x"))).field()).isEqualTo("fileName");

        AttachResult result = services.attach.attach(AS_GRADUATE, command(DocumentCode.DIPLOMA,
                "invoice\u202Efdp.exe\u2066.pdf\r\nX-Injected: 1\u200F\u0000", "application/pdf",
                RequestFixtures.pdf("diploma")));

        assertThat(((AttachResult.Attached) result).attachment().fileName())
                .isEqualTo("invoicefdp.exe.pdfX-Injected: 1");
    }

    @Test
    void attach_acceptsJpegAndPng_byTheirContent_R19() {
        // given
        AttachDocumentCommand jpeg = command(DocumentCode.DIPLOMA, "scan.jpg", "image/jpeg", RequestFixtures.jpeg());
        AttachDocumentCommand png = command(DocumentCode.DIPLOMA, "scan.png", "IMAGE/PNG", RequestFixtures.png());

        // when
        AttachResult first = services.attach.attach(AS_GRADUATE, jpeg);
        AttachResult second = services.attach.attach(AS_GRADUATE, png);

        // then
        assertThat(((AttachResult.Attached) first).attachment().mediaType()).isEqualTo(MediaType.JPEG);
        assertThat(((AttachResult.Attached) second).attachment().mediaType()).isEqualTo(MediaType.PNG);
    }

    @Test
    void attach_changesTheContentToSign_R17() {
        // given
        String before = services.view(id).contentDigest();

        // when
        services.attachPdf(id, DocumentCode.DIPLOMA, "diploma");

        // then
        assertThat(services.view(id).contentDigest()).isNotEqualTo(before);
    }

    @Test
    void attach_rejectsAnEmptyFile() {
        // when
        AttachResult.Rejected rejected = rejected(command(DocumentCode.DIPLOMA, "d.pdf", "application/pdf",
                new byte[0]));

        // then
        assertThat(rejected.field()).isEqualTo("content");
        assertThat(rejected.reason()).contains("empty");
    }

    @Test
    void attach_rejectsAFileLargerThanTheSetting_butTakesOneOfExactlyThatSize() {
        // given
        byte[] atLimit = RequestFixtures.pdf("x".repeat(64 - RequestFixtures.pdf("").length));
        byte[] overLimit = RequestFixtures.pdf("x".repeat(65 - RequestFixtures.pdf("").length));

        // when
        AttachResult.Rejected rejected = rejected(command(DocumentCode.DIPLOMA, "d.pdf", "application/pdf",
                overLimit));
        AttachResult accepted = services.attach.attach(AS_GRADUATE,
                command(DocumentCode.DIPLOMA, "d.pdf", "application/pdf", atLimit));

        // then
        assertThat(rejected.field()).isEqualTo("content");
        assertThat(rejected.reason()).contains("64");
        assertThat(accepted).isInstanceOf(AttachResult.Attached.class);
    }

    @Test
    void attach_rejectsATextFileRenamedPdf_R19() {
        // when
        AttachResult.Rejected rejected = rejected(command(DocumentCode.DIPLOMA, "diploma.pdf", "application/pdf",
                RequestFixtures.text("just some text, not a PDF")));

        // then
        assertThat(rejected.field()).isEqualTo("content");
        assertThat(rejected.reason()).contains("PDF", "JPEG", "PNG");
    }

    @Test
    void attach_rejectsADeclaredTypeOtherThanTheContent() {
        // when
        AttachResult.Rejected rejected = rejected(command(DocumentCode.DIPLOMA, "scan.pdf", "application/pdf",
                RequestFixtures.png()));

        // then
        assertThat(rejected.field()).isEqualTo("mediaType");
        assertThat(rejected.reason()).contains("image/png");
    }

    @Test
    void attach_rejectsAFileNameWithAPath() {
        // when
        AttachResult.Rejected rejected = rejected(command(DocumentCode.DIPLOMA, "../etc/diploma.pdf",
                "application/pdf", RequestFixtures.pdf("d")));

        // then
        assertThat(rejected.field()).isEqualTo("fileName");
    }

    @Test
    void attach_rejectsATranslationThatDoesNotNameTheTranslatedDocument_R20() {
        // when
        AttachResult.Rejected rejected = rejected(command(DocumentCode.NOTARIZED_TRANSLATION, "translation.pdf",
                "application/pdf", RequestFixtures.pdf("translation")));

        // then
        assertThat(rejected.field()).isEqualTo("translates");
    }

    @Test
    void attach_rejectsTranslatesOnADocumentThatIsNoTranslation_R20() {
        // when
        AttachResult.Rejected rejected = rejected(new AttachDocumentCommand(id, DocumentCode.DIPLOMA,
                Optional.empty(), "d.pdf", "application/pdf", RequestFixtures.pdf("d"), false,
                Optional.of(DocumentCode.DIPLOMA)));

        // then
        assertThat(rejected.field()).isEqualTo("translates");
    }

    @Test
    void attach_translationOfAForeignLanguageDiploma_fillsTheTranslationSlot_R20() {
        // given
        services.attach.attach(AS_GRADUATE, new AttachDocumentCommand(id, DocumentCode.DIPLOMA, Optional.empty(),
                "diploma-en.pdf", "application/pdf", RequestFixtures.pdf("diploma in English"), true,
                Optional.empty()));

        // when
        AttachResult result = services.attach.attach(AS_GRADUATE, new AttachDocumentCommand(id,
                DocumentCode.NOTARIZED_TRANSLATION, Optional.empty(), "translation.pdf", "application/pdf",
                RequestFixtures.pdf("перевод диплома"), false, Optional.of(DocumentCode.DIPLOMA)));

        // then
        assertThat(((AttachResult.Attached) result).request().missingUploads()).isEmpty();
    }

    @Test
    void attach_afterTheRequestWasAccepted_isAConflict() {
        // given
        services.attachEveryMissingUpload(id);
        services.submitSigned(id);

        // when / then
        assertThatThrownBy(() -> services.attach.attach(AS_GRADUATE,
                command(DocumentCode.DIPLOMA, "late.pdf", "application/pdf", RequestFixtures.pdf("late"))))
                .isInstanceOf(RequestConflictException.class);
        assertThat(services.view(id).state().attachments()).hasSize(1);
    }

    @Test
    void attach_toUnknownRequest_isNotFound() {
        // given
        AttachDocumentCommand command = new AttachDocumentCommand(new RequestId(UUID.randomUUID()),
                DocumentCode.DIPLOMA, Optional.empty(), "d.pdf", "application/pdf", RequestFixtures.pdf("d"), false,
                Optional.empty());

        // when / then
        assertThatThrownBy(() -> services.attach.attach(AS_GRADUATE, command))
                .isInstanceOf(RequestNotFoundException.class);
    }
}
