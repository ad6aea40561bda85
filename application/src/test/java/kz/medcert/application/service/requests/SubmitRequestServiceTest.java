package kz.medcert.application.service.requests;

import static kz.medcert.application.testing.RequestFixtures.AS_GRADUATE;
import static kz.medcert.application.testing.RequestFixtures.AS_PEDIATRICIAN;
import static kz.medcert.application.testing.RequestFixtures.FRIDAY_MORNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import kz.medcert.application.fakes.FakeSignatureVerifier;
import kz.medcert.application.port.in.RequestConflictException;
import kz.medcert.application.port.in.RequestNotFoundException;
import kz.medcert.application.port.in.SignatureReason;
import kz.medcert.application.port.in.requests.AttachDocumentUseCase.AttachDocumentCommand;
import kz.medcert.application.port.in.requests.SubmitRequestUseCase.SubmitResult;
import kz.medcert.application.port.out.SignatureCheck;
import kz.medcert.application.service.TestServices;
import kz.medcert.application.service.DecisionSettings;
import kz.medcert.application.testing.RequestFixtures;
import kz.medcert.domain.certificate.CertificateStatus;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.request.RequestId;
import kz.medcert.domain.request.RequestStatus;
import kz.medcert.domain.request.Submission;
import org.junit.jupiter.api.Test;

/** Submission with EDS (R17): only complete (R22), only over the current content, only once. */
class SubmitRequestServiceTest {
    private final TestServices services = new TestServices(FRIDAY_MORNING);

    @Test
    void submit_withAMandatoryUploadMissing_answersMissingUploads_namingTheDocument_R22() {
        // given
        RequestId id = services.graduateAwaitingDocuments();

        // when
        SubmitResult result = services.submitSigned(id);

        // then
        assertThat(result).isInstanceOfSatisfying(SubmitResult.MissingUploads.class, missing ->
                assertThat(missing.missing()).extracting(slot -> slot.item().document())
                        .containsExactly(DocumentCode.DIPLOMA));
        assertThat(services.view(id).state().status()).isEqualTo(RequestStatus.AWAITING_DOCUMENTS);
    }

    @Test
    void submit_withForeignLanguageUpload_andNoTranslation_answersMissingUploads_R20_R22() {
        // given
        RequestId id = services.graduateAwaitingDocuments();
        services.attach.attach(AS_GRADUATE, new AttachDocumentCommand(id, DocumentCode.DIPLOMA, Optional.empty(),
                "diploma-en.pdf", "application/pdf", RequestFixtures.pdf("diploma in English"), true,
                Optional.empty()));

        // when
        SubmitResult result = services.submitSigned(id);

        // then
        assertThat(result).isInstanceOfSatisfying(SubmitResult.MissingUploads.class, missing ->
                assertThat(missing.missing()).singleElement().satisfies(slot -> {
                    assertThat(slot.item().document()).isEqualTo(DocumentCode.NOTARIZED_TRANSLATION);
                    assertThat(slot.item().subject()).contains(DocumentCode.DIPLOMA.name());
                }));
    }

    @Test
    void submit_withAnInvalidSignature_answersInvalidSignature_withTheDigestToSign_R17_R81() {
        // given
        RequestId id = services.graduateAwaitingDocuments();
        services.attachEveryMissingUpload(id);
        String digest = services.view(id).contentDigest();

        // when
        SubmitResult result = services.submit.submit(AS_GRADUATE, id, "SIGNED:" + "0".repeat(64));

        // then
        assertThat(result).isEqualTo(new SubmitResult.InvalidSignature(digest, SignatureReason.CONTENT_MISMATCH,
                "signs content " + "0".repeat(64)));
        assertThat(services.view(id).state().status()).isEqualTo(RequestStatus.AWAITING_DOCUMENTS);
    }

