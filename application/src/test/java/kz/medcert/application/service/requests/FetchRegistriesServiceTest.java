package kz.medcert.application.service.requests;

import static kz.medcert.application.testing.RequestFixtures.AS_GRADUATE;
import static kz.medcert.application.testing.RequestFixtures.FRIDAY_MORNING;
import static kz.medcert.application.testing.RequestFixtures.GRADUATE_IIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import kz.medcert.application.port.in.RequestNotFoundException;
import kz.medcert.application.port.in.requests.RequestView;
import kz.medcert.application.port.in.requests.SubmitRequestUseCase.SubmitResult;
import kz.medcert.application.service.RequestSettings;
import kz.medcert.application.service.TestServices;
import kz.medcert.application.testing.RequestFixtures;
import kz.medcert.domain.request.RegistryFetch.FetchStatus;
import kz.medcert.domain.request.RegistryFetch;
import kz.medcert.domain.request.RequestId;
import kz.medcert.domain.request.RequestStatus;
import kz.medcert.domain.request.StateRegistry;
import org.junit.jupiter.api.Test;

/** A registry that fails is retried with back-off; the request waits, shows why, and is never refused or lost (R21, R70). */
class FetchRegistriesServiceTest {
    private final TestServices services = new TestServices(FRIDAY_MORNING);

    private RequestId graduateWithEducationRegistryFailing(int times) {
        RequestFixtures.graduateHoldings(services.registries);
        services.registries.failing(StateRegistry.EDUCATION, GRADUATE_IIN, times, "timeout after 10 s");
        return services.consented(RequestFixtures.graduate(), RequestFixtures.graduateForm());
    }

    private static RegistryFetch fetchOf(RequestView view, StateRegistry registry) {
        return view.state().fetches().stream().filter(f -> f.registry() == registry).findFirst().orElseThrow();
    }

    @Test
    void failedRegistry_keepsRequestAwaitingRegistries_withTheReasonVisible_R21_R70() {
        // given
        Instant consentedAt = services.clock.peek();

        // when
        RequestId id = graduateWithEducationRegistryFailing(2);

        // then
        RequestView view = services.view(id);
        assertThat(view.state().status()).isEqualTo(RequestStatus.AWAITING_REGISTRIES);
        RegistryFetch education = fetchOf(view, StateRegistry.EDUCATION);
        assertThat(education.status()).isEqualTo(FetchStatus.FAILED);
        assertThat(education.failure()).hasValueSatisfying(reason -> assertThat(reason).contains("timeout after 10 s"));
        assertThat(education.attempts()).isOne();
        assertThat(education.nextAttemptAt()).contains(consentedAt.plus(RequestSettings.DEFAULTS.firstRetryDelay()));
        assertThat(view.state().fetches()).filteredOn(f -> f.registry() != StateRegistry.EDUCATION)
                .allMatch(RegistryFetch::done);
        assertThat(view.state().history()).extracting(h -> h.event()).contains("FETCH_FAILED");
    }

    @Test
    void submit_whileARegistryIsFailing_answersNotReady_listingIt_R21() {
        // given
        RequestId id = graduateWithEducationRegistryFailing(2);

        // when
        SubmitResult result = services.submitSigned(id);

        // then
        assertThat(result).isInstanceOfSatisfying(SubmitResult.NotReady.class, notReady -> {
            assertThat(notReady.status()).isEqualTo(RequestStatus.AWAITING_REGISTRIES);
            assertThat(notReady.waitingFor()).extracting(RegistryFetch::registry)
                    .containsExactly(StateRegistry.EDUCATION);
            assertThat(notReady.waitingFor().get(0).failure()).isPresent();
        });
        assertThat(services.view(id).state().status()).isEqualTo(RequestStatus.AWAITING_REGISTRIES);
    }

