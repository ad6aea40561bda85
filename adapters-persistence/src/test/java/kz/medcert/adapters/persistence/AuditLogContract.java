package kz.medcert.adapters.persistence;

import static kz.medcert.application.testing.JourneyFixtures.awaitingRegistries;
import static kz.medcert.application.testing.JourneyFixtures.started;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import kz.medcert.application.port.out.AuditTrailContract;
import kz.medcert.application.port.out.RequestStorePorts;
import kz.medcert.domain.audit.AuditChain;
import kz.medcert.domain.audit.AuditEntry;
import kz.medcert.domain.audit.AuditedStep;
import kz.medcert.domain.audit.Breach;
import kz.medcert.domain.audit.ChainCheck;
import kz.medcert.domain.request.CertificationRequest;
import org.jdbi.v3.core.HandleConsumer;
import org.junit.jupiter.api.Test;

/**
 * The audit log's contract on a database, and what only a database shows: any change made to the log behind the
 * service's back (by SQL, past the application) is found by verifying the chain and named, the entries of a deleted
 * request stay on the chain, and the chain is verified in batches. Each subclass hands out an empty database per test.
 */
abstract class AuditLogContract extends AuditTrailContract {

    /** A database with an empty audit log, fresh for each test. */
    protected abstract Database database();

    /** Runs SQL as an intruder with direct access to the database would: past any guard the schema has. */
    protected abstract void tamper(HandleConsumer<RuntimeException> change);

    @Override
    protected RequestStorePorts requestStore() {
        return RequestStorePorts.of(repository());
    }

    private JdbiCertificationRequestRepository repository() {
        return new JdbiCertificationRequestRepository(database().jdbi());
    }

    @Override
    protected JdbiAuditTrail trail() {
        return new JdbiAuditTrail(database().jdbi());
    }

    @Override
    protected JdbiAuditJournal journal() {
        return new JdbiAuditJournal(database().jdbi());
    }

    static ChainCheck.Broken broken(ChainCheck check) {
        assertThat(check.isIntact()).as("the chain should be found broken: %s", check).isFalse();
        return (ChainCheck.Broken) check;
    }

    @Test
    void theEntriesOfADeletedRequest_stayOnTheChain() {
        CertificationRequest gone = journey();
        CertificationRequest kept = repository().save(awaitingRegistries(repository().add(started())));
        database().jdbi().useTransaction(h -> {
            h.execute("DELETE FROM request_attachment_content WHERE request_id = ?", gone.id().value());
            h.execute("DELETE FROM certification_request WHERE id = ?", gone.id().value());
        });
        tamper(h -> h.execute("UPDATE audit_log SET detail = 'SMS OTP-00000' WHERE request_id = ? "
                + "AND event = 'CONSENT_REQUESTED'", gone.id().value()));

        ChainCheck.Broken broken = broken(trail().verifyAll());

        assertThat(broken.sequence()).isEqualTo(2);
        assertThat(broken.breach()).isEqualTo(Breach.ALTERED_CONTENT);
        assertThat(trail().trailOf(kept.id())).hasSize(3);
    }

    @Test
    void anAlteredDetail_isFound_andNamed() {
        CertificationRequest stored = journey();
        tamper(h -> h.execute("UPDATE audit_log SET detail = 'registries were not asked' WHERE seq = 3"));

        ChainCheck.Broken broken = broken(trail().verifyAll());

        assertThat(broken.sequence()).isEqualTo(3);
        assertThat(broken.breach()).isEqualTo(Breach.ALTERED_CONTENT);
        assertThat(broken.verified()).isEqualTo(2);
        assertThat(trail().trailOf(stored.id()).get(2).sealed()).isFalse();
    }

    @Test
    void anAlteredActorOrTime_isFound() {
        journey();
        tamper(h -> h.execute("UPDATE audit_log SET actor = ? WHERE seq = 5", OFFICER));
        tamper(h -> h.execute("UPDATE audit_log SET occurred_at = ? WHERE seq = 9",
                Instant.parse("2024-12-01T00:00:00Z").atOffset(ZoneOffset.UTC)));

        ChainCheck.Broken broken = broken(trail().verifyAll());

        assertThat(broken.sequence()).isEqualTo(5);
        assertThat(broken.breach()).isEqualTo(Breach.ALTERED_CONTENT);
    }

