package kz.medcert.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import kz.medcert.application.testing.JourneyFixtures;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.request.CertificationRequest;
import kz.medcert.domain.request.RequestStatus;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * Schema version 18 on requests stored before it: a request already awaiting a decision gets its row in the queue's
 * table from its stored state, found by its department, status and declared specialty; a request not yet submitted
 * gets none (R71, R73).
 */
class RequestQueueMigrationTest {
    private static final String BEFORE_THE_QUEUE_TABLE = "17";
    private static final String INSERT = "INSERT INTO certification_request (" + CertificationRequestRow.COLUMNS
            + ") VALUES (:id, :applicantIin, :status, :version, :startedAt, :updatedAt, :stateFormat, :state, "
            + ":department, :decisionDue, :submittedAt, :asksRegistries)";

    @Test
    void anAcceptedRequestStoredBeforeVersion18_isQueuedByItsDepartmentStatusAndSpecialty_andAStartedOneIsNot() {
        String url = Database.memoryUrl("v15-" + UUID.randomUUID());
        Database.migrations(Vendor.of(url)).dataSource(url, "SA", "").target(BEFORE_THE_QUEUE_TABLE).load().migrate();
        CertificationRequest accepted = JourneyFixtures.submitted(JourneyFixtures.awaitingDocuments(
                JourneyFixtures.awaitingRegistries(JourneyFixtures.started())), LocalDate.of(2024, 12, 9));
        CertificationRequest started = JourneyFixtures.started();
        Jdbi old = Jdbi.create(url, "SA", "");
        old.useHandle(h -> {
            CertificationRequestRow.of(accepted, 1).bindTo(h.createUpdate(INSERT)).execute();
            CertificationRequestRow.of(started, 1).bindTo(h.createUpdate(INSERT)).execute();
        });
        Region region = accepted.state().identity().region().orElseThrow();

        try (Database database = Database.open(url, "SA", "")) {
            var repository = new JdbiCertificationRequestRepository(database.jdbi());
            var narrowed = repository.awaitingDecision(Optional.of(Department.of(region)),
                    Optional.of(RequestStatus.ACCEPTED), Optional.of(accepted.state().form().declaredSpecialty()),
                    LocalDate.of(2024, 12, 2), 0, 10);
            var all = repository.awaitingDecision(Optional.empty(), LocalDate.of(2024, 12, 2), 0, 10);

            assertThat(narrowed.page()).extracting(CertificationRequest::id).containsExactly(accepted.id());
            assertThat(all.page()).extracting(CertificationRequest::id).containsExactly(accepted.id());
            assertThat(all.total()).isEqualTo(1);
        }
    }
}