    @Test
    void retryDue_beforeTheRetryTime_asksNothing_R21() {
        // given
        RequestId id = graduateWithEducationRegistryFailing(2);
        services.clock.advance(Duration.ofSeconds(29));

        // when
        int retried = services.fetch.retryDue(10);

        // then
        assertThat(retried).isZero();
        assertThat(services.registries.callsTo(StateRegistry.EDUCATION)).isOne();
        assertThat(fetchOf(services.view(id), StateRegistry.EDUCATION).attempts()).isOne();
    }

    @Test
    void retryDue_afterEachRetryTime_asksAgainWithDoubledBackOff_untilTheRequestMovesOn_R21_R70() {
        // given
        RequestId id = graduateWithEducationRegistryFailing(2);

        // when
        services.clock.advance(Duration.ofSeconds(30));
        int firstRetry = services.fetch.retryDue(10);
        Instant secondFailureAt = services.clock.peek();
        RegistryFetch afterSecondFailure = fetchOf(services.view(id), StateRegistry.EDUCATION);
        services.clock.advance(Duration.ofSeconds(59));
        int tooEarly = services.fetch.retryDue(10);
        services.clock.advance(Duration.ofSeconds(1));
        int secondRetry = services.fetch.retryDue(10);

        // then
        assertThat(firstRetry).isOne();
        assertThat(afterSecondFailure.attempts()).isEqualTo(2);
        assertThat(afterSecondFailure.nextAttemptAt()).contains(secondFailureAt.plusSeconds(60));
        assertThat(tooEarly).isZero();
        assertThat(secondRetry).isOne();
        RequestView view = services.view(id);
        assertThat(view.state().status()).isEqualTo(RequestStatus.AWAITING_DOCUMENTS);
        assertThat(fetchOf(view, StateRegistry.EDUCATION).attempts()).isEqualTo(3);
        assertThat(services.registries.callsTo(StateRegistry.EDUCATION)).isEqualTo(3);
        assertThat(services.registries.callsTo(StateRegistry.ASSESSMENTS)).isOne();
        assertThat(view.evaluation().outcome().isEligible()).isTrue();
        assertThat(view.state().history()).extracting(h -> h.event())
                .containsSubsequence("FETCH_FAILED", "FETCH_FAILED", "FETCHED");
        assertThat(services.repository.claimDue(10)).isEmpty();
    }

    @Test
    void retriedRequest_canThenBeSubmitted_neverRefusedForTheOutage_R21() {
        // given
        RequestId id = graduateWithEducationRegistryFailing(1);
        services.clock.advance(Duration.ofMinutes(1));
        services.fetch.retryDue(10);
        services.attachEveryMissingUpload(id);

        // when
        SubmitResult result = services.submitSigned(id);

        // then
        assertThat(result).isInstanceOfSatisfying(SubmitResult.Accepted.class, accepted ->
                assertThat(accepted.request().state().submission().orElseThrow().evaluation().outcome().isEligible())
                        .isTrue());
    }

    @Test
    void unreadableRegistryAnswer_isRecordedAsAFailure_notARefusal_R21() {
        // given
        RequestFixtures.graduateHoldings(services.registries);
        services.registries.failingOnceWith(StateRegistry.ASSESSMENTS, GRADUATE_IIN,
                new IllegalArgumentException("unexpected field 'score'"));

        // when
        RequestId id = services.consented(RequestFixtures.graduate(), RequestFixtures.graduateForm());

        // then
        RegistryFetch assessments = fetchOf(services.view(id), StateRegistry.ASSESSMENTS);
        assertThat(assessments.status()).isEqualTo(FetchStatus.FAILED);
        assertThat(assessments.failure()).hasValueSatisfying(reason -> assertThat(reason).contains("unreadable"));
        assertThat(services.view(id).state().status()).isEqualTo(RequestStatus.AWAITING_REGISTRIES);
    }

