package kz.medcert.application.service;

import static kz.medcert.application.testing.RequestFixtures.AS_GRADUATE;
import static kz.medcert.application.testing.RequestFixtures.FRIDAY_MORNING;
import static kz.medcert.application.testing.RequestFixtures.GRADUATE_IIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import kz.medcert.application.fakes.FakeConsentGateway;
import kz.medcert.application.port.in.ConsentUseCase.ConsentChallengeView;
import kz.medcert.application.port.in.ConsentUseCase.ConsentResult;
import kz.medcert.application.port.in.RequestConflictException;
import kz.medcert.application.port.in.RequestNotFoundException;
import kz.medcert.application.port.in.RequestView;
import kz.medcert.application.port.in.SubmitRequestUseCase.SubmitResult;
import kz.medcert.application.testing.RequestFixtures;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.evaluation.Ground;
import kz.medcert.domain.evaluation.Outcome;
import kz.medcert.domain.request.ConsentStatus;
import kz.medcert.domain.request.RegistryFetch.FetchStatus;
import kz.medcert.domain.request.RequestId;
import kz.medcert.domain.request.RequestStatus;
import kz.medcert.domain.request.StateRegistry;
import kz.medcert.domain.request.Submission;
import kz.medcert.domain.rules.Rule;
import org.junit.jupiter.api.Test;

/** Consent by one-time code (R60, R61); without it nothing is fetched and ground 6 applies (R90). */
class ConsentServiceTest {
    private final TestServices services = new TestServices(FRIDAY_MORNING);

    @Test
    void requestConsent_sendsCodeToTheApplicant_andRecordsReferenceAndChannel_R60() {
        // given
        RequestId id = services.started(RequestFixtures.graduate(), RequestFixtures.graduateForm());

        // when
        ConsentChallengeView challenge = services.consent.requestConsent(AS_GRADUATE, id);

        // then
        assertThat(services.gateway.codesSentTo()).containsExactly(GRADUATE_IIN);
        RequestView view = services.view(id);
        assertThat(view.state().status()).isEqualTo(RequestStatus.AWAITING_CONSENT);
        assertThat(view.state().consent().status()).isEqualTo(ConsentStatus.REQUESTED);
        assertThat(view.state().consent().reference()).contains(challenge.reference());
        assertThat(view.state().consent().channel()).contains(FakeConsentGateway.CHANNEL);
        assertThat(services.registries.totalCalls()).isZero();
    }

    @Test
    void confirm_withWrongCode_answersWrongCode_andFetchesNothing_R60() {
        // given
        RequestId id = services.started(RequestFixtures.graduate(), RequestFixtures.graduateForm());
        services.consent.requestConsent(AS_GRADUATE, id);
        int writes = services.repository.writes();

        // when
        ConsentResult result = services.consent.confirm(AS_GRADUATE, id, "654321");

        // then
        assertThat(result).isInstanceOf(ConsentResult.WrongCode.class);
        assertThat(services.registries.totalCalls()).isZero();
        assertThat(services.repository.writes()).isEqualTo(writes);
        assertThat(services.view(id).state().consent().status()).isEqualTo(ConsentStatus.REQUESTED);
    }

    @Test
    void confirm_afterWrongCode_stillAcceptsTheRightOne_R60() {
        // given
        RequestId id = services.started(RequestFixtures.graduate(), RequestFixtures.graduateForm());
        services.consent.requestConsent(AS_GRADUATE, id);
        services.consent.confirm(AS_GRADUATE, id, "000000");

        // when
        ConsentResult result = services.consent.confirm(AS_GRADUATE, id, FakeConsentGateway.CODE);

        // then
        assertThat(result).isInstanceOf(ConsentResult.Confirmed.class);
        assertThat(((ConsentResult.Confirmed) result).request().state().consent().given()).isTrue();
    }

    @Test
    void confirm_withoutARequestedCode_isAConflict() {
        // given
        RequestId id = services.started(RequestFixtures.graduate(), RequestFixtures.graduateForm());

        // when / then
        assertThatThrownBy(() -> services.consent.confirm(AS_GRADUATE, id, FakeConsentGateway.CODE))
                .isInstanceOf(RequestConflictException.class);
        assertThat(services.registries.totalCalls()).isZero();
    }

    @Test
    void confirm_asksEveryRegistryOfTheCategoryAtOnce_domesticWithItsIdentity_R60_R67_R71() {
        // given
        RequestFixtures.graduateHoldings(services.registries);

        // when
        RequestId id = services.consented(RequestFixtures.graduate(), RequestFixtures.graduateForm());

        // then
        RequestView view = services.view(id);
        assertThat(view.state().fetches()).extracting(f -> f.registry())
                .containsExactlyElementsOf(StateRegistry.askedFor(view.state().form().category()))
                .contains(StateRegistry.EMPLOYMENT, StateRegistry.IDENTITY);
        assertThat(view.state().fetches()).allMatch(f -> f.status() == FetchStatus.FETCHED);
        assertThat(services.registries.callsTo(StateRegistry.IDENTITY)).isOne();
        assertThat(view.state().fetched().person()).contains(RequestFixtures.graduateRecord());
        assertThat(view.state().status()).isEqualTo(RequestStatus.AWAITING_DOCUMENTS);
    }

