package kz.medcert.adapters.registries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kz.medcert.adapters.registries.RegistryBehaviour.Mode;
import kz.medcert.application.port.out.RegistryUnavailableException;
import kz.medcert.domain.dossier.Prohibition;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.reference.SpecialtyCode;
import kz.medcert.domain.request.StateRegistry;
import org.junit.jupiter.api.Test;

/** The fault modes and latency of the stub registries, deterministic and per person. */
class FaultInjectionTest {
    private final DemoPersons persons = DemoPersons.load();
    private final Iin first = persons.byId("P01").orElseThrow().iin();
    private final Iin second = persons.byId("P02").orElseThrow().iin();
    private final RecordingSleeper sleeper = new RecordingSleeper();

    @Test
    void errorAlwaysThrowsNamingTheRegistry() {
        StubCertificateRegistry registry = new StubCertificateRegistry(persons, RegistryBehaviour.of(Mode.ERROR),
                sleeper);

        for (int call = 0; call < 3; call++) {
            assertThatThrownBy(() -> registry.certificatesOf(first))
                    .isInstanceOf(RegistryUnavailableException.class)
                    .hasMessage("CERTIFICATES unavailable: answered with an error")
                    .asInstanceOf(type(RegistryUnavailableException.class))
                    .satisfies(e -> assertThat(e.registry()).isEqualTo(StateRegistry.CERTIFICATES))
                    .extracting(RegistryUnavailableException::reason).isEqualTo("answered with an error");
        }
    }

    @Test
    void garbage_oddCalls_areAnAnswerThatIsNotJson_classifiedAsUnreadable() {
        StubAssessmentRegistry registry = new StubAssessmentRegistry(persons, RegistryBehaviour.of(Mode.GARBAGE),
                sleeper);

        assertThatThrownBy(() -> registry.assessmentsOf(first))
                .isInstanceOf(RegistryUnavailableException.class)
                .hasMessage("ASSESSMENTS unavailable: sent an unreadable answer")
                .hasCauseInstanceOf(JsonProcessingException.class)
                .asInstanceOf(type(RegistryUnavailableException.class))
                .extracting(RegistryUnavailableException::registry).isEqualTo(StateRegistry.ASSESSMENTS);
    }

    @Test
    void garbage_evenCalls_areJsonThatDoesNotTranslate_andTheTranslationErrorEscapesUnclassified() {
        StubAssessmentRegistry registry = new StubAssessmentRegistry(persons, RegistryBehaviour.of(Mode.GARBAGE),
                sleeper);
        assertThatThrownBy(() -> registry.assessmentsOf(first)).isInstanceOf(RegistryUnavailableException.class);

        assertThatThrownBy(() -> registry.assessmentsOf(first))
                .isInstanceOf(IllegalStateException.class)
                .isNotInstanceOf(RegistryUnavailableException.class)
                .hasMessageStartingWith("ASSESSMENTS answer: person ?")
                .hasMessageContaining("field");
    }

    @Test
    void garbage_neverAnswers_forAnyRegistry() {
        RegistryFaults faults = new RegistryFaults(RegistryBehaviours.parse("ALL=garbage"));
        StubEducationRegistry education = new StubEducationRegistry(persons, faults);
        StubIdentityRegistry identity = new StubIdentityRegistry(persons, faults);

        for (int call = 0; call < 4; call++) {
            assertThatThrownBy(() -> education.educationOf(first)).isInstanceOf(RuntimeException.class);
            assertThatThrownBy(() -> identity.personOf(first)).isInstanceOf(RuntimeException.class);
        }
    }

