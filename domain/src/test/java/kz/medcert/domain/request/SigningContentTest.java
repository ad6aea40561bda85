package kz.medcert.domain.request;

import static kz.medcert.domain.request.RequestFixtures.APPLICANT;
import static kz.medcert.domain.request.RequestFixtures.minutes;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.Prohibition;
import org.junit.jupiter.api.Test;

/** The content the applicant signs with EDS (R17): canonical, so its digest changes only when what is signed does. */
class SigningContentTest {

    @Test
    void contentDigest_isTheLowercaseSha256OfTheContentToSign_R17() throws Exception {
        // given
        CertificationRequest request = RequestFixtures.awaitingDocuments();

        // when
        String digest = request.contentDigest();

        // then
        byte[] expected = MessageDigest.getInstance("SHA-256")
                .digest(request.contentToSign().getBytes(StandardCharsets.UTF_8));
        assertThat(digest).isEqualTo(HexFormat.of().formatHex(expected)).matches("[0-9a-f]{64}");
    }

    @Test
    void contentToSign_namesTheRequestApplicantSpecialtyAndEveryUploadDigest_R17() {
        // given
        Attachment diploma = RequestFixtures.pdf(DocumentCode.DIPLOMA);

        // when
        String content = RequestFixtures.awaitingDocuments().attached(diploma).contentToSign();

        // then
        assertThat(content).contains(APPLICANT.iin().value(), APPLICANT.name().fullName(), "PEDIATRICS",
                "DOMESTIC", "DIPLOMA subject=- translates=- foreignLanguage=false sha256=" + diploma.sha256());
    }

    @Test
    void contentDigest_changesWhenAnAttachmentIsAdded_R17() {
        // given
        CertificationRequest before = RequestFixtures.awaitingDocuments();

        // when
        CertificationRequest after = before.attached(RequestFixtures.pdf(DocumentCode.DIPLOMA));

        // then
        assertThat(after.contentDigest()).isNotEqualTo(before.contentDigest());
    }

    @Test
    void contentDigest_changesWhenTheSameFileIsAddedAgain_R17() {
        // given
        Attachment diploma = RequestFixtures.pdf(DocumentCode.DIPLOMA);
        CertificationRequest once = RequestFixtures.awaitingDocuments().attached(diploma);

        // when
        CertificationRequest twice = once.attached(diploma);

        // then
        assertThat(twice.contentDigest()).isNotEqualTo(once.contentDigest());
    }

    @Test
    void contentDigest_isStableThroughConsentRegistryAnswersAndStorage() {
        // given
        CertificationRequest started = RequestFixtures.started();

        // when
        CertificationRequest requested = started.consentRequested("REF-1", "OTP", minutes(1));
        CertificationRequest consented = requested.consentGiven(minutes(2));
        CertificationRequest failed = consented.registryFailed(StateRegistry.EDUCATION, "down", minutes(3),
                minutes(4));
        CertificationRequest answered = failed.registryAnswered(StateRegistry.PROHIBITIONS,
                f -> f.withProhibition(Prohibition.NONE), minutes(3));
        CertificationRequest stored = CertificationRequest.restore(answered.state().atVersion(7));

        // then
        assertThat(List.of(requested, consented, failed, answered, stored)).extracting(
                CertificationRequest::contentDigest).containsOnly(started.contentDigest());
    }

    @Test
    void contentDigest_doesNotDependOnTheOrderOfUploads() {
        // given
        CertificationRequest base = RequestFixtures.awaitingDocuments(UnaryOperator.identity());
        Attachment diploma = RequestFixtures.pdf(DocumentCode.DIPLOMA);
        Attachment job = RequestFixtures.pdf(DocumentCode.EMPLOYMENT_RECORD);

        // when
        CertificationRequest oneWay = base.attached(diploma).attached(job);
        CertificationRequest otherWay = base.attached(job).attached(diploma);

        // then
        assertThat(oneWay.contentDigest()).isEqualTo(otherWay.contentDigest());
    }

    @Test
    void contentDigest_differsBetweenRequests_evenWithTheSameForm() {
        // given
        CertificationRequest first = RequestFixtures.started();
        CertificationRequest second = RequestFixtures.started();

        // when / then
        assertThat(first.state().form()).isEqualTo(second.state().form());
        assertThat(first.contentDigest()).isNotEqualTo(second.contentDigest());
        assertThat(first.contentToSign()).contains("request=" + first.id());
    }
}