    @Test
    void confirm_foreignSpecialist_asksIdentityButNotEmployment_R61_R69() {
        // given
        services.registries.of(RequestFixtures.FOREIGN_IIN).person(RequestFixtures.foreignRecord());

        // when
        RequestId id = services.consented(RequestFixtures.foreignSpecialist(), RequestFixtures.foreignForm());

        // then
        assertThat(services.registries.callsTo(StateRegistry.IDENTITY)).isOne();
        assertThat(services.registries.callsTo(StateRegistry.EMPLOYMENT)).isZero();
        RequestView view = services.view(id);
        assertThat(view.state().fetched().identityOnRecord()).contains(true);
        assertThat(view.uploadSlots()).extracting(s -> s.item().document())
                .doesNotContain(DocumentCode.IDENTITY_DOCUMENT);
    }

    @Test
    void decline_fetchesNothing_andTheEvaluationRefusesOnGround6_R90() {
        // given
        RequestFixtures.graduateHoldings(services.registries);
        RequestId id = services.started(RequestFixtures.graduate(), RequestFixtures.graduateForm());
        services.consent.requestConsent(AS_GRADUATE, id);

        // when
        RequestView view = services.consent.decline(AS_GRADUATE, id);

        // then
        assertThat(view.state().status()).isEqualTo(RequestStatus.AWAITING_DOCUMENTS);
        assertThat(view.state().consent().status()).isEqualTo(ConsentStatus.DECLINED);
        assertThat(view.state().fetches()).isEmpty();
        assertThat(services.registries.totalCalls()).isZero();
        assertThat(view.evaluation().outcome()).isInstanceOfSatisfying(Outcome.Refusal.class, refusal -> {
            assertThat(refusal.grounds()).contains(Ground.GROUND_6_NO_CONSENT);
            assertThat(refusal.failedRules()).contains(Rule.R60, Rule.R90);
        });
    }

    @Test
    void decline_thenSubmit_storesTheGround6RefusalForTheOfficer_R90() {
        // given
        RequestId id = services.started(RequestFixtures.graduate(), RequestFixtures.graduateForm());
        services.consent.decline(AS_GRADUATE, id);
        services.attachEveryMissingUpload(id);

        // when
        SubmitResult result = services.submitSigned(id);

        // then
        Submission submission = services.view(id).state().submission().orElseThrow();
        assertThat(result).isInstanceOf(SubmitResult.Accepted.class);
        assertThat(submission.evaluation().outcome()).isInstanceOfSatisfying(Outcome.Refusal.class,
                refusal -> assertThat(refusal.grounds()).contains(Ground.GROUND_6_NO_CONSENT));
    }

    @Test
    void consentSteps_afterConsentWasAnswered_areConflicts() {
        // given
        RequestId id = services.started(RequestFixtures.graduate(), RequestFixtures.graduateForm());
        services.consent.decline(AS_GRADUATE, id);

        // when / then
        assertThatThrownBy(() -> services.consent.requestConsent(AS_GRADUATE, id))
                .isInstanceOf(RequestConflictException.class);
        assertThatThrownBy(() -> services.consent.confirm(AS_GRADUATE, id, FakeConsentGateway.CODE))
                .isInstanceOf(RequestConflictException.class);
        assertThatThrownBy(() -> services.consent.decline(AS_GRADUATE, id))
                .isInstanceOf(RequestConflictException.class);
    }

    @Test
    void consentSteps_onUnknownRequest_areNotFound() {
        // given
        RequestId unknown = new RequestId(UUID.randomUUID());

        // when / then
        assertThatThrownBy(() -> services.consent.requestConsent(AS_GRADUATE, unknown))
                .isInstanceOf(RequestNotFoundException.class);
        assertThatThrownBy(() -> services.consent.confirm(AS_GRADUATE, unknown, FakeConsentGateway.CODE))
                .isInstanceOf(RequestNotFoundException.class);
        assertThatThrownBy(() -> services.consent.decline(AS_GRADUATE, unknown))
                .isInstanceOf(RequestNotFoundException.class);
    }

    @Test
    void confirm_whenTheRequestChangesWhileRegistriesAreAsked_keepsTheConsent_andLeavesTheFetchToTheRetry_R21() {
        // given
        RequestFixtures.graduateHoldings(services.registries);
        RequestId id = services.started(RequestFixtures.graduate(), RequestFixtures.graduateForm());
        services.consent.requestConsent(AS_GRADUATE, id);
        services.registries.beforeNextCall(() -> services.attachPdf(id, DocumentCode.DIPLOMA, "uploaded meanwhile"));

        // when
        ConsentResult result = services.consent.confirm(AS_GRADUATE, id, FakeConsentGateway.CODE);

        // then
        assertThat(result).isInstanceOf(ConsentResult.Confirmed.class);
        RequestView view = ((ConsentResult.Confirmed) result).request();
        assertThat(view.state().consent().given()).isTrue();
        assertThat(view.state().status()).isEqualTo(RequestStatus.AWAITING_REGISTRIES);
        assertThat(view.state().attachments()).hasSize(1);
        assertThat(services.fetch.retryDue(10)).isOne();
        assertThat(services.view(id).state().status()).isEqualTo(RequestStatus.AWAITING_DOCUMENTS);
    }
}
