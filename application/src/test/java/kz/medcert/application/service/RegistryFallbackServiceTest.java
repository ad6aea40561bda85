package kz.medcert.application.service;

import static kz.medcert.application.testing.RequestFixtures.AS_GRADUATE;
import static kz.medcert.application.testing.RequestFixtures.AS_PEDIATRICIAN;
import static kz.medcert.application.testing.RequestFixtures.ASSESSED;
import static kz.medcert.application.testing.RequestFixtures.FRIDAY_MORNING;
import static kz.medcert.application.testing.RequestFixtures.GRADUATE_IIN;
import static kz.medcert.application.testing.RequestFixtures.PEDIATRICS;
import static kz.medcert.application.testing.RequestFixtures.THERAPY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import kz.medcert.application.port.in.AccessDeniedException;
import kz.medcert.application.port.in.BusinessRuleException;
import kz.medcert.application.port.in.RequestConflictException;
import kz.medcert.application.port.in.RequestNotFoundException;
import kz.medcert.application.port.in.StaleRequestException;
import kz.medcert.application.port.in.requests.AmendFormUseCase.AmendFormCommand;
import kz.medcert.application.port.in.requests.RequestView;
import kz.medcert.application.service.requests.FetchRegistriesService;
import kz.medcert.application.testing.RequestFixtures;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.AssessmentResult;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.evaluation.ReviewNote;
import kz.medcert.domain.evaluation.Satisfaction;
import kz.medcert.domain.request.ApplicationDetails;
import kz.medcert.domain.request.FallbackPolicy;
import kz.medcert.domain.request.RegistryFallback;
import kz.medcert.domain.request.RegistryFetch.FetchStatus;
import kz.medcert.domain.request.RegistryFetch;
import kz.medcert.domain.request.RequestId;
import kz.medcert.domain.request.RequestStatus;
import kz.medcert.domain.request.StateRegistry;
import kz.medcert.domain.request.UploadSlot;
import org.junit.jupiter.api.Test;

/**
 * R21, R70 through the services: a registry that stays down is given up on for the applicant after the configured
 * attempts or time, the applicant amends the form and uploads in its place, submits, and the retry worker keeps asking
 * it; an answer after the submission is recorded and shown to the officer where it differs.
 */
class RegistryFallbackServiceTest {
    /** Given up on after 3 failed attempts, or two hours after the consent. */
    private static final RequestSettings SETTINGS = RequestSettings.DEFAULTS
            .withFallback(new FallbackPolicy(Duration.ofHours(2), 3));
    /** What the graduate declares in place of the assessments registry: a day off from what it holds. */
    private static final AssessmentResult DECLARED = new AssessmentResult(PEDIATRICS, ASSESSED.minusDays(1), true);

    private final TestServices services = new TestServices(FRIDAY_MORNING, SETTINGS);

    /** The graduate's request, the assessments registry failing {@code times} times; the others answer. */
    private RequestId assessmentsDown(int times) {
        RequestFixtures.graduateHoldings(services.registries);
        services.registries.failing(StateRegistry.ASSESSMENTS, GRADUATE_IIN, times, "answered with an error");
        return services.consented(RequestFixtures.graduate(), RequestFixtures.graduateForm());
    }

    /** The retry worker's rounds until the registry has failed {@code attempts} times in all (back-off 30 s, 60 s…). */
    private void retriedUntil(RequestId id, int attempts) {
        while (fetchOf(services.view(id), StateRegistry.ASSESSMENTS).attempts() < attempts) {
            services.clock.advance(Duration.ofMinutes(5));
            services.fetch.retryDue(10);
        }
    }

    private static RegistryFetch fetchOf(RequestView view, StateRegistry registry) {
        return view.state().fetches().stream().filter(f -> f.registry() == registry).findFirst().orElseThrow();
    }

    private static UploadSlot slotOf(RequestView view, DocumentCode document) {
        return view.uploadSlots().stream().filter(s -> s.item().document() == document).findFirst().orElseThrow();
    }

    private static Dossier amendedForm() {
        return RequestFixtures.graduateForm().toBuilder().assessment(DECLARED).build();
    }

