package kz.medcert.domain.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;

/**
 * Computes the registration day (R78) and decision due date (R73) of a portal submission from the provider's working
 * hours (R77) and working calendar.
 *
 * <p>Our interpretation of R78's "accepted on the next working day": the application is registered on the first
 * working day whose working hours have not yet ended at the moment of submission. So a submission within hours
 * (09:00–18:30 inclusive, lunch break 13:00–14:30 included) registers that day; after 18:30 or on a day off it
 * registers on the next working day; and before 09:00 on a working day it registers that same day, because the
 * after-hours period that began the previous evening ends at 09:00 that morning.
 */
public final class ServiceDeadlinePolicy {

    /** R77: the provider's working day starts at 09:00. */
    public static final LocalTime STANDARD_WORKDAY_START = LocalTime.of(9, 0);
    /** R77: the provider's working day ends at 18:30. */
    public static final LocalTime STANDARD_WORKDAY_END = LocalTime.of(18, 30);
    /** R73: the service term is 5 working days. */
    public static final int STANDARD_TERM_IN_WORKING_DAYS = 5;

    private final WorkingCalendar calendar;
    private final LocalTime workdayStart;
    private final LocalTime workdayEnd;
    private final int termInWorkingDays;

    public ServiceDeadlinePolicy(WorkingCalendar calendar, LocalTime workdayStart, LocalTime workdayEnd,
            int termInWorkingDays) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.workdayStart = Objects.requireNonNull(workdayStart, "workdayStart");
        this.workdayEnd = Objects.requireNonNull(workdayEnd, "workdayEnd");
        if (!workdayStart.isBefore(workdayEnd)) {
            throw new IllegalArgumentException("Workday must start before it ends: " + workdayStart + "–" + workdayEnd);
        }
        if (termInWorkingDays < 1) {
            throw new IllegalArgumentException("Term must be at least 1 working day, was " + termInWorkingDays);
        }
        this.termInWorkingDays = termInWorkingDays;
    }

    /** The policy of the rules: 09:00–18:30 (R77) and 5 working days (R73). */
    public static ServiceDeadlinePolicy standard(WorkingCalendar calendar) {
        return new ServiceDeadlinePolicy(calendar, STANDARD_WORKDAY_START, STANDARD_WORKDAY_END,
                STANDARD_TERM_IN_WORKING_DAYS);
    }

    /** Registration day and decision due date of a submission at the given instant. */
    public ServiceDeadline deadlineFor(Instant submittedAt) {
        LocalDateTime local = KazakhstanTime.localDateTime(Objects.requireNonNull(submittedAt, "submittedAt"));
        LocalDate registeredOn = registrationDate(local);
        // R73: due on the N-th working day strictly after the registration day (Civil Code: the term starts the
        // day after the event that begins it).
        LocalDate due = calendar.workingDaysAfter(registeredOn, termInWorkingDays);
        return new ServiceDeadline(submittedAt, local, registeredOn, due);
    }

    /** R78: the working day on which a submission at this local time is accepted. */
    public LocalDate registrationDate(LocalDateTime submittedLocal) {
        LocalDate day = submittedLocal.toLocalDate();
        // R78: on a working day up to 18:30:00 inclusive (also before 09:00, see class doc) → that same day;
        // after 18:30, or on a weekend or holiday → next working day.
        boolean hoursNotOver = !submittedLocal.toLocalTime().isAfter(workdayEnd);
        return calendar.isWorkingDay(day) && hoursNotOver ? day : calendar.nextWorkingDayAfter(day);
    }

    /** R77/R78: whether the provider is within working hours (start and end inclusive, lunch break included). */
    public boolean isWithinWorkingHours(LocalDateTime local) {
        LocalTime time = local.toLocalTime();
        // R78 (interpretation): the 13:00–14:30 lunch break is not "after hours".
        return calendar.isWorkingDay(local.toLocalDate()) && !time.isBefore(workdayStart) && !time.isAfter(workdayEnd);
    }

    /**
     * Working days from today until the due date: 1 when due the next working day, 0 when due today, negative when
     * overdue (0 also when today is a day off right after the due date; use {@link #isOverdue} to tell them apart).
     */
    public int workingDaysLeft(LocalDate today, LocalDate due) {
        return calendar.workingDaysBetween(today, due);
    }

    /** Whether the decision is overdue on the given day. */
    public boolean isOverdue(LocalDate today, LocalDate due) {
        return today.isAfter(due);
    }

    public WorkingCalendar calendar() {
        return calendar;
    }

    public LocalTime workdayStart() {
        return workdayStart;
    }

    public LocalTime workdayEnd() {
        return workdayEnd;
    }

    public int termInWorkingDays() {
        return termInWorkingDays;
    }
}