    @Test
    void timeoutThrowsAfterTheConfiguredLatency() {
        StubEducationRegistry registry = new StubEducationRegistry(persons,
                RegistryBehaviour.parse("timeout:3s"), sleeper);

        assertThatThrownBy(() -> registry.educationOf(first))
                .isInstanceOf(RegistryUnavailableException.class)
                .hasMessage("EDUCATION unavailable: timed out");
        assertThat(sleeper.slept()).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void failFirstTwoFailsTwiceThenAnswersForTheSamePerson() {
        StubEducationRegistry registry = new StubEducationRegistry(persons, RegistryBehaviour.failFirst(2), sleeper);

        assertThatThrownBy(() -> registry.educationOf(first)).isInstanceOf(RegistryUnavailableException.class)
                .hasMessageContaining("answered with an error");
        assertThatThrownBy(() -> registry.educationOf(first)).isInstanceOf(RegistryUnavailableException.class);
        assertThat(registry.educationOf(first).education()).hasSize(1);
        assertThat(registry.educationOf(first).education()).hasSize(1);
    }

    @Test
    void failFirstCountsEachPersonSeparately() {
        StubProhibitionRegistry registry = new StubProhibitionRegistry(persons, RegistryBehaviour.failFirst(1),
                sleeper);
        SpecialtyCode therapy = SpecialtyCode.of("THERAPY");

        assertThatThrownBy(() -> registry.prohibitionOf(first, therapy))
                .isInstanceOf(RegistryUnavailableException.class);
        assertThatThrownBy(() -> registry.prohibitionOf(second, therapy))
                .isInstanceOf(RegistryUnavailableException.class);
        assertThat(registry.prohibitionOf(first, therapy)).isEqualTo(Prohibition.NONE);
        assertThat(registry.prohibitionOf(second, therapy)).isEqualTo(Prohibition.NONE);
    }

    @Test
    void failFirstFailsExactlyNTimesUnderConcurrentCalls() throws Exception {
        StubCertificateRegistry registry = new StubCertificateRegistry(persons, RegistryBehaviour.failFirst(5),
                sleeper);
        List<Callable<Boolean>> calls = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            calls.add(() -> {
                try {
                    registry.certificatesOf(first);
                    return true;
                } catch (RegistryUnavailableException e) {
                    return false;
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);

        List<Future<Boolean>> results = pool.invokeAll(calls);
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

        long failed = 0;
        for (Future<Boolean> result : results) {
            failed += result.get() ? 0 : 1;
        }
        assertThat(failed).isEqualTo(5);
    }

    @Test
    void latencyWaitsThenAnswers() {
        StubEmploymentRegistry registry = new StubEmploymentRegistry(persons,
                RegistryBehaviour.latency(Duration.ofMillis(150)), sleeper);

        assertThat(registry.employmentOf(first)).hasSize(1);
        assertThat(sleeper.slept()).containsExactly(Duration.ofMillis(150));
    }

    @Test
    void latencyReallyDelaysTheAnswerWithTheThreadSleeper() {
        StubIdentityRegistry registry = new StubIdentityRegistry(persons,
                RegistryBehaviour.latency(Duration.ofMillis(60)), Sleeper.THREAD);
        long start = System.nanoTime();

        boolean held = registry.personOf(first).isPresent();

        assertThat(held).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(60));
    }

    @Test
    void anInterruptedWaitIsAnUnavailableRegistryAndKeepsTheInterrupt() {
        StubNameChangeRegistry registry = new StubNameChangeRegistry(persons,
                RegistryBehaviour.latency(Duration.ofSeconds(5)), Sleeper.THREAD);
        Thread.currentThread().interrupt();

        assertThatThrownBy(() -> registry.holdsNameChange(first)).isInstanceOf(RegistryUnavailableException.class)
                .hasMessageContaining("NAME_CHANGES unavailable: interrupted");
        assertThat(Thread.interrupted()).isTrue();
    }

    @Test
    void theInjectedConstructorTakesEachRegistrysOwnBehaviour() {
        RegistryBehaviours behaviours = RegistryBehaviours.parse("EMPLOYMENT=error");

        assertThat(new StubEducationRegistry(persons, behaviours).educationOf(first).education()).hasSize(1);
        assertThatThrownBy(() -> new StubEmploymentRegistry(persons, behaviours).employmentOf(first))
                .isInstanceOf(RegistryUnavailableException.class).hasMessageStartingWith("EMPLOYMENT unavailable");
    }

    @Test
    void aRegistrySwitchedWhileRunning_failsFromTheNextCall_andAnswersAgainOnceRecovered() {
        RegistryFaults faults = RegistryFaults.none();
        StubCertificateRegistry registry = new StubCertificateRegistry(persons, faults);
        assertThat(registry.certificatesOf(first)).hasSize(1);

        faults.set(StateRegistry.CERTIFICATES, RegistryBehaviour.of(Mode.ERROR));
        assertThatThrownBy(() -> registry.certificatesOf(first)).isInstanceOf(RegistryUnavailableException.class);
        faults.recover(StateRegistry.CERTIFICATES);

        assertThat(registry.certificatesOf(first)).hasSize(1);
        assertThat(faults.behaviourOf(StateRegistry.CERTIFICATES)).isEqualTo(RegistryBehaviour.NORMAL);
    }

    @Test
    void switchingToFailFirst_countsTheFailuresAfresh() {
        RegistryFaults faults = new RegistryFaults(RegistryBehaviours.parse("EDUCATION=fail-first:1"));
        StubEducationRegistry registry = new StubEducationRegistry(persons, faults);
        assertThatThrownBy(() -> registry.educationOf(first)).isInstanceOf(RegistryUnavailableException.class);
        assertThat(registry.educationOf(first).education()).hasSize(1);

        faults.set(StateRegistry.EDUCATION, RegistryBehaviour.failFirst(1));

        assertThatThrownBy(() -> registry.educationOf(first)).isInstanceOf(RegistryUnavailableException.class);
        assertThat(registry.educationOf(first).education()).hasSize(1);
        assertThat(faults).hasToString("EDUCATION=fail-first:1");
    }
}
