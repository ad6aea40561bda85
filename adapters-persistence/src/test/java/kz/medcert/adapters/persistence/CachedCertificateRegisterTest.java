package kz.medcert.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import kz.medcert.application.port.out.CertificateRegister;
import kz.medcert.application.port.out.CertificateRegisterContract;
import kz.medcert.application.testing.RegisterFixtures;
import kz.medcert.domain.certificate.CertificateNumber;
import kz.medcert.domain.certificate.IssuedCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The register contract with its entries kept in memory (an in-memory HSQLDB, one instance), and what the memory must
 * never do: answer with an entry that a committed revocation or supersession changed.
 */
class CachedCertificateRegisterTest extends CertificateRegisterContract {
    private static final Instant AT = Instant.parse("2027-01-10T06:00:00Z");
    private Database database;
    private CertificateRegister register;

    @BeforeEach
    void openDatabase() {
        database = Database.open(Database.memoryUrl("cached-register-" + UUID.randomUUID()), "SA", "")
                .cacheRegisterEntries();
        register = new JdbiCertificateRegister(database.jdbi());
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Override
    protected CertificateRegister register() {
        return register;
    }

    @Test
    void aReadIsAnsweredFromMemory_soAChangeBehindTheServicesBackIsNotSeen() {
        IssuedCertificate entry = RegisterFixtures.bare(RegisterFixtures.number(2024, 1), RegisterFixtures.HOLDER);
        register.add(entry);
        assertThat(register.find(entry.number())).contains(entry);

        database.jdbi().useHandle(h -> h.execute("UPDATE issued_certificate SET revoked_on = DATE '2025-01-01', "
                + "revocation_ground = 'GROUND_4', revocation_reason = 'by hand', revoked_by = 'SQL' "
                + "WHERE number = ?", entry.number().value()));

        assertThat(register.find(entry.number())).contains(entry); // until it expires (RegisterEntryCache.TIME_TO_LIVE)
        database.jdbi().getConfig(RegisterEntryCache.class).clear();
        assertThat(register.find(entry.number()).orElseThrow().revocation()).isPresent();
    }

    @Test
    void aRevocationIsSeenByTheNextRead_R88() {
        IssuedCertificate entry = RegisterFixtures.full(RegisterFixtures.number(2026, 1), LocalDate.of(2026, 1, 5));
        register.add(entry);
        assertThat(register.find(entry.number()).orElseThrow().revocation()).isEmpty();

        IssuedCertificate revoked = entry.revoked(RegisterFixtures.revocation(LocalDate.of(2027, 1, 10), "OFFICER 7"));
        register.update(revoked, AT);

        assertThat(register.find(entry.number())).contains(revoked);
    }

    @Test
    void aSupersessionIsSeenByTheNextRead_R14_R75() {
        IssuedCertificate earlier = RegisterFixtures.bare(RegisterFixtures.number(2024, 1), RegisterFixtures.HOLDER);
        IssuedCertificate later = RegisterFixtures.bare(RegisterFixtures.number(2025, 1), RegisterFixtures.HOLDER);
        register.add(earlier);
        assertThat(register.find(earlier.number()).orElseThrow().supersession()).isEmpty();

        register.add(later);

        assertThat(register.find(earlier.number()).orElseThrow().supersession())
                .hasValueSatisfying(s -> assertThat(s.by()).isEqualTo(later.number()));
    }

    @Test
    void anImportedReplacementIsSeenByTheNextRead_R75() {
        IssuedCertificate earlier = RegisterFixtures.bare(RegisterFixtures.number(2024, 1), RegisterFixtures.HOLDER);
        register.add(earlier);
        assertThat(register.find(earlier.number()).orElseThrow().supersession()).isEmpty();

        register.addAll(java.util.List.of(RegisterFixtures.bare(RegisterFixtures.number(2025, 7),
                RegisterFixtures.HOLDER)));

        assertThat(register.find(earlier.number()).orElseThrow().supersession()).isPresent();
    }

    @Test
    void aRolledBackChangeDropsNothingAndAnnouncesNothing() {
        IssuedCertificate entry = RegisterFixtures.bare(RegisterFixtures.number(2024, 1), RegisterFixtures.HOLDER);
        register.add(entry);
        register.find(entry.number());

        try {
            database.jdbi().useTransaction(h -> {
                RegisterEntryCache.changed(h, java.util.List.of(entry.number()));
                throw new IllegalStateException("rolled back");
            });
        } catch (IllegalStateException expected) {
            // the point of the test
        }
        database.jdbi().useHandle(h -> h.execute("UPDATE issued_certificate SET revoked_by = 'SQL', "
                + "revoked_on = DATE '2025-01-01', revocation_ground = 'GROUND_4', revocation_reason = 'x' "
                + "WHERE number = ?", entry.number().value()));

        assertThat(register.find(entry.number())).contains(entry);
    }

    /** A read that began before a commit must not put back what the commit changed, once the commit dropped it. */
    @Test
    void aReadRacingAChange_cannotPutTheOldEntryBack() throws Exception {
        RegisterEntryCache cache = new RegisterEntryCache();
        cache.enable(true);
        IssuedCertificate entry = RegisterFixtures.bare(RegisterFixtures.number(2024, 1), RegisterFixtures.HOLDER);
        IssuedCertificate revoked = entry.revoked(RegisterFixtures.revocation(LocalDate.of(2025, 1, 10), "OFFICER"));
        CertificateNumber number = entry.number();
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch committed = new CountDownLatch(1);

        CompletableFuture<Optional<IssuedCertificate>> slowRead = CompletableFuture.supplyAsync(() ->
                cache.find(number, () -> {
                    reading.countDown();
                    await(committed);
                    return Optional.of(entry); // read before the revocation committed
                }));
        assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();
        cache.announced(number.value()); // the revocation's commit drops the number
        committed.countDown();
        assertThat(slowRead.get(10, TimeUnit.SECONDS)).contains(entry);

        assertThat(cache.find(number, () -> Optional.of(revoked))).contains(revoked);
    }

    @Test
    void whileSuspended_everyReadGoesToTheDatabase_andResumingStartsEmpty() {
        RegisterEntryCache cache = new RegisterEntryCache();
        cache.enable(true);
        IssuedCertificate entry = RegisterFixtures.bare(RegisterFixtures.number(2024, 1), RegisterFixtures.HOLDER);
        IssuedCertificate revoked = entry.revoked(RegisterFixtures.revocation(LocalDate.of(2025, 1, 10), "OFFICER"));
        cache.find(entry.number(), () -> Optional.of(entry));

        cache.suspend();
        assertThat(cache.active()).isFalse();
        assertThat(cache.find(entry.number(), () -> Optional.of(revoked))).contains(revoked);
        cache.resume();

        assertThat(cache.find(entry.number(), () -> Optional.of(revoked))).contains(revoked);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
