package kz.medcert.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import kz.medcert.application.testing.JourneyFixtures;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.request.CertificationRequest;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;
import org.junit.jupiter.api.Test;

/**
 * Schema version 15 on requests stored before it: a request already awaiting a decision gets its copy of the declared
 * specialty from its stored state, so that the officers' queue filtered by specialty finds it (R71, R73).
 */
class QueueSpecialtyMigrationTest {
    // the columns before version 15 (here at 9, the last before it), without the one that version 15 adds
    private static final String INSERT_V14 = "INSERT INTO certification_request (id, applicant_iin, status, version, "
            + "started_at, updated_at, state_format, state, department, decision_due, submitted_at) VALUES (:id, "
            + ":applicantIin, :status, :version, :startedAt, :updatedAt, :stateFormat, :state, :department, "
            + ":decisionDue, :submittedAt)";

    @Test
    void anAcceptedRequestStoredBeforeVersion15_isFoundByItsDeclaredSpecialty_afterIt() {
        String url = Database.memoryUrl("v15-" + UUID.randomUUID());
        Database.migrations(Vendor.of(url)).dataSource(url, "SA", "").target("9").load().migrate();
        CertificationRequest accepted = JourneyFixtures.submitted(JourneyFixtures.awaitingDocuments(
                JourneyFixtures.awaitingRegistries(JourneyFixtures.started())), LocalDate.of(2024, 12, 9));
        Jdbi old = Jdbi.create(url, "SA", "");
        old.useHandle(h -> {
            h.getConfig(SqlStatements.class).setUnusedBindingAllowed(true);
            CertificationRequestRow.of(accepted, 1).bindTo(h.createUpdate(INSERT_V14)).execute();
        });
        Region region = accepted.state().identity().region().orElseThrow();

        try (Database database = Database.open(url, "SA", "")) {
            var queue = new JdbiCertificationRequestRepository(database.jdbi()).awaitingDecision(
                    Optional.of(Department.of(region)), Optional.empty(),
                    Optional.of(accepted.state().form().declaredSpecialty()), LocalDate.of(2024, 12, 2), 0, 10);

            assertThat(queue.page()).extracting(CertificationRequest::id).containsExactly(accepted.id());
        }
    }
}
