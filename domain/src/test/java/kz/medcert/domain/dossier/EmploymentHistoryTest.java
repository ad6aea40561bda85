package kz.medcert.domain.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import kz.medcert.domain.reference.SpecialtyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Experience (R97), break (R12) and continuity (R40, R45) of the labour activity table. */
class EmploymentHistoryTest {
    private static final SpecialtyCode THERAPY = SpecialtyCode.of("THERAPY");
    private static final SpecialtyCode PEDIATRICS = SpecialtyCode.of("PEDIATRICS");
    private static final Predicate<EmploymentPeriod> ALL = p -> true;
    private static final Predicate<EmploymentPeriod> IN_THERAPY = p -> p.specialty().equals(THERAPY);
    private static final LocalDate AS_OF = LocalDate.of(2024, 12, 2);
    private static final LocalDate CUT_OFF = LocalDate.of(2005, 1, 1);

    private static EmploymentPeriod ended(SpecialtyCode s, String from, String to) {
        return EmploymentPeriod.ended(s, LocalDate.parse(from), LocalDate.parse(to), true);
    }

    private static EmploymentPeriod current(SpecialtyCode s, String from) {
        return EmploymentPeriod.current(s, LocalDate.parse(from), true);
    }

    private static EmploymentHistory history(EmploymentPeriod... periods) {
        return new EmploymentHistory(List.of(periods));
    }

    @Test
    void r97_oneFullYear_bothEndsInclusive() {
        // when
        Experience experience = history(ended(THERAPY, "2020-01-01", "2020-12-31")).experience(ALL, AS_OF);

        // then
        assertThat(experience).isEqualTo(new Experience(1, 0, 0));
    }

    @Test
    void r97_overlappingPeriods_areCountedOnce() {
        // given: Jan 2020 – Dec 2020 and Jul 2020 – Jun 2021 overlap for six months
        EmploymentHistory history = history(ended(THERAPY, "2020-01-01", "2020-12-31"),
                ended(THERAPY, "2020-07-01", "2021-06-30"));

        // then
        assertThat(history.experience(ALL, AS_OF)).isEqualTo(new Experience(1, 6, 0));
    }

    @Test
    void r97_duplicateAndNestedRows_addNothing() {
        // given
        EmploymentHistory history = history(ended(THERAPY, "2020-01-01", "2020-12-31"),
                ended(THERAPY, "2020-01-01", "2020-12-31"), ended(THERAPY, "2020-03-01", "2020-04-30"));

        // then
        assertThat(history.experience(ALL, AS_OF)).isEqualTo(new Experience(1, 0, 0));
    }

    @Test
    void r97_disjointPeriods_add_andDaysCarryIntoMonthsAt30() {
        // given: 20 days + 20 days + 3 months
        EmploymentHistory history = history(ended(THERAPY, "2020-01-01", "2020-01-20"),
                ended(THERAPY, "2020-03-01", "2020-03-20"), ended(THERAPY, "2019-01-01", "2019-03-31"));

        // then
        assertThat(history.experience(ALL, AS_OF)).isEqualTo(new Experience(0, 4, 10));
    }

    @Test
    void r97_currentJob_countsUpToTheApplicationDate_andFutureJobsNotAtAll() {
        // given
        EmploymentHistory history = history(current(THERAPY, "2023-12-02"), current(PEDIATRICS, "2025-01-01"));

        // then: 2023-12-02 .. 2024-12-02 inclusive is one year and one day
        assertThat(history.experience(ALL, AS_OF)).isEqualTo(new Experience(1, 0, 1));
    }

    @Test
    void r97_experienceInTheDeclaredSpecialty_versusTotalMedicalExperience() {
        // given: A2-IF 8.1 counts the declared specialty, 8.2 every medical record
        EmploymentHistory history = history(ended(PEDIATRICS, "2010-01-01", "2014-12-31"),
                ended(THERAPY, "2015-01-01", "2019-12-31"));

        // then
        assertThat(history.experience(IN_THERAPY, AS_OF)).isEqualTo(new Experience(5, 0, 0));
        assertThat(history.experience(ALL, AS_OF)).isEqualTo(new Experience(10, 0, 0));
        assertThat(history(/* none */).experience(ALL, AS_OF)).isEqualTo(Experience.NONE);
    }

