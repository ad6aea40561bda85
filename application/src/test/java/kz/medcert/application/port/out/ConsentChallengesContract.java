package kz.medcert.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kz.medcert.application.port.out.ConsentChallenges.ConsentChallenge;
import kz.medcert.application.testing.RequestFixtures;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.request.RequestId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ConsentChallenges} promises (R60, R61): a code is kept as given (its hash) and found by its
 * reference; the limits on sending codes hold per request and per person, also for callers at once; a code takes no
 * more tries than allowed, also when they come at once, and none once it has expired. Extend it with a fresh store.
 */
public abstract class ConsentChallengesContract {
    protected static final Instant T0 = Instant.parse("2026-11-20T05:00:00Z");
    private static final String HASH = "ab".repeat(32);
    private static final ConsentLimits LIMITS = ConsentLimits.DEFAULTS;

    private ConsentChallenges challenges;
    private int references;

    protected abstract ConsentChallenges emptyStore();

    /** A request of {@code iin} the store may keep challenges for (stored first where the store needs it). */
    protected abstract RequestId storedRequest(Iin iin);

    @BeforeEach
    void setUp() {
        challenges = emptyStore();
    }

    private ConsentChallenge challenge(RequestId id, Iin iin, Instant at) {
        return new ConsentChallenge("CONSENT-" + (++references) + "-" + id.value(), id, iin, HASH, at,
                at.plus(Duration.ofMinutes(5)), 0);
    }

    @Test
    void aChallengeIsKeptAsGiven_andFoundByItsReference() {
        RequestId id = storedRequest(RequestFixtures.GRADUATE_IIN);
        ConsentChallenge challenge = challenge(id, RequestFixtures.GRADUATE_IIN, T0);

        assertThat(challenges.open(challenge, LIMITS)).isEmpty();

        assertThat(challenges.find(challenge.reference())).contains(challenge);
        assertThat(challenges.find("CONSENT-unknown")).isEmpty();
    }

    @Test
    void aSecondCodeForTheRequest_waitsAMinute_R60() {
        RequestId id = storedRequest(RequestFixtures.GRADUATE_IIN);
        challenges.open(challenge(id, RequestFixtures.GRADUATE_IIN, T0), LIMITS);

        Optional<Duration> wait = challenges.open(challenge(id, RequestFixtures.GRADUATE_IIN, T0.plusSeconds(20)),
                LIMITS);

        assertThat(wait).contains(Duration.ofSeconds(40));
        assertThat(challenges.open(challenge(id, RequestFixtures.GRADUATE_IIN, T0.plusSeconds(60)), LIMITS)).isEmpty();
    }

    @Test
    void aSixthCodeInAnHour_forTheRequest_waitsUntilTheFirstIsAnHourOld() {
        RequestId id = storedRequest(RequestFixtures.GRADUATE_IIN);
        for (int i = 0; i < 5; i++) {
            assertThat(challenges.open(challenge(id, RequestFixtures.GRADUATE_IIN, T0.plus(Duration.ofMinutes(2L * i))),
                    LIMITS)).isEmpty();
        }

        Optional<Duration> wait = challenges.open(challenge(id, RequestFixtures.GRADUATE_IIN,
                T0.plus(Duration.ofMinutes(30))), LIMITS);

        assertThat(wait).contains(Duration.ofMinutes(30));
        assertThat(challenges.open(challenge(id, RequestFixtures.GRADUATE_IIN, T0.plus(Duration.ofMinutes(60))),
                LIMITS)).isEmpty();
    }

    @Test
    void aPersonsCodesAreCountedOverAllTheirRequests_andNobodyElses() {
        List<RequestId> requests = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            requests.add(storedRequest(RequestFixtures.GRADUATE_IIN));
        }
        for (int i = 0; i < 5; i++) {
            assertThat(challenges.open(challenge(requests.get(i), RequestFixtures.GRADUATE_IIN, T0.plusSeconds(i)),
                    LIMITS)).isEmpty();
        }

        assertThat(challenges.open(challenge(requests.get(5), RequestFixtures.GRADUATE_IIN, T0.plusSeconds(10)),
                LIMITS)).contains(Duration.ofHours(1).minusSeconds(10));
        RequestId another = storedRequest(RequestFixtures.FOREIGN_IIN);
        assertThat(challenges.open(challenge(another, RequestFixtures.FOREIGN_IIN, T0.plusSeconds(10)), LIMITS))
                .isEmpty();
    }

    @Test
    void aRefusedChallengeIsNotKept() {
        RequestId id = storedRequest(RequestFixtures.GRADUATE_IIN);
        challenges.open(challenge(id, RequestFixtures.GRADUATE_IIN, T0), LIMITS);
        ConsentChallenge refused = challenge(id, RequestFixtures.GRADUATE_IIN, T0.plusSeconds(1));

        challenges.open(refused, LIMITS);

        assertThat(challenges.find(refused.reference())).isEmpty();
    }

    @Test
    void aCodeTakesNoMoreTriesThanAllowed_andNoneOnceExpired() {
        RequestId id = storedRequest(RequestFixtures.GRADUATE_IIN);
        ConsentChallenge challenge = challenge(id, RequestFixtures.GRADUATE_IIN, T0);
        challenges.open(challenge, LIMITS);

        for (int i = 1; i <= 5; i++) {
            assertThat(challenges.spendTry(challenge.reference(), 5, T0.plusSeconds(i))).hasValue(i);
        }

        assertThat(challenges.spendTry(challenge.reference(), 5, T0.plusSeconds(6))).isEmpty();
        assertThat(challenges.find(challenge.reference()).orElseThrow().tries()).isEqualTo(5);
        ConsentChallenge other = challenge(storedRequest(RequestFixtures.FOREIGN_IIN), RequestFixtures.FOREIGN_IIN, T0);
        challenges.open(other, LIMITS);
        assertThat(challenges.spendTry(other.reference(), 5, other.expiresAt())).isEmpty();
        assertThat(challenges.spendTry("CONSENT-unknown", 5, T0)).isEmpty();
    }

    @Test
    void triesSentAtOnce_spendNoMoreThanAllowed() throws Exception {
        RequestId id = storedRequest(RequestFixtures.GRADUATE_IIN);
        ConsentChallenge challenge = challenge(id, RequestFixtures.GRADUATE_IIN, T0);
        challenges.open(challenge, LIMITS);

        List<OptionalInt> tries = atOnce(20, () -> challenges.spendTry(challenge.reference(), 5, T0.plusSeconds(1)));

        assertThat(tries.stream().filter(OptionalInt::isPresent).mapToInt(OptionalInt::getAsInt).sorted().toArray())
                .containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void codesAskedAtOnceForOnePerson_passTheLimitOnlyAsOftenAsAllowed() throws Exception {
        List<RequestId> requests = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            requests.add(storedRequest(RequestFixtures.GRADUATE_IIN));
        }
        List<ConsentChallenge> asked = requests.stream()
                .map(id -> challenge(id, RequestFixtures.GRADUATE_IIN, T0)).toList();
        ConsentLimits onePerPerson = new ConsentLimits(Duration.ofMinutes(1), 5, 1);

        List<Optional<Duration>> answers = atOnce(asked.size(), new Callable<>() {
            private int next;

            @Override
            public Optional<Duration> call() {
                ConsentChallenge mine;
                synchronized (this) {
                    mine = asked.get(next++);
                }
                return challenges.open(mine, onePerPerson);
            }
        });

        assertThat(answers.stream().filter(Optional::isEmpty)).hasSize(1);
    }

    private static <T> List<T> atOnce(int count, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
