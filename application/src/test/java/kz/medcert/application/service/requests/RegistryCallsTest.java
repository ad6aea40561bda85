package kz.medcert.application.service.requests;

import static kz.medcert.application.testing.RequestFixtures.GRADUATE_IIN;
import static kz.medcert.application.testing.RequestFixtures.THERAPY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kz.medcert.application.fakes.FakeRegistries;
import kz.medcert.application.port.out.EducationRegistry.EducationFound;
import kz.medcert.application.port.out.RegistryUnavailableException;
import kz.medcert.application.service.RequestSettings;
import kz.medcert.application.service.requests.RegistryCalls.Answer;
import kz.medcert.application.testing.RequestFixtures;
import kz.medcert.domain.dossier.Prohibition;
import kz.medcert.domain.request.FetchedFacts;
import kz.medcert.domain.request.StateRegistry;
import org.junit.jupiter.api.Test;

/**
 * The registries are asked at once, each within the time limit; a slow, failing or unreadable registry is a failure
 * with a reason the applicant can read, never an answer (R21, R70).
 */
class RegistryCallsTest {
    private static final RequestSettings QUICK = new RequestSettings(1024, Duration.ofSeconds(30),
            Duration.ofHours(1), Duration.ofMillis(300));
    private static final List<StateRegistry> DOMESTIC = StateRegistry.askedFor(
            kz.medcert.domain.dossier.Category.DOMESTIC);

    private final FakeRegistries registries = new FakeRegistries();
    private final RegistryCalls calls = registries.registryCalls(QUICK);

    @Test
    void aRegistryThatNeverAnswers_isCutOffAtTheTimeLimit_interrupted_andReportedAsNotAnswering_R21() throws Exception {
        // given
        RequestFixtures.graduateHoldings(registries);
        CountDownLatch interrupted = new CountDownLatch(1);
        registries.hangingOnce(StateRegistry.EDUCATION, GRADUATE_IIN, interrupted);

        // when
        Map<StateRegistry, Answer> answers = calls.askAll(DOMESTIC, GRADUATE_IIN, THERAPY);

        // then
        assertThat(answers.get(StateRegistry.EDUCATION)).isEqualTo(new Answer.Failure("did not answer within 0.3 s"));
        assertThat(interrupted.await(5, TimeUnit.SECONDS)).as("the hanging call was interrupted").isTrue();
        assertThat(answers).hasSize(DOMESTIC.size());
        assertThat(answers).allSatisfy((registry, answer) -> assertThat(answer)
                .isInstanceOf(registry == StateRegistry.EDUCATION ? Answer.Failure.class : Answer.Facts.class));
    }

    @Test
    void theRegistriesAreAskedAtOnce_soTheSlowestAloneBoundsTheWait() {
        // given: each registry answers only once all six are being asked together
        CyclicBarrier allAsked = new CyclicBarrier(DOMESTIC.size());
        RegistryCalls together = new RegistryCalls(
                iin -> meet(allAsked, new EducationFound(List.of(), List.of())),
                iin -> meet(allAsked, List.of()),
                iin -> meet(allAsked, false),
                iin -> meet(allAsked, List.of()),
                iin -> meet(allAsked, List.of()),
                (iin, specialty) -> meet(allAsked, Prohibition.NONE),
                iin -> meet(allAsked, java.util.Optional.empty()),
                QUICK);

        // when
        Map<StateRegistry, Answer> answers = together.askAll(DOMESTIC, GRADUATE_IIN, THERAPY);

        // then
        assertThat(answers.keySet()).containsExactlyElementsOf(DOMESTIC);
        assertThat(answers.values()).allSatisfy(answer -> assertThat(answer).isInstanceOf(Answer.Facts.class));
    }

    @Test
    void anUnavailableRegistry_givesItsOwnReason_withoutTheRegistrysName() {
        // given
        registries.failing(StateRegistry.CERTIFICATES, GRADUATE_IIN, 1, "answered with an error");

        // when
        Map<StateRegistry, Answer> answers = calls.askAll(List.of(StateRegistry.CERTIFICATES), GRADUATE_IIN,
                THERAPY);

        // then
        assertThat(answers).containsEntry(StateRegistry.CERTIFICATES, new Answer.Failure("answered with an error"));
    }

    @Test
    void anAnswerTheAdapterCannotTranslate_isAnUnreadableAnswer_notAFact_R21() {
        // given: the adapter's own exception escapes, as from a registry whose schema changed
        registries.failingOnceWith(StateRegistry.ASSESSMENTS, GRADUATE_IIN,
                new IllegalStateException("field results[0].date: '2026-13-01' is not a date"));
        registries.failingOnceWith(StateRegistry.PROHIBITIONS, GRADUATE_IIN, new NullPointerException());

        // when
        Map<StateRegistry, Answer> answers = calls.askAll(List.of(StateRegistry.ASSESSMENTS,
                StateRegistry.PROHIBITIONS), GRADUATE_IIN, THERAPY);

        // then
        assertThat(answers).containsEntry(StateRegistry.ASSESSMENTS, new Answer.Failure("sent an unreadable answer"))
                .containsEntry(StateRegistry.PROHIBITIONS, new Answer.Failure("sent an unreadable answer"));
    }

    @Test
    void anErrorOfTheVirtualMachine_isNotSwallowedAsARegistryFault() {
        // given
        RegistryCalls broken = new RegistryCalls(iin -> {
            throw new OutOfMemoryError("simulated");
        }, registries, registries, registries, registries, registries, registries, QUICK);

        // when / then
        assertThatThrownBy(() -> broken.askAll(List.of(StateRegistry.EDUCATION), GRADUATE_IIN, THERAPY))
                .isInstanceOf(OutOfMemoryError.class);
    }

    @Test
    void theAnswersChangeOnlyTheirOwnRegistrysFacts() {
        // given
        RequestFixtures.graduateHoldings(registries);

        // when
        Map<StateRegistry, Answer> answers = calls.askAll(List.of(StateRegistry.EDUCATION), GRADUATE_IIN, THERAPY);

        // then
        FetchedFacts facts = ((Answer.Facts) answers.get(StateRegistry.EDUCATION)).change().apply(FetchedFacts.NOTHING);
        assertThat(facts.postgraduate()).hasSize(2);
        assertThat(facts.withEducation(List.of(), List.of())).isEqualTo(FetchedFacts.NOTHING);
        assertThat(calls.askAll(List.of(), GRADUATE_IIN, THERAPY)).isEmpty();
    }

    @Test
    void theTimeLimitReadsInSeconds() {
        assertThat(RegistryCalls.seconds(Duration.ofSeconds(5))).isEqualTo("5 s");
        assertThat(RegistryCalls.seconds(Duration.ofMillis(300))).isEqualTo("0.3 s");
        assertThat(RegistryCalls.seconds(Duration.ofMillis(1250))).isEqualTo("1.25 s");
    }

    @Test
    void theTimeLimitMustBePositive() {
        assertThatThrownBy(() -> new RequestSettings(1024, Duration.ofSeconds(30), Duration.ofHours(1),
                Duration.ZERO)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("registryTimeLimit");
    }

    private static <T> T meet(CyclicBarrier barrier, T answer) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
            return answer;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryUnavailableException(StateRegistry.EDUCATION, "interrupted");
        } catch (BrokenBarrierException | TimeoutException e) {
            throw new RegistryUnavailableException(StateRegistry.EDUCATION, "asked alone");
        }
    }
}