    @Test
    void submit_withAnotherPersonsSignature_answersWhyWithTheVerifiersReason_R81() {
        // given
        RequestId id = services.graduateAwaitingDocuments();
        services.attachEveryMissingUpload(id);
        String digest = services.view(id).contentDigest();

        // when
        SubmitResult result = services.submit.submit(AS_GRADUATE, id,
                FakeSignatureVerifier.signatureOver(digest, Iin.parse("990203317687")));

        // then
        assertThat(result).isInstanceOfSatisfying(SubmitResult.InvalidSignature.class, invalid -> {
            assertThat(invalid.reason()).isEqualTo(SignatureReason.SIGNER_IS_NOT_APPLICANT);
            assertThat(invalid.contentDigest()).isEqualTo(digest);
        });
    }

    @Test
    void submit_whoseSignatureCannotBeCheckedNow_storesNothing_andTheSameSubmissionIsCheckedAgainLater_R17() {
        // given: the certification authority's responder is down for the first attempt only
        RequestId id = services.graduateAwaitingDocuments();
        services.attachEveryMissingUpload(id);
        String signature = services.validSignature(id);
        boolean[] down = {true};
        SubmitRequestService submit = new SubmitRequestService(services.repository, services.repository,
                services.repository, (content, sig, signer) ->
                down[0] ? new SignatureCheck.Unavailable("OCSP responder unreachable")
                        : new FakeSignatureVerifier().verify(content, sig, signer),
                services.rules, services.views, services.register, DecisionSettings.DEFAULTS,
                services.clock);
        int writes = services.repository.writes();

        // when
        SubmitResult uncheckable = submit.submit(AS_GRADUATE, id, signature);

        // then: neither accepted nor refused, nothing written, nobody notified
        assertThat(uncheckable).isEqualTo(new SubmitResult.SignatureUncheckable("OCSP responder unreachable"));
        assertThat(services.repository.writes()).isEqualTo(writes);
        assertThat(services.view(id).state().status()).isEqualTo(RequestStatus.AWAITING_DOCUMENTS);
        assertThat(services.view(id).state().submission()).isEmpty();

        // and when the responder is back, the very same submission is accepted
        down[0] = false;
        assertThat(TestServices.accepted(submit.submit(AS_GRADUATE, id, signature)).state().status().submitted())
                .isTrue();
    }

    @Test
    void submit_withTheSignatureOfAnOlderContent_isRejected_afterAnotherUpload_R17() {
        // given
        RequestId id = services.graduateAwaitingDocuments();
        services.attachEveryMissingUpload(id);
        String oldSignature = services.validSignature(id);
        services.attachPdf(id, DocumentCode.PROFESSIONAL_DEVELOPMENT, "a late extra upload");
        String newDigest = services.view(id).contentDigest();

        // when
        SubmitResult result = services.submit.submit(AS_GRADUATE, id, oldSignature);

        // then
        assertThat(oldSignature).isNotEqualTo(FakeSignatureVerifier.signatureOver(newDigest));
        assertThat(result).isInstanceOfSatisfying(SubmitResult.InvalidSignature.class, invalid -> {
            assertThat(invalid.reason()).isEqualTo(SignatureReason.CONTENT_MISMATCH);
            assertThat(invalid.contentDigest()).isEqualTo(newDigest);
        });
    }

    @Test
    void submit_retriedWithTheSameSignature_answersAsAccepted_andChangesNothing() {
        // given
        RequestId id = services.graduateAwaitingDocuments();
        services.attachEveryMissingUpload(id);
        String signature = services.validSignature(id);
        services.submit.submit(AS_GRADUATE, id, signature);
        Submission first = services.view(id).state().submission().orElseThrow();
        int writes = services.repository.writes();
        services.clock.advance(Duration.ofHours(1));

        // when
        SubmitResult retry = services.submit.submit(AS_GRADUATE, id, signature);

        // then
        assertThat(TestServices.accepted(retry).state().submission()).contains(first);
        assertThat(services.repository.writes()).isEqualTo(writes);
    }

