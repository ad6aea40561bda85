package kz.medcert.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restart skips Flyway only when the schema is at this build's newest migration (Database.schemaIsCurrent); any
 * other history goes through Flyway's migrate, which validates and applies.
 */
class SchemaVersionTest {

    @Test
    void theVersionTheStartChecks_isTheNewestMigrationFlywayFinds_onBothDatabases() {
        for (String url : new String[] {Database.memoryUrl("schema-" + UUID.randomUUID()),
                TestPostgres.freshDatabase("schema_" + UUID.randomUUID().toString().replace("-", ""))}) {
            try (Database database = Database.open(url, url.startsWith("jdbc:postgresql") ? "postgres" : "SA", "")) {
                MigrationInfo[] all = Database.migrations(Vendor.of(url)).dataSource(url,
                        url.startsWith("jdbc:postgresql") ? "postgres" : "SA", "").load().info().all();

                assertThat(all[all.length - 1].getVersion().getVersion()).as(url).isEqualTo(Database.SCHEMA_VERSION);
                assertThat(database.jdbi().withHandle(Database::schemaIsCurrent)).as(url).isTrue();
            }
        }
    }

    @Test
    void aDatabaseFlywayHasNotSeen_isNotCurrent() {
        String url = Database.memoryUrl("empty-" + UUID.randomUUID());
        try (Database database = Database.open(url, "SA", "")) {
            database.jdbi().useHandle(h -> h.execute("DROP TABLE \"flyway_schema_history\""));

            assertThat(database.jdbi().withHandle(Database::schemaIsCurrent)).isFalse();
        }
    }

    @Test
    void aFailedNewestMigration_isNotCurrent() {
        String url = Database.memoryUrl("failed-" + UUID.randomUUID());
        try (Database database = Database.open(url, "SA", "")) {
            database.jdbi().useHandle(h -> h.execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE "
                    + "WHERE \"version\" = '" + Database.SCHEMA_VERSION + "'"));

            assertThat(database.jdbi().withHandle(Database::schemaIsCurrent)).isFalse();
        }
    }

    @Test
    void aSchemaBehindThisBuild_isNotCurrent_andTheNextStartMigratesIt(@TempDir Path data) {
        String url = Database.fileUrl(data);
        try (Database database = Database.open(url, "SA", "")) {
            // as a database of the build before the newest migration left it
            database.jdbi().useHandle(h -> {
                h.execute("DROP INDEX issued_certificate_unreplaced_holder");
                h.execute("DROP INDEX issued_certificate_revoked_holder");
                h.execute("ALTER TABLE issued_certificate DROP COLUMN unreplaced_holder");
                h.execute("ALTER TABLE issued_certificate DROP COLUMN revoked_holder");
                h.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '" + Database.SCHEMA_VERSION
                        + "'");
            });
            assertThat(database.jdbi().withHandle(Database::schemaIsCurrent)).isFalse();
        }

        try (Database restarted = Database.open(url, "SA", "")) {
            assertThat(restarted.jdbi().withHandle(Database::schemaIsCurrent)).isTrue();
            // the newest migration's columns are back (the query fails without them)
            long columns = restarted.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(unreplaced_holder) "
                    + "+ COUNT(revoked_holder) FROM issued_certificate").mapTo(Long.class).one());
            assertThat(columns).isZero();
        }
    }
}
