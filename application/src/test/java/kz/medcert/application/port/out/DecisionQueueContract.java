package kz.medcert.application.port.out;

import static kz.medcert.application.testing.JourneyFixtures.STARTED;
import static kz.medcert.application.testing.JourneyFixtures.inRegion;
import static kz.medcert.application.testing.JourneyFixtures.started;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.evaluation.Ground;
import kz.medcert.domain.reference.SpecialtyCode;
import kz.medcert.domain.request.CertificationRequest;
import kz.medcert.domain.request.RefusalReasons;
import kz.medcert.domain.request.RequestStatus;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DecisionQueue} promises: the requests awaiting a decision of a department, the most urgent first,
 * narrowed by status and declared specialty, with the totals and the overdue count (R71, R73).
 */
public abstract class DecisionQueueContract extends RequestStoreContract {
    @Test
    void awaitingDecision_givesAPageOfTheDepartment_mostUrgentFirst_withTheTotals_R71_R73() {
        CertificationRequest later = acceptedIn(Region.ALMATY_CITY, LocalDate.of(2024, 12, 11));
        CertificationRequest sooner = acceptedIn(Region.ALMATY_CITY, LocalDate.of(2024, 12, 6));
        CertificationRequest middle = acceptedIn(Region.ALMATY_CITY, LocalDate.of(2024, 12, 9));
        CertificationRequest karaganda = acceptedIn(Region.KARAGANDA, LocalDate.of(2024, 12, 5));
        requests().add(inRegion(started(), Region.ALMATY_CITY)); // not yet accepted
        Optional<Department> almaty = Optional.of(Department.of(Region.ALMATY_CITY));

        var first = decisionQueue().awaitingDecision(almaty, TODAY, 0, 2);
        var rest = decisionQueue().awaitingDecision(almaty, TODAY, 2, 2);
        var all = decisionQueue().awaitingDecision(Optional.empty(), TODAY, 0, 10);

        assertThat(first.page()).extracting(CertificationRequest::id).containsExactly(sooner.id(), middle.id());
        assertThat(first.page().get(0).state()).isEqualTo(sooner.state());
        assertThat(rest.page()).extracting(CertificationRequest::id).containsExactly(later.id());
        // on 10 December the decisions due on the 6th and the 9th are overdue
        assertThat(List.of(first.total(), first.overdue(), rest.total())).containsExactly(3L, 2L, 3L);
        assertThat(all.page()).extracting(CertificationRequest::id)
                .containsExactly(karaganda.id(), sooner.id(), middle.id(), later.id());
        assertThat(List.of(all.total(), all.overdue())).containsExactly(4L, 3L);
        assertThat(decisionQueue().awaitingDecision(almaty, TODAY, 3, 2).page()).isEmpty();
    }

    @Test
    void awaitingDecision_narrowsToOneStatus_andToOneDeclaredSpecialty_withTheTotalsOfTheNarrowedQueue_R71_R73() {
        CertificationRequest accepted = acceptedIn(Region.ALMATY_CITY, LocalDate.of(2024, 12, 11));
        CertificationRequest heard = acceptedIn(Region.ALMATY_CITY, LocalDate.of(2024, 12, 6));
        CertificationRequest proposed = requests().save(heard.refusalProposed(new RefusalReasons(
                List.of(Ground.GROUND_2_REQUIREMENTS_NOT_MET), List.of(), "Требования не выполнены."),
                LocalDate.of(2024, 12, 12), "OFFICER 1 ALMATY_CITY", STARTED.plusSeconds(7200)));
        Optional<Department> almaty = Optional.of(Department.of(Region.ALMATY_CITY));
        SpecialtyCode declared = accepted.state().form().declaredSpecialty();
        SpecialtyCode other = SpecialtyCode.of(declared.value().equals("NEUROLOGY") ? "PEDIATRICS" : "NEUROLOGY");

        var onlyAccepted = decisionQueue().awaitingDecision(almaty, Optional.of(RequestStatus.ACCEPTED),
                Optional.empty(), TODAY, 0, 10);
        var onlyProposed = decisionQueue().awaitingDecision(almaty, Optional.of(RequestStatus.REFUSAL_PROPOSED),
                Optional.empty(), TODAY, 0, 10);
        var declaredOnes = decisionQueue().awaitingDecision(almaty, Optional.empty(), Optional.of(declared), TODAY, 0,
                10);
        var otherOnes = decisionQueue().awaitingDecision(Optional.empty(), Optional.empty(), Optional.of(other), TODAY,
                0, 10);
        var notAwaiting = decisionQueue().awaitingDecision(almaty, Optional.of(RequestStatus.ISSUED), Optional.empty(),
                TODAY, 0, 10);

        assertThat(onlyAccepted.page()).extracting(CertificationRequest::id).containsExactly(accepted.id());
        assertThat(onlyAccepted.total()).isEqualTo(1);
        assertThat(onlyProposed.page()).extracting(CertificationRequest::id).containsExactly(proposed.id());
        // on 10 December the decision due on the 6th is overdue
        assertThat(List.of(onlyProposed.total(), onlyProposed.overdue())).containsExactly(1L, 1L);
        assertThat(declaredOnes.page()).extracting(CertificationRequest::id)
                .containsExactly(proposed.id(), accepted.id());
        assertThat(otherOnes.page()).isEmpty();
        assertThat(otherOnes.total()).isZero();
        assertThat(notAwaiting.page()).isEmpty();
    }
}
