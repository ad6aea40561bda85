package kz.medcert.adapters.persistence;

import static kz.medcert.application.testing.JourneyFixtures.attachUpload;
import static kz.medcert.application.testing.JourneyFixtures.awaitingDocuments;
import static kz.medcert.application.testing.JourneyFixtures.awaitingRegistries;
import static kz.medcert.application.testing.JourneyFixtures.pdf;
import static kz.medcert.application.testing.JourneyFixtures.started;
import static kz.medcert.application.testing.JourneyFixtures.submitted;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import kz.medcert.domain.audit.ChainCheck;
import kz.medcert.domain.request.CertificationRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HSQLDB in files: what was committed is there after a restart, with the durability settings in force. */
class HsqldbFileDatabaseTest {
    @TempDir
    Path dataDirectory;

    @Test
    void storedRequestsAndContent_surviveARestart() {
        byte[] content = pdf(300_000, 11);
        UUID attachmentId = UUID.randomUUID();
        CertificationRequest saved;
        try (Database database = Database.open(Database.fileUrl(dataDirectory), "SA", "")) {
            JdbiCertificationRequestRepository repository = new JdbiCertificationRequestRepository(database.jdbi());
            CertificationRequest stored = repository.add(started());
            stored = attachUpload(repository, stored, attachmentId, content);
            stored = repository.save(awaitingDocuments(repository.save(awaitingRegistries(stored))));
            saved = repository.save(submitted(stored));
        }

        try (Database reopened = Database.open(Database.fileUrl(dataDirectory), "SA", "")) {
            JdbiCertificationRequestRepository repository = new JdbiCertificationRequestRepository(reopened.jdbi());

            assertThat(repository.find(saved.id()).orElseThrow().state()).isEqualTo(saved.state());
            assertThat(repository.content(saved.id(), attachmentId)).hasValue(content);
        }
    }

    @Test
    void theAuditChain_survivesARestart_andGoesOnFromItsHead() {
        CertificationRequest stored;
        try (Database database = Database.open(Database.fileUrl(dataDirectory), "SA", "")) {
            JdbiCertificationRequestRepository repository = new JdbiCertificationRequestRepository(database.jdbi());
            stored = repository.save(awaitingRegistries(repository.add(started())));
        }

        try (Database reopened = Database.open(Database.fileUrl(dataDirectory), "SA", "")) {
            JdbiCertificationRequestRepository repository = new JdbiCertificationRequestRepository(reopened.jdbi());
            CertificationRequest later = repository.save(awaitingDocuments(stored));
            JdbiAuditTrail trail = new JdbiAuditTrail(reopened.jdbi());

            assertThat(trail.trailOf(stored.id())).hasSize(later.state().history().size());
            assertThat(trail.verifyAll()).isInstanceOf(ChainCheck.Intact.class)
                    .extracting(check -> ((ChainCheck.Intact) check).entries()).isEqualTo(11L);
        }
    }

    @Test
    void settings_syncEachCommit_andCacheTables_evenForADatabaseCreatedWithoutThem() {
        String plainUrl = "jdbc:hsqldb:file:" + dataDirectory.resolve("plain");
        Database.open(plainUrl, "SA", "").close();

        try (Database database = Database.open(plainUrl, "SA", "")) {
            assertThat(setting(database, "hsqldb.write_delay_millis")).isEqualTo("0");
            assertThat(setting(database, "hsqldb.tx")).isEqualTo("mvcc");
            String tableType = database.jdbi().withHandle(h -> h.createQuery("SELECT hsqldb_type FROM "
                    + "information_schema.system_tables WHERE table_name = 'CERTIFICATION_REQUEST'")
                    .mapTo(String.class).one());
            assertThat(tableType).isEqualTo("CACHED");
        }
    }

    @Test
    void readiness_isTrue_whileOpen_andFalse_afterClosing() {
        Database database = Database.open(Database.fileUrl(dataDirectory), "SA", "");
        boolean open = database.readiness();

        database.close();

        assertThat(open).isTrue();
        assertThat(database.readiness()).isFalse();
    }

    private static String setting(Database database, String name) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT property_value FROM "
                + "information_schema.system_properties WHERE property_name = :name")
                .bind("name", name).mapTo(String.class).findOne().orElse("<absent>")).toLowerCase();
    }
}