    @Test
    void r12_theBreakCountsFromTheLatestDismissal() {
        // given
        EmploymentHistory history = history(ended(THERAPY, "2010-01-01", "2018-05-31"),
                ended(THERAPY, "2018-01-01", "2020-02-29"), ended(PEDIATRICS, "2021-01-01", "2022-01-01"));

        // then
        assertThat(history.lastDismissal(IN_THERAPY, AS_OF)).contains(LocalDate.of(2020, 2, 29));
        assertThat(history.lastDismissal(ALL, AS_OF)).contains(LocalDate.of(2022, 1, 1));
    }

    @Test
    void r12_noBreakWhileEmployed_andNoDismissalIfNeverEmployed() {
        // given: still employed, or dismissed only after the application date
        EmploymentHistory employed = history(ended(THERAPY, "2010-01-01", "2015-01-01"), current(THERAPY, "2016-01-01"));
        EmploymentHistory dismissedLater = history(ended(THERAPY, "2010-01-01", "2025-03-01"));

        // then
        assertThat(employed.lastDismissal(IN_THERAPY, AS_OF)).isEmpty();
        assertThat(employed.worksOn(IN_THERAPY, AS_OF)).isTrue();
        assertThat(dismissedLater.lastDismissal(IN_THERAPY, AS_OF)).isEmpty();
        assertThat(history().lastDismissal(ALL, AS_OF)).isEmpty();
        assertThat(history().worksOn(ALL, AS_OF)).isFalse();
    }

    @Test
    void r12_dismissedOnTheApplicationDate_stillWorksThatDay() {
        // given
        EmploymentHistory history = history(ended(THERAPY, "2010-01-01", "2024-12-02"));

        // then
        assertThat(history.worksOn(IN_THERAPY, AS_OF)).isTrue();
        assertThat(history.worksOn(IN_THERAPY, AS_OF.plusDays(1))).isFalse();
    }

    private static EmploymentGap gap(String from, String to) {
        return new EmploymentGap(LocalDate.parse(from), LocalDate.parse(to));
    }

    @ParameterizedTest(name = "R40 R45 activity since {0}: started before 2005 = {1}")
    @CsvSource({"2004-12-30, true", "2004-12-31, true", "2005-01-01, false", "2005-01-02, false"})
    void r40_r45_startedStrictlyBefore2005(LocalDate start, boolean started) {
        // given
        EmploymentHistory history = history(EmploymentPeriod.current(THERAPY, start, true));

        // then: an unbroken activity has no gap; a later start is no activity since before 2005 at all
        assertThat(history.gapsSince(IN_THERAPY, CUT_OFF, AS_OF))
                .isEqualTo(started ? Optional.of(List.of()) : Optional.empty());
    }

    @Test
    void r40_r45_theDaysBetweenTwoRowsAreTheGap_touchingOrOverlappingRowsLeaveNone() {
        // given
        EmploymentHistory gap = history(ended(THERAPY, "2004-01-01", "2010-05-31"), current(THERAPY, "2010-06-02"));
        EmploymentHistory weekend = history(ended(THERAPY, "2004-01-01", "2010-05-28"),
                current(THERAPY, "2010-05-31"));
        EmploymentHistory touching = history(ended(THERAPY, "2004-01-01", "2010-05-31"),
                current(THERAPY, "2010-06-01"));
        EmploymentHistory overlapping = history(ended(THERAPY, "2004-01-01", "2010-05-31"),
                ended(THERAPY, "2009-01-01", "2015-12-31"), current(THERAPY, "2015-06-01"));

        // then
        assertThat(gap.gapsSince(IN_THERAPY, CUT_OFF, AS_OF)).contains(List.of(gap("2010-06-01", "2010-06-01")));
        assertThat(weekend.gapsSince(IN_THERAPY, CUT_OFF, AS_OF).orElseThrow())
                .singleElement().satisfies(g -> assertThat(g.days()).isEqualTo(2)); // Saturday and Sunday
        assertThat(touching.gapsSince(IN_THERAPY, CUT_OFF, AS_OF)).contains(List.of());
        assertThat(overlapping.gapsSince(IN_THERAPY, CUT_OFF, AS_OF)).contains(List.of());
    }