    @Test
    void fetch_asksOnlyTheRegistriesWhoseTurnHasCome_R21() {
        // given
        RequestId id = graduateWithEducationRegistryFailing(1);
        int callsBefore = services.registries.totalCalls();

        // when
        RequestView early = services.fetch.fetch(AS_GRADUATE, id);
        services.clock.advance(Duration.ofSeconds(30));
        RequestView due = services.fetch.fetch(AS_GRADUATE, id);

        // then
        assertThat(early.state().status()).isEqualTo(RequestStatus.AWAITING_REGISTRIES);
        assertThat(due.state().status()).isEqualTo(RequestStatus.AWAITING_DOCUMENTS);
        assertThat(services.registries.totalCalls()).isEqualTo(callsBefore + 1);
    }

    @Test
    void fetch_ofARequestNotAwaitingRegistries_changesNothing() {
        // given
        RequestId id = services.graduateAwaitingDocuments();
        int writes = services.repository.writes();

        // when
        RequestView view = services.fetch.fetch(AS_GRADUATE, id);

        // then
        assertThat(view.state().status()).isEqualTo(RequestStatus.AWAITING_DOCUMENTS);
        assertThat(services.repository.writes()).isEqualTo(writes);
    }

    @Test
    void retryDue_handlesOnlyAsManyRequestsAsTheLimit_oldestFirst() {
        // given
        services.registries.failing(StateRegistry.PROHIBITIONS, GRADUATE_IIN, 2, "maintenance");
        RequestId older = services.consented(RequestFixtures.graduate(), RequestFixtures.graduateForm());
        services.clock.advance(Duration.ofSeconds(1));
        RequestId newer = services.consented(RequestFixtures.graduate(), RequestFixtures.graduateForm());
        services.clock.advance(Duration.ofMinutes(5));

        // when
        int retried = services.fetch.retryDue(1);

        // then
        assertThat(retried).isOne();
        assertThat(services.view(older).state().status()).isEqualTo(RequestStatus.AWAITING_DOCUMENTS);
        assertThat(services.view(newer).state().status()).isEqualTo(RequestStatus.AWAITING_REGISTRIES);
    }

    @Test
    void fetch_ofUnknownRequest_isNotFound() {
        // given
        RequestId unknown = new RequestId(UUID.randomUUID());

        // when / then
        assertThatThrownBy(() -> services.fetch.fetch(AS_GRADUATE, unknown))
                .isInstanceOf(RequestNotFoundException.class);
    }

    @Test
    void aRegistryThatNeverAnswers_doesNotHoldUpTheApplicant_itIsRecordedAsFailedAndRetried_R21_R70()
            throws Exception {
        // given
        TestServices quick = new TestServices(FRIDAY_MORNING, new RequestSettings(1024, Duration.ofSeconds(30),
                Duration.ofHours(1), Duration.ofMillis(200)));
        RequestFixtures.graduateHoldings(quick.registries);
        java.util.concurrent.CountDownLatch interrupted = new java.util.concurrent.CountDownLatch(1);
        quick.registries.hangingOnce(StateRegistry.EMPLOYMENT, GRADUATE_IIN, interrupted);

        // when
        RequestId id = quick.consented(RequestFixtures.graduate(), RequestFixtures.graduateForm());
        RequestView waiting = quick.view(id);
        quick.clock.advance(Duration.ofSeconds(30));
        quick.fetch.retryDue(10);

        // then
        RegistryFetch employment = fetchOf(waiting, StateRegistry.EMPLOYMENT);
        assertThat(employment.status()).isEqualTo(FetchStatus.FAILED);
        assertThat(employment.failure()).contains("did not answer within 0.2 s");
        assertThat(employment.nextAttemptAt()).isPresent();
        assertThat(waiting.state().history()).extracting(h -> h.detail())
                .anyMatch(detail -> detail.startsWith("EMPLOYMENT: did not answer within 0.2 s; retry at "));
        assertThat(interrupted.await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(quick.view(id).state().status()).isEqualTo(RequestStatus.AWAITING_DOCUMENTS);
    }
}