    @Test
    void anEntryRewrittenWithAFreshHash_isFoundAtTheNextEntry() {
        CertificationRequest stored = journey();
        AuditEntry second = trail().trailOf(stored.id()).get(1);
        AuditEntry third = trail().trailOf(stored.id()).get(2);
        AuditEntry forged = AuditChain.append(second, new AuditedStep(stored.id(), third.at(), third.actor(),
                third.event(), "registries were not asked"));
        tamper(h -> h.execute("UPDATE audit_log SET detail = ?, hash = ? WHERE seq = 3", forged.detail(),
                forged.hash()));

        ChainCheck.Broken broken = broken(trail().verifyAll());

        assertThat(broken.sequence()).isEqualTo(4);
        assertThat(broken.breach()).isEqualTo(Breach.BROKEN_LINK);
    }

    @Test
    void aDeletedEntry_isFound_andNamed() {
        journey();
        tamper(h -> h.execute("DELETE FROM audit_log WHERE seq = 4"));

        ChainCheck.Broken broken = broken(trail().verifyAll());

        assertThat(broken.sequence()).isEqualTo(4);
        assertThat(broken.breach()).isEqualTo(Breach.MISSING_ENTRY);
        assertThat(broken.explanation()).startsWith("entry 4 is missing");
    }

    @Test
    void deletedLastEntries_areFound_againstTheHead() {
        journey();
        tamper(h -> h.execute("DELETE FROM audit_log WHERE seq >= 12"));

        ChainCheck.Broken broken = broken(trail().verifyAll());

        assertThat(broken.sequence()).isEqualTo(12);
        assertThat(broken.breach()).isEqualTo(Breach.MISSING_ENTRY);
    }

    @Test
    void twoSwappedHashes_areFound_atTheFirstOfThem() {
        CertificationRequest stored = journey();
        List<AuditEntry> entries = trail().trailOf(stored.id());
        tamper(h -> {
            h.execute("UPDATE audit_log SET hash = ? WHERE seq = 6", entries.get(9).hash());
            h.execute("UPDATE audit_log SET hash = ? WHERE seq = 10", entries.get(5).hash());
        });

        ChainCheck.Broken broken = broken(trail().verifyAll());

        assertThat(broken.sequence()).isEqualTo(6);
        assertThat(broken.breach()).isEqualTo(Breach.ALTERED_CONTENT);
    }

    @Test
    void twoSwappedSequenceNumbers_areFound_atTheFirstOfThem() {
        journey();
        tamper(h -> {
            h.execute("UPDATE audit_log SET seq = -7 WHERE seq = 7");
            h.execute("UPDATE audit_log SET seq = 7 WHERE seq = 8");
            h.execute("UPDATE audit_log SET seq = 8 WHERE seq = -7");
        });

        ChainCheck.Broken broken = broken(trail().verifyAll());

        assertThat(broken.sequence()).isEqualTo(7);
        assertThat(broken.breach()).isEqualTo(Breach.ALTERED_CONTENT);
    }

    @Test
    void anEntryAddedBeyondTheHead_isFound() {
        CertificationRequest stored = journey();
        AuditEntry last = trail().trailOf(stored.id()).get(13);
        AuditEntry forged = AuditChain.append(last, new AuditedStep(stored.id(), last.at().plusSeconds(1), OFFICER,
                "REFUSED", "forged"));
        tamper(h -> AuditLogRow.of(forged).bindTo(h.createUpdate(AuditLogRow.INSERT)).execute());

        ChainCheck.Broken broken = broken(trail().verifyAll());

        assertThat(broken.sequence()).isEqualTo(15);
        assertThat(broken.breach()).isEqualTo(Breach.BROKEN_LINK);
        assertThat(broken.explanation()).contains("beyond the chain's head");
    }

    @Test
    void verifyAll_readsTheChainInBatches() {
        for (int i = 0; i < 3; i++) {
            journey();
        }
        JdbiAuditTrail smallBatches = new JdbiAuditTrail(database().jdbi(), 4);

        ChainCheck intact = smallBatches.verifyAll();
        tamper(h -> h.execute("UPDATE audit_log SET event = 'FETCHED' WHERE seq = 30"));
        ChainCheck afterTampering = smallBatches.verifyAll();

        assertThat(intact).isEqualTo(new ChainCheck.Intact(42, database().jdbi().withHandle(AuditLog::head)));
        assertThat(broken(afterTampering).sequence()).isEqualTo(30);
        assertThat(broken(afterTampering).verified()).isEqualTo(29);
    }
}