    @Test
    void r40_r45_anEarlierSeparateStint_doesNotSpoilTheLatestStartBefore2005() {
        // given: 1990–1995, a gap, then continuously since 2000 (before 2005) up to the application
        EmploymentHistory history = history(ended(THERAPY, "1990-09-01", "1995-08-31"),
                current(THERAPY, "2000-03-01"));

        // then: counted from the 2000 start, nothing is missing
        assertThat(history.gapsSince(IN_THERAPY, CUT_OFF, AS_OF)).contains(List.of());
    }

    @Test
    void r40_r45_aStartBefore2005_thenAGap_thenWorkSince2006_isOneLongGap() {
        // given: worked 1995–2003, then again only since 2006
        EmploymentHistory history = history(ended(THERAPY, "1995-09-01", "2003-08-31"),
                current(THERAPY, "2006-01-01"));

        // then
        assertThat(history.gapsSince(IN_THERAPY, CUT_OFF, AS_OF))
                .contains(List.of(gap("2003-09-01", "2005-12-31")));
    }

    @Test
    void r40_r45_theDaysFromTheLastDismissalUpToTheApplicationAreAGap() {
        // given: dismissed the day before the application
        EmploymentHistory history = history(ended(THERAPY, "2004-01-01", "2024-12-01"));

        // then
        assertThat(history.gapsSince(IN_THERAPY, CUT_OFF, AS_OF)).contains(List.of(gap("2024-12-02", "2024-12-02")));
        assertThat(history.gapsSince(IN_THERAPY, CUT_OFF, AS_OF.minusDays(1))).contains(List.of());
    }

    @Test
    void r40_theStartIsSelected_theContinuityRunsThroughEveryRow() {
        // given: pediatrics 2004–2014, therapy from 2015
        EmploymentHistory history = history(ended(PEDIATRICS, "2004-09-01", "2014-12-31"),
                current(THERAPY, "2015-01-01"));

        // then: no therapy before 2005; pediatrics started before 2005 and the work went on without a gap
        assertThat(history.gapsSince(IN_THERAPY, CUT_OFF, AS_OF)).isEmpty();
        assertThat(history.gapsSince(p -> p.specialty().equals(PEDIATRICS), CUT_OFF, AS_OF)).contains(List.of());
        assertThat(history.gapsSince(ALL, CUT_OFF, AS_OF)).contains(List.of());
    }

    @Test
    void r40_r45_aRowStartingAfterTheApplicationDate_isNoStartAndFillsNoGap() {
        // given: dismissed in 2020, hired again after the application date
        EmploymentHistory history = history(ended(THERAPY, "2004-01-01", "2020-12-31"),
                current(THERAPY, "2024-12-10"));

        // then
        assertThat(history.gapsSince(IN_THERAPY, CUT_OFF, AS_OF)).contains(List.of(gap("2021-01-01", "2024-12-02")));
    }

    @Test
    void r40_r45_aGapEndsBeforeItStarts_isRejected() {
        assertThatThrownBy(() -> gap("2010-06-02", "2010-06-01")).isInstanceOf(IllegalArgumentException.class);
        assertThat(gap("2010-06-01", "2010-06-30").days()).isEqualTo(30);
    }

    @Test
    void periodsAreCopied_andFilteredBySpecialty() {
        // given
        ArrayList<EmploymentPeriod> rows = new ArrayList<>(List.of(current(THERAPY, "2015-01-01")));
        EmploymentHistory history = new EmploymentHistory(rows);

        // when
        rows.add(current(PEDIATRICS, "2016-01-01"));

        // then
        assertThat(history.periods()).hasSize(1);
        assertThat(history.in(IN_THERAPY)).hasSize(1);
        assertThat(history.in(p -> p.specialty().equals(PEDIATRICS))).isEmpty();
    }
}