    @Test
    void submit_retriedAtTheSameTime_getsTheStoredAnswer_notAConflict() {
        // given: while the first submission checks the signature, its retry (another instance) is accepted
        RequestId id = services.graduateAwaitingDocuments();
        services.attachEveryMissingUpload(id);
        String signature = services.validSignature(id);
        SubmitResult[] retry = new SubmitResult[1];
        SubmitRequestService first = new SubmitRequestService(services.repository, services.repository,
                services.repository, (content, sig, signer) -> {
            if (retry[0] == null) {
                retry[0] = services.submit.submit(AS_GRADUATE, id, signature);
            }
            return new FakeSignatureVerifier().verify(content, sig, signer);
        }, services.rules, services.views, services.register, DecisionSettings.DEFAULTS,
                services.clock);

        // when
        SubmitResult answer = first.submit(AS_GRADUATE, id, signature);

        // then
        assertThat(TestServices.accepted(answer).state()).isEqualTo(TestServices.accepted(retry[0]).state());
    }

    @Test
    void submit_whileAnotherChangeIsStored_isStillAConflict() {
        RequestId id = services.graduateAwaitingDocuments();
        services.attachEveryMissingUpload(id);
        String signature = services.validSignature(id);
        SubmitRequestService first = new SubmitRequestService(services.repository, services.repository,
                services.repository, (content, sig, signer) -> {
            services.attachPdf(id, DocumentCode.PROFESSIONAL_DEVELOPMENT, "uploaded meanwhile");
            return new FakeSignatureVerifier().verify(content, sig, signer);
        }, services.rules, services.views, services.register, DecisionSettings.DEFAULTS,
                services.clock);

        assertThatThrownBy(() -> first.submit(AS_GRADUATE, id, signature))
                .isInstanceOf(RequestConflictException.class);
    }

    @Test
    void submit_againWithAnotherSignature_isAConflict_andKeepsTheFirstSubmission() {
        // given
        RequestId id = services.graduateAwaitingDocuments();
        services.attachEveryMissingUpload(id);
        services.submit.submit(AS_GRADUATE, id, services.validSignature(id));
        Submission first = services.view(id).state().submission().orElseThrow();

        // when / then
        assertThatThrownBy(() -> services.submit.submit(AS_GRADUATE, id, "SIGNED:another"))
                .isInstanceOf(RequestConflictException.class);
        assertThat(services.view(id).state().submission()).contains(first);
    }

    @Test
    void submit_beforeConsent_answersNotReady() {
        // given
        RequestId id = services.started(RequestFixtures.graduate(), RequestFixtures.graduateForm());

        // when
        SubmitResult result = services.submitSigned(id);

        // then
        assertThat(result).isInstanceOfSatisfying(SubmitResult.NotReady.class, notReady -> {
            assertThat(notReady.status()).isEqualTo(RequestStatus.AWAITING_CONSENT);
            assertThat(notReady.waitingFor()).isEmpty();
        });
    }

    @Test
    void submit_ofUnknownRequest_isNotFound() {
        // given
        RequestId unknown = new RequestId(UUID.randomUUID());

        // when / then
        assertThatThrownBy(() -> services.submit.submit(AS_GRADUATE, unknown, "SIGNED:x"))
                .isInstanceOf(RequestNotFoundException.class);
    }

    @Test
    void submit_justBeforeMidnight_judgesTheDossierOnTheSubmissionDay_evenIfTheClockMovesOn_R11_R78() {
        // given
        TestServices late = new TestServices("2026-11-20T23:59:59.999+05:00");
        RequestFixtures.pediatricianHoldings(late.registries, LocalDate.of(2026, 11, 20));
        RequestId id = late.consented(RequestFixtures.pediatrician(), RequestFixtures.pediatricianForm());
        late.attachEveryMissingUpload(id);
        String signature = late.validSignature(id);
        late.clock.tickingBy(Duration.ofMillis(1));

        // when
        SubmitResult result = late.submit.submit(AS_PEDIATRICIAN, id, signature);

        // then
        Submission submission = TestServices.accepted(result).state().submission().orElseThrow();
        assertThat(submission.registeredOn()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(submission.evaluation().route().standing().orElseThrow().status())
                .isEqualTo(CertificateStatus.VALID);
    }
}
