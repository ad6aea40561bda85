package kz.medcert.domain.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import kz.medcert.domain.benchmarks.BenchmarkDossiers.Case;
import kz.medcert.domain.calendar.ServiceDeadlinePolicy;
import kz.medcert.domain.calendar.WorkingCalendar;
import kz.medcert.domain.evaluation.CertificationRules;
import kz.medcert.domain.evaluation.Evaluation;
import kz.medcert.domain.evaluation.Ground;
import kz.medcert.domain.evaluation.Outcome.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Keeps the benchmark workload honest in the normal build (a few milliseconds): each benchmarked dossier still takes
 * the route and outcome its benchmark is named after. The benchmarks themselves never run under Surefire.
 */
class BenchmarkDossiersTest {

    @ParameterizedTest
    @EnumSource(Case.class)
    void eachDossierTakesItsRouteAndOutcome_withAServiceDeadline(Case c) {
        // when
        Evaluation evaluation = CertificationRules.standard().evaluate(c.dossier());

        // then
        assertThat(evaluation.route().route()).isEqualTo(c.route());
        assertThat(evaluation.outcome().isEligible()).isEqualTo(c.eligible());
        assertThat(evaluation.deadline()).isPresent();
    }

    @Test
    void theRefusalHasManyFindings() {
        // when
        Refusal refusal = (Refusal) CertificationRules.standard().evaluate(BenchmarkDossiers.refusalWithManyFindings())
                .outcome();

        // then
        assertThat(refusal.grounds()).containsExactly(Ground.GROUND_2_REQUIREMENTS_NOT_MET,
                Ground.GROUND_4_COURT_PROHIBITION, Ground.GROUND_6_NO_CONSENT);
    }

    @Test
    void deadlineInputsCoverTheThreeYears() {
        // when
        ServiceDeadlinePolicy policy = ServiceDeadlinePolicy.standard(WorkingCalendar.kazakhstan());
        List<Integer> years = Arrays.stream(DeadlineBenchmark.instants(DeadlineBenchmark.SIZE, DeadlineBenchmark.SEED))
                .map(policy::deadlineFor)
                .map(d -> d.submittedLocal().getYear())
                .distinct().sorted().toList();

        // then
        assertThat(years).containsExactly(2024, 2025, 2026);
    }
}
