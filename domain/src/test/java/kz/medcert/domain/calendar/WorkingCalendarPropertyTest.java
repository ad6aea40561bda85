package kz.medcert.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Property tests of the working calendar over seeded random dates (see {@link SeededCases}). */
class WorkingCalendarPropertyTest {

    private final WorkingCalendar calendar = WorkingCalendar.kazakhstan();

    static LongStream workingDaysAfterSeeds() {
        return SeededCases.seeds("workingDaysAfter");
    }

    static LongStream nextWorkingDaySeeds() {
        return SeededCases.seeds("nextWorkingDay");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("workingDaysAfterSeeds")
    @DisplayName("R73 property: workingDaysAfter(d, n) is a working day after d, n working days away, the first such")
    void r73_workingDaysAfter_property(long seed) {
        Random random = new Random(seed);
        LocalDate start = SeededCases.randomDate(random);
        int n = 1 + random.nextInt(60);
        LocalDate result = calendar.workingDaysAfter(start, n);
        String why = SeededCases.replay(seed) + ": start " + start + ", n " + n + ", result " + result;
        assertThat(result).as(why).isAfter(start);
        assertThat(calendar.isWorkingDay(result)).as(why).isTrue();
        assertThat(calendar.workingDaysBetween(start, result)).as(why).isEqualTo(n);
        assertThat(calendar.workingDaysBetween(start, result.minusDays(1))).as(why).isEqualTo(n - 1);
        assertThat(calendar.workingDaysBetween(result, start)).as(why).isEqualTo(-n);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("nextWorkingDaySeeds")
    @DisplayName("R77 property: nextWorkingDayAfter is monotonic, strictly after, working, with nothing in between")
    void r77_nextWorkingDayAfter_property(long seed) {
        Random random = new Random(seed);
        LocalDate earlier = SeededCases.randomDate(random);
        LocalDate later = earlier.plusDays(random.nextInt(30));
        LocalDate next = calendar.nextWorkingDayAfter(earlier);
        String why = SeededCases.replay(seed) + ": " + earlier + " ≤ " + later + ", next " + next;
        assertThat(calendar.nextWorkingDayAfter(later)).as(why).isAfterOrEqualTo(next);
        assertThat(next).as(why).isAfter(earlier);
        assertThat(calendar.isWorkingDay(next)).as(why).isTrue();
        for (LocalDate d = earlier.plusDays(1); d.isBefore(next); d = d.plusDays(1)) {
            assertThat(calendar.isWorkingDay(d)).as(why + ", in between " + d).isFalse();
            assertThat(calendar.whyNotWorking(d)).as(why + ", explanation of " + d).isPresent();
        }
    }
}
