package kz.medcert.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import kz.medcert.application.port.out.DecisionQueue.AwaitingDecision;
import kz.medcert.application.port.out.OperationalCounts.AwaitingDecisionCount;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.request.CertificationRequest;
import kz.medcert.domain.request.RequestId;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Schema version 31 on requests stored before the queue's copies existed (V4: the department; V8: the decision due
 * date and the submission moment): a request that awaited a decision is in its department's queue and counts, and
 * overdue once its due date has passed (R71, R73, R78), as if it had been written today; one never submitted stays
 * out of every queue. On HSQLDB and PostgreSQL.
 */
class QueueCopiesMigrationTest {
    // the columns of version 3, before the department (V4) and the urgency copies (V8)
    private static final String INSERT_V3 = "INSERT INTO certification_request (id, applicant_iin, status, version, "
            + "started_at, updated_at, state_format, state) VALUES (:id, :iin, :status, 2, :started, :started, 1, "
            + ":state)";

    static Stream<Arguments> databases() {
        return Stream.of(Arguments.of("HSQLDB", Database.memoryUrl("v31-" + UUID.randomUUID()), "SA"),
                Arguments.of("PostgreSQL", TestPostgres.freshDatabase("v31_" + UUID.randomUUID().toString()
                        .replace("-", "")), "postgres"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aRequestStoredBeforeTheDepartmentWasCopied_isInItsDepartmentsQueue_afterVersion31_R71_R73_R78(
            String vendor, String url, String user) throws IOException {
        Database.migrations(Vendor.of(url)).dataSource(url, user, "").target("3").load().migrate();
        JsonNode accepted = golden("accepted-eligible");
        JsonNode draft = golden("awaiting-consent");
        Jdbi.create(url, user, "").useTransaction(h -> {
            insert(h, accepted);
            insert(h, draft);
        });
        Department almaty = Department.of(Region.ALMATY_CITY);
        assertThat(accepted.at("/applicant/region").asText()).isEqualTo(Region.ALMATY_CITY.name());
        try (Database database = Database.open(url, user, "")) {
            JdbiCertificationRequestRepository repository = new JdbiCertificationRequestRepository(database.jdbi());
            CertificationRequest stored = repository.find(id(accepted)).orElseThrow();
            LocalDate due = stored.state().submission().orElseThrow().decisionDue();

            AwaitingDecision onTime = repository.awaitingDecision(Optional.of(almaty), due, 0, 10);
            assertThat(onTime.page()).containsExactly(stored);
            assertThat(onTime.total()).isEqualTo(1);
            assertThat(onTime.overdue()).isZero();
            assertThat(repository.awaitingDecision(Optional.of(almaty), due.plusDays(1), 0, 10).overdue())
                    .isEqualTo(1);
            assertThat(new JdbiOperationalCounts(database.jdbi()).awaitingDecisionByDepartment(due.plusDays(1)))
                    .containsEntry(almaty, new AwaitingDecisionCount(1, 1));
            assertThat(repository.find(id(accepted)).orElseThrow().version()).as("the request is unchanged")
                    .isEqualTo(2);
            Map<String, Object> draftRow = database.jdbi().withHandle(h -> h.createQuery("SELECT decision_due, "
                    + "submitted_at FROM certification_request WHERE id = :id").bind("id", id(draft).value())
                    .mapToMap().one());
            assertThat(draftRow.values()).as("never submitted: no copies").containsOnlyNulls();
        }
    }

    private static void insert(org.jdbi.v3.core.Handle h, JsonNode state) {
        h.createUpdate(INSERT_V3).bind("id", id(state).value()).bind("iin", state.at("/applicant/iin/value").asText())
                .bind("status", state.get("status").asText())
                .bind("started", OffsetDateTime.parse(state.get("startedAt").asText())
                        .withOffsetSameInstant(ZoneOffset.UTC))
                .bind("state", state.toString())
                .execute();
    }

    private static RequestId id(JsonNode state) {
        return RequestId.parse(state.at("/id/value").asText());
    }

    private static JsonNode golden(String name) throws IOException {
        String path = "/kz/medcert/adapters/persistence/golden/v1/" + name + ".json";
        try (InputStream in = QueueCopiesMigrationTest.class.getResourceAsStream(path)) {
            return new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(in)
                    .get("state");
        }
    }
}
