package kz.medcert.domain.evaluation;

import static kz.medcert.domain.evaluation.DocumentScenarios.PEDIATRICS;
import static kz.medcert.domain.evaluation.DocumentScenarios.THERAPY;
import static kz.medcert.domain.evaluation.DocumentScenarios.domesticWithoutWork;
import static kz.medcert.domain.evaluation.DocumentScenarios.failedRules;
import static kz.medcert.domain.evaluation.DocumentScenarios.higher;
import static kz.medcert.domain.evaluation.DocumentScenarios.june;
import static kz.medcert.domain.evaluation.DossierFixtures.AD;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.dossier.DossierBuilder;
import kz.medcert.domain.dossier.EmploymentPeriod;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.rules.Rule;
import kz.medcert.domain.rules.RuleSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * R39, R40 over seeded random labour tables, against a day-by-day oracle: a 1997 pediatrics graduate declaring
 * THERAPY (R39 binds, no retraining) is exempt exactly when a therapy job started before 2005; the officer gets a
 * CONTINUITY_GAP note exactly when, from the latest such start up to the application date, some run of days without
 * any job is longer than the tolerance. The seed is fresh each run; {@code -Dmedcert.seed=N} replays one.
 */
class ContinuityGapPropertyTest {
    private static final String SEED_PROPERTY = "medcert.seed";
    private static final long SEED = seed();
    private static final int CASES = 400;
    private static final LocalDate EARLIEST = LocalDate.of(1997, 9, 1);

    private static long seed() {
        String fixed = System.getProperty(SEED_PROPERTY);
        return fixed != null ? Long.parseLong(fixed.strip()) : new SecureRandom().nextLong();
    }

    static Stream<Arguments> tables() {
        Random master = new Random(SEED);
        return IntStream.range(0, CASES).mapToObj(i -> {
            long caseSeed = master.nextLong();
            return Arguments.of(i, caseSeed, table(new Random(caseSeed)));
        });
    }

    /** One to four jobs around 2005 with gaps of a few days to a few months; some ongoing, some in pediatrics. */
    private static List<EmploymentPeriod> table(Random random) {
        List<EmploymentPeriod> rows = new ArrayList<>();
        LocalDate from = EARLIEST.plusDays(random.nextInt(12 * 365));
        for (int i = 1 + random.nextInt(4); i > 0 && !from.isAfter(AD); i--) {
            var specialty = random.nextInt(4) == 0 ? PEDIATRICS : THERAPY;
            if (i == 1 && random.nextBoolean()) {
                rows.add(EmploymentPeriod.current(specialty, from, true));
                break;
            }
            LocalDate to = from.plusDays(random.nextInt(8 * 365));
            rows.add(EmploymentPeriod.ended(specialty, from, to, true));
            int[] gaps = {1, 2, 3, 30, 31, 32, 33, 60, 400};
            from = to.plusDays(gaps[random.nextInt(gaps.length)]);
        }
        return rows;
    }

    @ParameterizedTest(name = "R40 case {0}: exemption and review note agree with the day-by-day oracle")
    @MethodSource("tables")
    void r39_r40_exemptionAndGapNote_followTheOracle(int caseNo, long caseSeed, List<EmploymentPeriod> rows) {
        // given
        String why = "seed=" + SEED + " case=" + caseNo + " caseSeed=" + caseSeed + " (replay: -D" + SEED_PROPERTY
                + "=" + SEED + ")\n" + rows;
        DossierBuilder builder = domesticWithoutWork(THERAPY, higher(EducationField.PEDIATRICS, june(1997)));
        rows.forEach(builder::employment);
        Dossier dossier = builder.build();

        // when
        Evaluation evaluation = DossierFixtures.evaluate(dossier);

        // then
        Optional<LocalDate> start = rows.stream().filter(r -> r.specialty().equals(THERAPY))
                .map(EmploymentPeriod::from)
                .filter(d -> d.isBefore(RuleSet.CONTINUOUS_ACTIVITY_STARTED_BEFORE))
                .max(LocalDate::compareTo);
        boolean noted = evaluation.reviewNotes().stream().anyMatch(n -> n.code().equals("CONTINUITY_GAP"));
        if (start.isEmpty()) {
            assertThat(noted).as(why).isFalse();
            assertThat(failedRules(evaluation)).as(why).contains(Rule.R39);
            return;
        }
        assertThat(failedRules(evaluation)).as(why).doesNotContain(Rule.R39);
        assertThat(DossierFixtures.notRequired(evaluation, DocumentCode.RETRAINING)).as(why)
                .hasValueSatisfying(n -> assertThat(n.rules()).containsExactly(Rule.R40));
        assertThat(noted).as(why).isEqualTo(longestIdleRun(rows, start.get()) > RuleSet.CONTINUITY_GAP_TOLERANCE_DAYS);
    }

    /** The longest run of days in [start, AD] on which no row was running. */
    private static long longestIdleRun(List<EmploymentPeriod> rows, LocalDate start) {
        int days = (int) ChronoUnit.DAYS.between(start, AD) + 1;
        BitSet worked = new BitSet(days);
        for (int day = 0; day < days; day++) {
            LocalDate date = start.plusDays(day);
            if (rows.stream().anyMatch(r -> r.ongoingOn(date))) {
                worked.set(day);
            }
        }
        long longest = 0;
        long run = 0;
        for (int day = 0; day < days; day++) {
            run = worked.get(day) ? 0 : run + 1;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