    @Test
    void aRegistryDownForTheConfiguredAttempts_isGivenUp_andTheApplicantDeclaresAndUploadsInItsPlace_R21_R70() {
        RequestId id = assessmentsDown(100);
        retriedUntil(id, 2);
        assertThat(services.view(id).state().status()).isEqualTo(RequestStatus.AWAITING_REGISTRIES);

        retriedUntil(id, 3);
        RequestView given = services.view(id);
        assertThat(given.state().status()).isEqualTo(RequestStatus.AWAITING_DOCUMENTS);
        assertThat(fetchOf(given, StateRegistry.ASSESSMENTS).status()).isEqualTo(FetchStatus.UNAVAILABLE);
        UploadSlot offered = slotOf(given, DocumentCode.ASSESSMENT_RESULT);
        assertThat(offered.fallbackFor()).contains(StateRegistry.ASSESSMENTS);
        assertThat(offered.item().satisfaction()).isEqualTo(Satisfaction.NOT_SATISFIED); // nothing declared yet
        assertThat(given.evaluation().reviewNotes()).extracting(ReviewNote::code)
                .contains(RegistryFallback.UNAVAILABLE_NOTE);

        RequestView amended = services.amend.amend(AS_GRADUATE, id, new AmendFormCommand(amendedForm(),
                ApplicationDetails.NONE));

        assertThat(amended.state().form().assessments()).containsExactly(DECLARED);
        assertThat(amended.state().history()).last().satisfies(entry -> {
            assertThat(entry.event()).isEqualTo("FORM_AMENDED");
            assertThat(entry.actor()).isEqualTo(AS_GRADUATE.auditLabel());
        });
        assertThat(amended.missingUploads()).filteredOn(s -> s.item().document() == DocumentCode.ASSESSMENT_RESULT)
                .singleElement().satisfies(slot -> assertThat(slot.fallbackFor()).contains(StateRegistry.ASSESSMENTS));
        services.attachEveryMissingUpload(id);

        RequestView accepted = TestServices.accepted(services.submitSigned(id));

        assertThat(accepted.state().status()).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(accepted.evaluation().outcome().isEligible()).isTrue();
        assertThat(accepted.evaluation().reviewNotes()).extracting(ReviewNote::code)
                .contains(RegistryFallback.UNAVAILABLE_NOTE);
        assertThat(slotOf(accepted, DocumentCode.ASSESSMENT_RESULT).filled()).isTrue();
        assertThat(slotOf(accepted, DocumentCode.ASSESSMENT_RESULT).fallbackFor())
                .contains(StateRegistry.ASSESSMENTS);
    }

    @Test
    void theRetryWorker_keepsAskingAfterTheSubmission_andALateAnswerThatDiffersIsShownToTheOfficer_R21_R70() {
        RequestId id = assessmentsDown(4);
        retriedUntil(id, 3);
        services.amend.amend(AS_GRADUATE, id, new AmendFormCommand(amendedForm(), ApplicationDetails.NONE));
        // the fourth attempt fails too, while the applicant uploads
        services.clock.advance(Duration.ofMinutes(5));
        assertThat(services.fetch.retryDue(10)).isOne();
        assertThat(fetchOf(services.view(id), StateRegistry.ASSESSMENTS).attempts()).isEqualTo(4);
        services.attachEveryMissingUpload(id);
        RequestView accepted = TestServices.accepted(services.submitSigned(id));
        assertThat(services.repository.claimDue(10)).containsExactly(id);

        services.clock.advance(Duration.ofHours(1));
        int retried = services.fetch.retryDue(10);

        RequestView answered = services.view(id);
        assertThat(retried).isOne();
        assertThat(answered.state().status()).isEqualTo(RequestStatus.ACCEPTED);
        RegistryFetch assessments = fetchOf(answered, StateRegistry.ASSESSMENTS);
        assertThat(assessments.status()).isEqualTo(FetchStatus.FETCHED);
        assertThat(assessments.answeredLate()).isTrue();
        assertThat(answered.state().fetched().assessments()).extracting(AssessmentResult::date).containsExactly(ASSESSED);
        assertThat(answered.state().submission()).isEqualTo(accepted.state().submission());
        assertThat(answered.evaluation().reviewNotes()).extracting(ReviewNote::code)
                .contains(RegistryFallback.UNAVAILABLE_NOTE, RegistryFallback.DIFFERS_NOTE);
        assertThat(answered.state().history()).extracting(h -> h.event() + " " + h.actor())
                .contains("FETCHED_LATE " + FetchRegistriesService.RETRY_WORKER);
        assertThat(services.repository.claimDue(10)).isEmpty();
        // the officer of the applicant's department reads the same
        RequestView officers = services.get.get(new Actor.Officer("OFF-1", Department.of(Region.ALMATY_CITY)), id);
        assertThat(officers.evaluation().reviewNotes()).extracting(ReviewNote::code)
                .contains(RegistryFallback.DIFFERS_NOTE);
    }

