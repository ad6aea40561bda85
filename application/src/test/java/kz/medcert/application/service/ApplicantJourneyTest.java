package kz.medcert.application.service;

import static kz.medcert.application.testing.RequestFixtures.AS_GRADUATE;
import static kz.medcert.application.testing.RequestFixtures.FRIDAY_EVENING;
import static kz.medcert.application.testing.RequestFixtures.FRIDAY_MORNING;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import kz.medcert.application.fakes.FakeConsentGateway;
import kz.medcert.application.port.in.requests.ConsentUseCase.ConsentResult;
import kz.medcert.application.port.in.requests.RequestView;
import kz.medcert.application.port.in.requests.StartRequestUseCase.StartRequestCommand;
import kz.medcert.application.port.in.requests.SubmitRequestUseCase.SubmitResult;
import kz.medcert.application.testing.RequestFixtures;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.evaluation.Route;
import kz.medcert.domain.request.RequestId;
import kz.medcert.domain.request.RequestStatus;
import kz.medcert.domain.request.StateRegistry;
import kz.medcert.domain.request.Submission;
import kz.medcert.domain.request.UploadSlot;
import org.junit.jupiter.api.Test;

/** The applicant's whole journey through the use cases: consent, registries, uploads, signed submission (R17–R22). */
class ApplicantJourneyTest {

    @Test
    void acceptsSignedRequest_afterConsentFetchesAllRegistriesAtOnceAndRequiredUploads_R22() {
        // given
        TestServices services = new TestServices(FRIDAY_MORNING);
        RequestFixtures.graduateHoldings(services.registries);
        RequestId id = services.start.start(AS_GRADUATE, new StartRequestCommand(RequestFixtures.graduate(),
                RequestFixtures.graduateForm())).state().id();
        services.consent.requestConsent(AS_GRADUATE, id);

        // when
        ConsentResult consent = services.consent.confirm(AS_GRADUATE, id, FakeConsentGateway.CODE);
        RequestView fetched = ((ConsentResult.Confirmed) consent).request();
        RequestView uploaded = services.attachPdf(id, DocumentCode.DIPLOMA, "diploma of 2025");
        SubmitResult result = services.submit.submit(AS_GRADUATE, id, services.validSignature(id));

        // then
        assertThat(fetched.state().status()).isEqualTo(RequestStatus.AWAITING_DOCUMENTS);
        assertThat(StateRegistry.askedFor(fetched.state().form().category()))
                .allSatisfy(registry -> assertThat(services.registries.callsTo(registry)).isOne());
        assertThat(services.registries.callsTo(StateRegistry.IDENTITY)).isOne(); // R03, R69, R71: for everyone
        assertThat(fetched.missingUploads()).extracting(slot -> slot.item().document())
                .containsExactly(DocumentCode.DIPLOMA);
        assertThat(uploaded.missingUploads()).isEmpty();
        assertThat(result).isInstanceOf(SubmitResult.Accepted.class);
        RequestView accepted = TestServices.accepted(result);
        assertThat(accepted.state().status()).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(services.view(id).state().status()).isEqualTo(RequestStatus.ACCEPTED);
    }

    @Test
    void registersSameDay_andDecisionIsDueFiveWorkingDaysLater_whenSubmittedWithinWorkingHours_R73_R78() {
        // given
        TestServices services = new TestServices(FRIDAY_MORNING);
        RequestId id = services.graduateAwaitingDocuments();
        services.attachEveryMissingUpload(id);

        // when
        SubmitResult result = services.submitSigned(id);

        // then
        Submission submission = TestServices.accepted(result).state().submission().orElseThrow();
        assertThat(submission.registeredOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(submission.decisionDue()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(submission.submittedAt()).isEqualTo(services.clock.peek());
    }

    @Test
    void registersOnNextWorkingDay_whenSubmittedAfterWorkingHours_R73_R78() {
        // given
        TestServices services = new TestServices(FRIDAY_EVENING);
        RequestId id = services.graduateAwaitingDocuments();
        services.attachEveryMissingUpload(id);

        // when
        SubmitResult result = services.submitSigned(id);

        // then
        Submission submission = TestServices.accepted(result).state().submission().orElseThrow();
        assertThat(submission.registeredOn()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(submission.decisionDue()).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void storesTheEvaluationAsOfSubmission_withTheSignedDigest_R17() {
        // given
        TestServices services = new TestServices(FRIDAY_MORNING);
        RequestId id = services.graduateAwaitingDocuments();
        services.attachEveryMissingUpload(id);
        String digest = services.view(id).contentDigest();

        // when
        SubmitResult result = services.submitSigned(id);

        // then
        RequestView accepted = TestServices.accepted(result);
        Submission submission = accepted.state().submission().orElseThrow();
        assertThat(submission.contentDigest()).isEqualTo(digest);
        assertThat(submission.signature()).isEqualTo("SIGNED:" + digest);
        assertThat(submission.evaluation().outcome().isEligible()).isTrue();
        assertThat(submission.evaluation().route().route()).isEqualTo(Route.FIRST_TIME);
        assertThat(submission.evaluation().deadline().orElseThrow().registeredOn())
                .isEqualTo(submission.registeredOn());
        assertThat(services.view(id).evaluation()).isEqualTo(submission.evaluation());
        assertThat(accepted.uploadSlots()).filteredOn(UploadSlot::required).allMatch(UploadSlot::filled);
        assertThat(accepted.state().history()).extracting(h -> h.event()).endsWith("ACCEPTED");
    }
}
