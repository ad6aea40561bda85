package kz.medcert.application.service.requests;

import static kz.medcert.application.testing.RequestFixtures.AS_GRADUATE;
import static kz.medcert.application.testing.RequestFixtures.FRIDAY_MORNING;
import static kz.medcert.application.testing.RequestFixtures.GRADUATE_IIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kz.medcert.application.fakes.FakeConsentGateway;
import kz.medcert.application.fakes.InMemoryCertificationRequestRepository;
import kz.medcert.application.port.in.RequestConflictException;
import kz.medcert.application.port.in.RequestNotFoundException;
import kz.medcert.application.port.in.requests.ConsentUseCase.ConsentChallengeView;
import kz.medcert.application.port.in.requests.ConsentUseCase.ConsentResult;
import kz.medcert.application.port.in.requests.RequestView;
import kz.medcert.application.port.in.requests.SubmitRequestUseCase.SubmitResult;
import kz.medcert.application.port.in.requests.TooManyConsentCodesException;
import kz.medcert.application.port.out.ConsentChallenges.ConsentChallenge;
import kz.medcert.application.service.TestServices;
import kz.medcert.application.testing.RequestFixtures;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.evaluation.Ground;
import kz.medcert.domain.evaluation.Outcome;
import kz.medcert.domain.request.Applicant;
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
    void codesAreDrawnAtRandomByTheService_theGatewayOnlyDeliversThem_andOnlyTheirHashIsKept_R60() {
        ConsentService consent = services.consentService(ConsentSettings.DEFAULTS);
        Set<String> codes = new HashSet<>();
        Map<Applicant, Dossier> forms = Map.of(RequestFixtures.graduate(), RequestFixtures.graduateForm(),
                RequestFixtures.pediatrician(), RequestFixtures.pediatricianForm(),
                RequestFixtures.foreignSpecialist(), RequestFixtures.foreignForm());
        for (Applicant applicant : forms.keySet()) {
            RequestId id = services.started(applicant, forms.get(applicant));
            ConsentChallengeView challenge = consent.requestConsent(TestServices.as(applicant), id);
            String code = services.gateway.lastCodeSentTo(applicant.iin()).orElseThrow();

            assertThat(code).matches("[0-9]{6}");
            ConsentChallenge kept = services.challenges.find(challenge.reference()).orElseThrow();
            assertThat(kept.codeHash()).matches("[0-9a-f]{64}").doesNotContain(code);
            assertThat(consent.confirm(TestServices.as(applicant), id, code))
                    .isInstanceOf(ConsentResult.Confirmed.class);
            codes.add(code);
        }
        assertThat(codes).as("three codes drawn from a million").hasSizeGreaterThan(1);
    }

    @Test
    void outsideDemoMode_theDemoCodeIsJustAWrongCode() {
        ConsentService consent = services.consentService(ConsentSettings.DEFAULTS);
        RequestId id = services.started(RequestFixtures.graduate(), RequestFixtures.graduateForm());
        consent.requestConsent(AS_GRADUATE, id);
        String sent = services.gateway.lastCodeSentTo(GRADUATE_IIN).orElseThrow();
        String demo = sent.equals(FakeConsentGateway.CODE) ? "654321" : FakeConsentGateway.CODE;

        assertThat(consent.confirm(AS_GRADUATE, id, demo)).isInstanceOf(ConsentResult.WrongCode.class);
    }

    @Test
    void fiveWrongCodesVoidTheChallenge_evenTheRightCodeThen_andANewCodeIsNeeded_R60() {
        RequestId id = services.started(RequestFixtures.graduate(), RequestFixtures.graduateForm());
        services.consent.requestConsent(AS_GRADUATE, id);

        for (int left = 4; left >= 1; left--) {
            assertThat(services.consent.confirm(AS_GRADUATE, id, "000000"))
                    .isEqualTo(new ConsentResult.WrongCode(ConsentResult.WrongCode.Reason.WRONG, left));
        }
        assertThat(services.consent.confirm(AS_GRADUATE, id, "000000"))
                .isEqualTo(new ConsentResult.WrongCode(ConsentResult.WrongCode.Reason.VOID, 0));
        assertThat(services.consent.confirm(AS_GRADUATE, id, FakeConsentGateway.CODE))
                .isEqualTo(new ConsentResult.WrongCode(ConsentResult.WrongCode.Reason.VOID, 0));
        assertThat(services.registries.totalCalls()).isZero();

        services.clock.advance(Duration.ofMinutes(1));
        services.consent.requestConsent(AS_GRADUATE, id);
        assertThat(services.consent.confirm(AS_GRADUATE, id, FakeConsentGateway.CODE))
                .isInstanceOf(ConsentResult.Confirmed.class);
    }

    @Test
    void aCodeExpiresAfterFiveMinutes() {
        RequestId id = services.started(RequestFixtures.graduate(), RequestFixtures.graduateForm());
        services.consent.requestConsent(AS_GRADUATE, id);

        services.clock.advance(Duration.ofMinutes(5));

        assertThat(services.consent.confirm(AS_GRADUATE, id, FakeConsentGateway.CODE))
                .isEqualTo(new ConsentResult.WrongCode(ConsentResult.WrongCode.Reason.EXPIRED, 0));
    }

    @Test
    void aNewCodeForTheRequest_atMostOnceAMinute_andFiveTimesAnHour_R60() {
        RequestId id = services.started(RequestFixtures.graduate(), RequestFixtures.graduateForm());
        services.consent.requestConsent(AS_GRADUATE, id);
        services.clock.advance(Duration.ofSeconds(45));

        assertThatThrownBy(() -> services.consent.requestConsent(AS_GRADUATE, id))
                .isInstanceOfSatisfying(TooManyConsentCodesException.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(15)));
        for (int i = 2; i <= 5; i++) {
            services.clock.advance(Duration.ofMinutes(1));
            services.consent.requestConsent(AS_GRADUATE, id);
        }
        services.clock.advance(Duration.ofMinutes(1));
        assertThatThrownBy(() -> services.consent.requestConsent(AS_GRADUATE, id))
                .isInstanceOf(TooManyConsentCodesException.class);
        assertThat(services.gateway.codesSentTo()).hasSize(5);
    }

    @Test
    void aPersonGetsAtMostFiveCodesAnHour_overAllTheirRequests() {
        for (int i = 0; i < 5; i++) {
            services.consent.requestConsent(AS_GRADUATE, services.started(RequestFixtures.graduate(),
                    RequestFixtures.graduateForm()));
        }
        RequestId sixth = services.started(RequestFixtures.graduate(), RequestFixtures.graduateForm());

        assertThatThrownBy(() -> services.consent.requestConsent(AS_GRADUATE, sixth))
                .isInstanceOf(TooManyConsentCodesException.class);
        assertThat(services.view(sixth).state().consent().status()).isEqualTo(ConsentStatus.NOT_REQUESTED);
        services.clock.advance(Duration.ofHours(1));
        services.consent.requestConsent(AS_GRADUATE, sixth);
    }

    @Test
    void aCodeAskedThroughOneInstanceIsConfirmedThroughAnother() {
        ConsentService first = services.consentService(ConsentSettings.DEFAULTS);
        ConsentService second = services.consentService(ConsentSettings.DEFAULTS);
        RequestId id = services.started(RequestFixtures.graduate(), RequestFixtures.graduateForm());
        first.requestConsent(AS_GRADUATE, id);

        assertThat(second.confirm(AS_GRADUATE, id, services.gateway.lastCodeSentTo(GRADUATE_IIN).orElseThrow()))
                .isInstanceOf(ConsentResult.Confirmed.class);
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
        // no registry was asked: the request is held for the instance that took the consent, as on the database
        assertThat(services.fetch.retryDue(10)).isZero();
        services.clock.advance(InMemoryCertificationRequestRepository.DEFAULT_SETTLE_TIME.plusSeconds(1));
        assertThat(services.fetch.retryDue(10)).isOne();
        assertThat(services.view(id).state().status()).isEqualTo(RequestStatus.AWAITING_DOCUMENTS);
    }
}
