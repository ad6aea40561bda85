package kz.medcert.application.port.out;

import static kz.medcert.application.testing.JourneyFixtures.awaitingRegistries;
import static kz.medcert.application.testing.JourneyFixtures.started;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.time.Instant;
import java.util.UUID;
import kz.medcert.application.port.out.OperationalCounts.AwaitingDecisionCount;
import kz.medcert.application.testing.JourneyFixtures;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.audit.AuditedStep;
import kz.medcert.domain.evaluation.Ground;
import kz.medcert.domain.request.CertificationRequest;
import kz.medcert.domain.request.RefusalReasons;
import kz.medcert.domain.request.RequestId;
import kz.medcert.domain.request.RequestStatus;
import org.junit.jupiter.api.Test;

/**
 * What every {@link OperationalCounts} promises, counted from what the store holds: requests by status, what awaits a
 * decision per department with how much of it was due before a given day (R73, R78), and the audit chain's length
 * (the requests' steps and the administrators' operations). Run against the in-memory store (application) and JDBI on
 * HSQLDB and PostgreSQL (adapters-persistence). Each subclass hands out an empty store per test.
 */
public abstract class OperationalCountsContract extends AuditedStoreContract {
    private static final LocalDate TODAY = LocalDate.of(2024, 12, 10);

    /** The counts over the store. */
    protected abstract OperationalCounts counts();

    @Test
    void anEmptyStore_hasNoRequests_andAnEmptyChain() {
        assertThat(counts().requestsByStatus()).isEmpty();
        assertThat(counts().awaitingDecisionByDepartment(TODAY)).isEmpty();
        assertThat(counts().auditChainLength()).isZero();
    }

    @Test
    void requestsAreCountedByStatus() {
        requests().add(started());
        requests().add(started());
        requests().save(awaitingRegistries(requests().add(started())));
        acceptedIn(Region.ASTANA, LocalDate.of(2024, 12, 11));

        assertThat(counts().requestsByStatus()).isEqualTo(Map.of(RequestStatus.AWAITING_CONSENT, 2L,
                RequestStatus.AWAITING_REGISTRIES, 1L, RequestStatus.ACCEPTED, 1L));
    }

    @Test
    void awaitingADecision_perDepartment_withWhatWasDueBeforeToday_R71_R73_R78() {
        acceptedIn(Region.ALMATY_CITY, LocalDate.of(2024, 12, 6));   // overdue on the 10th
        acceptedIn(Region.ALMATY_CITY, LocalDate.of(2024, 12, 10));  // due today: not yet overdue
        CertificationRequest proposed = acceptedIn(Region.ALMATY_CITY, LocalDate.of(2024, 12, 9));
        requests().save(proposed.refusalProposed(reasons(), LocalDate.of(2024, 12, 5), "OFFICER 1 ALMATY_CITY",
                proposed.state().startedAt().plusSeconds(7200)));   // proposed refusals await a decision too
        acceptedIn(Region.KARAGANDA, LocalDate.of(2024, 12, 11));
        CertificationRequest refused = acceptedIn(Region.KARAGANDA, LocalDate.of(2024, 12, 2));
        CertificationRequest heard = requests().save(refused.refusalProposed(reasons(), LocalDate.of(2024, 12, 3),
                "OFFICER 9 KARAGANDA", refused.state().startedAt().plusSeconds(7200)));
        requests().save(heard.refused(reasons(), LocalDate.of(2024, 12, 4), "OFFICER 9 KARAGANDA",
                refused.state().startedAt().plusSeconds(9600)));   // decided: no longer awaiting
        requests().add(started());                                // not yet submitted

        assertThat(counts().awaitingDecisionByDepartment(TODAY)).isEqualTo(Map.of(
                Department.of(Region.ALMATY_CITY), new AwaitingDecisionCount(3, 2),
                Department.of(Region.KARAGANDA), new AwaitingDecisionCount(1, 0)));
    }

    @Test
    void theChainsLength_isTheNumberOfEntriesAppended_operationsIncluded() {
        CertificationRequest request = requests().add(started());
        requests().save(awaitingRegistries(request));
        journal().append(new AuditedStep(new RequestId(UUID.randomUUID()), Instant.parse("2024-12-10T05:00:00Z"),
                "ADMIN ADM-1", "REGISTER_IMPORT_STARTED", "file register.csv"));

        assertThat(trail().trailOf(request.id())).hasSizeGreaterThan(1);
        assertThat(counts().auditChainLength()).isEqualTo(trail().trailOf(request.id()).size() + 1);
    }

    private CertificationRequest acceptedIn(Region region, LocalDate decisionDue) {
        return JourneyFixtures.acceptedIn(requests(), region, decisionDue);
    }

    private static RefusalReasons reasons() {
        return new RefusalReasons(List.of(Ground.GROUND_4_COURT_PROHIBITION), List.of(),
                "Приговор суда о запрещении деятельности.");
    }
}
