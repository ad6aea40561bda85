package kz.medcert.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.stream.Stream;
import kz.medcert.domain.request.RequestId;
import kz.medcert.domain.request.RequestStatus;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Schema version 14 on requests stored before it: a request that waited for its registries is still on the
 * registry-retry worker's list, one that was submitted is not (R21, R70); on HSQLDB and PostgreSQL.
 */
class RegistryRetryMigrationTest {
    // the columns before version 14
    private static final String INSERT_V9 = "INSERT INTO certification_request (id, applicant_iin, status, version, "
            + "started_at, updated_at, state_format, state, department, decision_due, submitted_at) VALUES (:id, :iin, "
            + ":status, 2, :started, :started, 1, :state, :department, NULL, NULL)";

    static Stream<Arguments> databases() {
        return Stream.of(Arguments.of("HSQLDB", Database.memoryUrl("v14-" + UUID.randomUUID()), "SA"),
                Arguments.of("PostgreSQL", TestPostgres.freshDatabase("v14_" + UUID.randomUUID().toString()
                        .replace("-", "")), "postgres"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aRequestThatWaitedForItsRegistries_staysOnTheWorkersList_afterVersion14_R21_R70(String vendor, String url,
                                                                                        String user)
            throws IOException {
        Database.migrations(Vendor.of(url)).dataSource(url, user, "").target("9").load().migrate();
        JsonNode waiting = golden("awaiting-registries-fetch-failed");
        JsonNode accepted = golden("accepted-eligible");
        Jdbi.create(url, user, "").useTransaction(h -> {
            insert(h, waiting);
            insert(h, accepted);
        });
        try (Database database = Database.open(url, user, "")) {
            JdbiCertificationRequestRepository repository = new JdbiCertificationRequestRepository(database.jdbi());

            assertThat(repository.claimDue(100)).containsExactly(id(waiting));
            assertThat(repository.find(id(waiting)).orElseThrow().status())
                    .isEqualTo(RequestStatus.AWAITING_REGISTRIES);
            assertThat(repository.find(id(accepted)).orElseThrow().status()).isEqualTo(RequestStatus.ACCEPTED);
        }
    }

    private static void insert(org.jdbi.v3.core.Handle h, JsonNode state) {
        h.createUpdate(INSERT_V9).bind("id", id(state).value()).bind("iin", state.at("/applicant/iin/value").asText())
                .bind("status", state.get("status").asText())
                .bind("started", OffsetDateTime.parse(state.get("startedAt").asText())
                        .withOffsetSameInstant(ZoneOffset.UTC))
                .bind("state", state.toString()).bind("department", state.at("/applicant/region").asText())
                .execute();
    }

    private static RequestId id(JsonNode state) {
        return RequestId.parse(state.at("/id/value").asText());
    }

    private static JsonNode golden(String name) throws IOException {
        String path = "/kz/medcert/adapters/persistence/golden/v1/" + name + ".json";
        try (InputStream in = RegistryRetryMigrationTest.class.getResourceAsStream(path)) {
            return new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(in)
                    .get("state");
        }
    }
}