    @Test
    void theRetryBeforeTheTimeLimit_isNeverLaterThanIt_soTheApplicantIsNotKeptWaitingPastIt_R21_R70() {
        TestServices timed = new TestServices(FRIDAY_MORNING, RequestSettings.DEFAULTS
                .withFallback(new FallbackPolicy(Duration.ofMinutes(2), 100)));
        RequestFixtures.graduateHoldings(timed.registries);
        timed.registries.failing(StateRegistry.ASSESSMENTS, GRADUATE_IIN, 100, "maintenance");
        Instant consent = timed.clock.peek();
        RequestId id = timed.consented(RequestFixtures.graduate(), RequestFixtures.graduateForm());

        timed.clock.set(consent.plusSeconds(30));
        timed.fetch.retryDue(10); // second failure: back-off 60 s, before the limit at 120 s
        RegistryFetch second = fetchOf(timed.view(id), StateRegistry.ASSESSMENTS);
        timed.clock.set(consent.plusSeconds(90));
        timed.fetch.retryDue(10); // third failure: the back-off says 120 s, i.e. after the limit
        RegistryFetch third = fetchOf(timed.view(id), StateRegistry.ASSESSMENTS);
        timed.clock.set(consent.plusSeconds(120));
        timed.fetch.retryDue(10);

        assertThat(second.nextAttemptAt()).contains(consent.plusSeconds(90));
        assertThat(third.status()).isEqualTo(FetchStatus.FAILED);
        assertThat(third.nextAttemptAt()).contains(consent.plusSeconds(120));
        RequestView given = timed.view(id);
        assertThat(fetchOf(given, StateRegistry.ASSESSMENTS).status()).isEqualTo(FetchStatus.UNAVAILABLE);
        assertThat(given.state().status()).isEqualTo(RequestStatus.AWAITING_DOCUMENTS);
    }

    @Test
    void aFormFilledOnAnOlderVersion_isNotAmended_andChangesNothing_R21_R70() {
        RequestId id = assessmentsDown(100);
        retriedUntil(id, 3);
        long version = services.repository.find(id).orElseThrow().version();
        int writes = services.repository.writes();
        AmendFormCommand amendment = new AmendFormCommand(amendedForm(), ApplicationDetails.NONE);

        assertThatThrownBy(() -> services.amend.amend(AS_GRADUATE, id, amendment, OptionalLong.of(version - 1)))
                .isInstanceOf(StaleRequestException.class);
        assertThat(services.repository.writes()).isEqualTo(writes);
        services.amend.amend(AS_GRADUATE, id, amendment, OptionalLong.of(version));
        assertThat(services.repository.writes()).isEqualTo(writes + 1);
    }

    @Test
    void theForm_isAmendedByItsOwnApplicantOnly_andNotAfterTheSubmission_R21_R70() {
        RequestId id = assessmentsDown(100);
        retriedUntil(id, 3);
        AmendFormCommand amendment = new AmendFormCommand(amendedForm(), ApplicationDetails.NONE);

        assertThatThrownBy(() -> services.amend.amend(AS_PEDIATRICIAN, id, amendment))
                .isInstanceOf(RequestNotFoundException.class);
        assertThatThrownBy(() -> services.amend.amend(new Actor.Officer("OFF-1",
                Department.of(Region.ALMATY_CITY)), id, amendment)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> services.amend.amend(AS_GRADUATE, id, new AmendFormCommand(amendedForm()
                .toBuilder().declaredSpecialty(THERAPY).build(), ApplicationDetails.NONE)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.field()).isEqualTo("declaredSpecialty"));
        services.amend.amend(AS_GRADUATE, id, amendment);
        int writes = services.repository.writes();
        services.amend.amend(AS_GRADUATE, id, amendment); // the same form again records nothing
        assertThat(services.repository.writes()).isEqualTo(writes);

        services.attachEveryMissingUpload(id);
        TestServices.accepted(services.submitSigned(id));

        assertThatThrownBy(() -> services.amend.amend(AS_GRADUATE, id, amendment))
                .isInstanceOf(RequestConflictException.class).hasMessageContaining("is accepted");
    }
}
