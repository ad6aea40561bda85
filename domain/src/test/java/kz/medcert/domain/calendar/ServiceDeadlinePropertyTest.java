package kz.medcert.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Property tests of registration (R78) and term (R73) over seeded random submissions (see {@link SeededCases}). */
class ServiceDeadlinePropertyTest {

    private static final LocalTime[] THRESHOLDS = {LocalTime.MIDNIGHT, LocalTime.of(9, 0), LocalTime.of(18, 30)};
    private final WorkingCalendar calendar = WorkingCalendar.kazakhstan();
    private final ServiceDeadlinePolicy policy = ServiceDeadlinePolicy.standard(calendar);

    static LongStream anySubmissionSeeds() {
        return SeededCases.seeds("anySubmission");
    }

    static LongStream inHoursSeeds() {
        return SeededCases.seeds("inHours");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("anySubmissionSeeds")
    @DisplayName("R78 R73 property: registeredOn is the first working day not yet over; due 5 working days later")
    void r78_r73_anySubmission_property(long seed) {
        Random random = new Random(seed);
        LocalDateTime local = randomLocal(random);
        ServiceDeadline d = policy.deadlineFor(toInstant(local));
        LocalDate day = local.toLocalDate();
        String why = SeededCases.replay(seed) + ": " + d;
        assertThat(d.submittedLocal()).as(why).isEqualTo(local);
        assertThat(calendar.isWorkingDay(d.registeredOn())).as(why).isTrue();
        assertThat(d.registeredOn()).as(why).isAfterOrEqualTo(day);
        boolean sameDay = calendar.isWorkingDay(day) && !local.toLocalTime().isAfter(LocalTime.of(18, 30));
        assertThat(d.registeredOn()).as(why).isEqualTo(sameDay ? day : calendar.nextWorkingDayAfter(day));
        assertThat(calendar.isWorkingDay(d.decisionDue())).as(why).isTrue();
        assertThat(calendar.workingDaysBetween(d.registeredOn(), d.decisionDue())).as(why).isEqualTo(5);
        assertThat(calendar.workingDaysBetween(d.registeredOn(), d.decisionDue().minusDays(1))).as(why).isEqualTo(4);
        assertThat(policy.workingDaysLeft(d.registeredOn(), d.decisionDue())).as(why).isEqualTo(5);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("inHoursSeeds")
    @DisplayName("R78 property: any submission within 09:00–18:30 on a working day registers on its local date")
    void r78_submissionWithinHours_registersSameDay_property(long seed) {
        Random random = new Random(seed);
        LocalDate day = SeededCases.randomDate(random);
        while (!calendar.isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        long span = LocalTime.of(18, 30).toNanoOfDay() - LocalTime.of(9, 0).toNanoOfDay() + 1;
        LocalTime time = LocalTime.ofNanoOfDay(LocalTime.of(9, 0).toNanoOfDay() + Math.floorMod(random.nextLong(), span));
        LocalDateTime local = day.atTime(random.nextInt(10) == 0 ? pickThreshold(random, 1, 2) : time);
        ServiceDeadline d = policy.deadlineFor(toInstant(local));
        String why = SeededCases.replay(seed) + ": " + d;
        assertThat(policy.isWithinWorkingHours(local)).as(why).isTrue();
        assertThat(d.registeredOn()).as(why).isEqualTo(day);
    }

    /** Uniform times half of the time, otherwise within ±2 s of a threshold (midnight, 09:00, 18:30). */
    private static LocalDateTime randomLocal(Random random) {
        LocalDate day = SeededCases.randomDate(random);
        if (random.nextBoolean()) {
            return day.atTime(LocalTime.ofNanoOfDay(Math.floorMod(random.nextLong(), 86_400_000_000_000L)));
        }
        long jitter = random.nextInt(4_000_001) * 1_000L - 2_000_000_000L;
        return day.atTime(pickThreshold(random, 0, 2)).plusNanos(jitter);
    }

    private static LocalTime pickThreshold(Random random, int from, int to) {
        return THRESHOLDS[from + random.nextInt(to - from + 1)];
    }

    /** Independent of production code: +06 before 2024-03-01 local, +05 from then (no local time is ambiguous here). */
    private static Instant toInstant(LocalDateTime local) {
        boolean before = local.isBefore(LocalDateTime.of(2024, 2, 29, 23, 0));
        return local.toInstant(ZoneOffset.ofHours(before ? 6 : 5));
    }
}
