package kz.medcert.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Predicate;
import kz.medcert.application.port.out.CertificateRegister;
import kz.medcert.application.testing.RegisterFixtures;
import kz.medcert.domain.certificate.CertificateNumber;
import kz.medcert.domain.certificate.IssuedCertificate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the service on one PostgreSQL, each keeping register entries in memory: what one of them changes
 * in the register, the other answers within {@link #BOUND} (README, "Several instances"), told by PostgreSQL's
 * LISTEN/NOTIFY; and an instance whose listening connection is cut stops answering from memory.
 */
class PostgresRegisterAcrossInstancesTest {
    /** What README promises: a change committed on one instance is answered by every other one within this. */
    static final Duration BOUND = Duration.ofSeconds(2);
    private static final Instant AT = Instant.parse("2027-01-10T06:00:00Z");
    private static Database first;
    private static Database second;
    private static CertificateRegister onFirst;
    private static CertificateRegister onSecond;

    @BeforeAll
    static void openTwoInstances() {
        String url = TestPostgres.freshDatabase("register_two_instances");
        first = Database.open(url, "postgres", "").cacheRegisterEntries();
        second = Database.open(url, "postgres", "").cacheRegisterEntries();
        onFirst = new JdbiCertificateRegister(first.jdbi());
        onSecond = new JdbiCertificateRegister(second.jdbi());
    }

    @AfterAll
    static void closeBoth() {
        if (first != null) {
            first.close();
        }
        if (second != null) {
            second.close();
        }
    }

    @BeforeEach
    void emptyRegister_bothListening() {
        first.jdbi().useTransaction(h -> {
            h.execute("DELETE FROM issued_certificate");
            h.execute("DELETE FROM certificate_serial");
        });
        first.jdbi().getConfig(RegisterEntryCache.class).clear();
        second.jdbi().getConfig(RegisterEntryCache.class).clear();
        awaitListening(first);
        awaitListening(second);
    }

    @Test
    void aRevocationOnOneInstance_isAnsweredByTheOther_withinTheBound_R88() {
        IssuedCertificate entry = RegisterFixtures.full(RegisterFixtures.number(2026, 1), LocalDate.of(2026, 1, 5));
        onFirst.add(entry);
        assertThat(onSecond.find(entry.number())).contains(entry); // now in the second's memory
        assertThat(onSecond.find(entry.number())).contains(entry);

        IssuedCertificate revoked = entry.revoked(RegisterFixtures.revocation(LocalDate.of(2027, 1, 10), "OFFICER"));
        onFirst.update(revoked, AT);
        long committed = System.nanoTime();

        Duration seenAfter = awaitOnSecond(entry.number(), c -> c.revocation().isPresent());
        System.out.printf("register across instances: revocation seen on the other instance %.1f ms after commit%n",
                seenAfter.toNanos() / 1e6);
        assertThat(onSecond.find(entry.number())).contains(revoked);
        assertThat(Duration.ofNanos(System.nanoTime() - committed)).isLessThanOrEqualTo(BOUND.plusSeconds(1));
    }

    @Test
    void aSupersessionByAnEntryIssuedOnOneInstance_isAnsweredByTheOther_R14_R75() {
        IssuedCertificate earlier = RegisterFixtures.bare(RegisterFixtures.number(2024, 1), RegisterFixtures.HOLDER);
        onFirst.add(earlier);
        assertThat(onSecond.find(earlier.number()).orElseThrow().supersession()).isEmpty();

        onFirst.add(RegisterFixtures.bare(RegisterFixtures.number(2025, 1), RegisterFixtures.HOLDER));

        awaitOnSecond(earlier.number(), c -> c.supersession().isPresent());
    }

    @Test
    void anInstanceWhoseListenerIsCut_readsTheDatabase_untilItListensAgain() {
        IssuedCertificate entry = RegisterFixtures.full(RegisterFixtures.number(2026, 2), LocalDate.of(2026, 1, 5));
        onFirst.add(entry);
        assertThat(onSecond.find(entry.number())).contains(entry);

        // the server ends every listener's session, as a restart or a network cut would
        first.jdbi().useHandle(h -> h.createQuery("SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity "
                + "WHERE application_name = 'medcert register listener'").mapTo(Long.class).one());
        IssuedCertificate revoked = entry.revoked(RegisterFixtures.revocation(LocalDate.of(2027, 1, 10), "OFFICER"));
        onFirst.update(revoked, AT);

        awaitOnSecond(entry.number(), c -> c.revocation().isPresent());
        awaitListening(second);
        assertThat(onSecond.find(entry.number())).contains(revoked);
    }

    private static Duration awaitOnSecond(CertificateNumber number, Predicate<IssuedCertificate> seen) {
        long start = System.nanoTime();
        long deadline = start + BOUND.toNanos();
        while (true) {
            Optional<IssuedCertificate> read = onSecond.find(number);
            if (read.filter(seen).isPresent()) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            assertThat(System.nanoTime() - deadline).as("seen on the other instance within %s", BOUND)
                    .isNegative();
            sleep(1);
        }
    }

    private static void awaitListening(Database database) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!database.jdbi().getConfig(RegisterEntryCache.class).active()) {
            assertThat(System.nanoTime() - deadline).as("the register listener listens").isNegative();
            sleep(10);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
