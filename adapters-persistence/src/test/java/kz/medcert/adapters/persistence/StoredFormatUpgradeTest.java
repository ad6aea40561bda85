package kz.medcert.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import kz.medcert.adapters.persistence.stored.RequestStateJson;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.evaluation.Ground;
import kz.medcert.domain.request.CertificationRequest;
import kz.medcert.domain.request.RefusalReasons;
import kz.medcert.domain.request.RequestId;
import kz.medcert.domain.request.RequestStatus;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A row a build of format 1 stored (golden/v1) in the schema of that time is read by the repository as the request it
 * holds, listed in the officers' queue (whose table V18 fills from the stored states), and written back in the
 * current format at its next change: rows are upgraded as they change, no migration rewrites the table. On HSQLDB
 * and PostgreSQL.
 */
class StoredFormatUpgradeTest {
    /** The schema an older build left: the last before the queue's own table (V18). */
    private static final String OLD_SCHEMA = "17";
    private static int databases;

    static Stream<Arguments> databases() {
        return Stream.of(Arguments.of("HSQLDB", Database.memoryUrl("upgrade-" + UUID.randomUUID()), "SA"),
                Arguments.of("PostgreSQL", TestPostgres.freshDatabase("format_upgrade_" + ++databases), "postgres"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aRowOfFormat1_isRead_queued_andWrittenBackInTheCurrentFormat(String vendor, String url, String user)
            throws IOException {
        JsonNode row = golden("accepted-eligible");
        RequestId id = RequestId.parse(row.at("/id/value").asText());
        Database.migrations(Vendor.of(url)).dataSource(url, user, "").target(OLD_SCHEMA).load().migrate();
        storeAsFormat1(Jdbi.create(url, user, ""), row, 3);
        try (Database database = Database.open(url, user, "")) {
            JdbiCertificationRequestRepository repository = new JdbiCertificationRequestRepository(database.jdbi());
            CertificationRequest accepted = repository.find(id).orElseThrow();

            assertThat(accepted.version()).isEqualTo(3);
            assertThat(accepted.status()).isEqualTo(RequestStatus.ACCEPTED);
            assertThat(accepted.state().applicant().iin().value()).isEqualTo("850412413718");
            assertThat(accepted.contentDigest())
                    .isEqualTo(accepted.state().submission().orElseThrow().contentDigest());
            assertThat(repository.awaitingDecision(Optional.of(Department.of(Region.ALMATY_CITY)),
                    LocalDate.of(2026, 11, 23), 0, 10).page()).containsExactly(accepted);

            // R85: ground 1 names the upload found unreliable
            RefusalReasons reasons = new RefusalReasons(List.of(Ground.GROUND_1_UNRELIABLE_DATA), List.of(),
                    "Удостоверение о повышении квалификации не подтверждено организацией образования.",
                    List.of(accepted.state().attachments().get(0).id()));
            CertificationRequest proposed = repository.save(accepted.refusalProposed(reasons,
                    LocalDate.of(2026, 11, 25), "OFFICER 1 ALMATY_CITY", Instant.parse("2026-11-23T05:00:00Z")));

            assertThat(proposed.version()).isEqualTo(4);
            assertThat(storedFormat(database, id)).isEqualTo(RequestStateJson.FORMAT);
            assertThat(repository.find(id).orElseThrow().state()).isEqualTo(proposed.state());
        }
    }

    /** Inserts the row as a build of format 1 wrote it, before the queue's copies of the due date (V8) existed. */
    private static void storeAsFormat1(Jdbi jdbi, JsonNode state, long version) {
        OffsetDateTime started = OffsetDateTime.parse(state.get("startedAt").asText()).withOffsetSameInstant(
                ZoneOffset.UTC);
        jdbi.useTransaction(h -> h.createUpdate("INSERT INTO certification_request ("
                        + CertificationRequestRow.COLUMNS + ") VALUES (:id, :iin, :status, :version, :started, "
                        + ":started, 1, :state, :department, NULL, NULL, FALSE)")
                .bind("id", UUID.fromString(state.at("/id/value").asText()))
                .bind("iin", state.at("/applicant/iin/value").asText())
                .bind("status", state.get("status").asText()).bind("version", version).bind("started", started)
                .bind("state", state.toString()).bind("department", state.at("/applicant/region").asText())
                .execute());
    }

    private static int storedFormat(Database database, RequestId id) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT state_format FROM certification_request "
                + "WHERE id = :id").bind("id", id.value()).mapTo(Integer.class).one());
    }

    private static JsonNode golden(String name) throws IOException {
        String path = "/kz/medcert/adapters/persistence/golden/v1/" + name + ".json";
        try (InputStream in = StoredFormatUpgradeTest.class.getResourceAsStream(path)) {
            JsonNode file = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(in);
            assertThat(file.get("format").intValue()).isEqualTo(1);
            return file.get("state");
        }
    }
}
