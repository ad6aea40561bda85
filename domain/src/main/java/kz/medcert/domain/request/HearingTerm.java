package kz.medcert.domain.request;

import java.time.LocalDate;
import java.util.Objects;
import kz.medcert.domain.calendar.WorkingCalendar;
import kz.medcert.domain.rules.RuleSet;

/**
 * R73, R91: the hearing before a refusal must fit the 5-working-day term. Notified on day D, the applicant may object
 * for {@code objectionWorkingDays} working days after it; the final decision follows on the next working day. Notified
 * on the registration day, that is within the term only with at most 4 days to object, so the setting is bounded to
 * that; a refusal proposed later than {@link #latestNoticeDay} cannot be decided within the term, which the officer is
 * told (the applicant's right to be heard is never shortened for it).
 */
public record HearingTerm(int objectionWorkingDays) {
    /** The longest window that still lets a notice on the registration day be decided by the due date. */
    public static final int MAX_OBJECTION_WORKING_DAYS = RuleSet.SERVICE_TERM_WORKING_DAYS - 1;

    public HearingTerm {
        if (objectionWorkingDays < 1 || objectionWorkingDays > MAX_OBJECTION_WORKING_DAYS) {
            throw new IllegalArgumentException("the objection window is 1 to " + MAX_OBJECTION_WORKING_DAYS
                    + " working days, so that a refusal proposed on the registration day is still decided within the "
                    + RuleSet.SERVICE_TERM_WORKING_DAYS + "-working-day term (R73, R91); got " + objectionWorkingDays);
        }
    }

    /** The last day the applicant may object when notified on {@code noticeDay} (counted as R73 counts). */
    public LocalDate objectionsUntil(LocalDate noticeDay, WorkingCalendar calendar) {
        return calendar.workingDaysAfter(noticeDay, objectionWorkingDays);
    }

    /** The first day a final refusal may be taken without an objection: the working day after the window. */
    public LocalDate finalDecisionFrom(LocalDate noticeDay, WorkingCalendar calendar) {
        return calendar.nextWorkingDayAfter(objectionsUntil(noticeDay, calendar));
    }

    /** Whether a refusal proposed on {@code noticeDay} can be decided finally by {@code decisionDue}. */
    public boolean keepsTheTerm(LocalDate noticeDay, LocalDate decisionDue, WorkingCalendar calendar) {
        return !finalDecisionFrom(noticeDay, calendar).isAfter(decisionDue);
    }

    /** The last working day a refusal may be proposed and still be decided finally by {@code decisionDue}. */
    public LocalDate latestNoticeDay(LocalDate decisionDue, WorkingCalendar calendar) {
        Objects.requireNonNull(decisionDue, "decisionDue");
        LocalDate day = decisionDue;
        while (!calendar.isWorkingDay(day) || !keepsTheTerm(day, decisionDue, calendar)) {
            day = day.minusDays(1);
        }
        return day;
    }
}
