package kz.medcert.domain.request;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The day a certificate issued on a request is dated (R75, R78; Appendices 2 and 6, row 7(2)): after working hours
 * "the application is accepted and the result is issued on the next working day", so a result is never dated before
 * the day the application counts as accepted, its registration day (R22, R78), however soon it is decided; decided on
 * a later day, it is dated that day. The officer's decision and the automatic confirmation (R14, R74) both date by it.
 */
public final class IssueDate {

    private IssueDate() {
    }

    /** R78, row 7(2): the later of the registration day and the day of the decision. */
    public static LocalDate of(Submission submission, LocalDate decidedOn) {
        Objects.requireNonNull(submission, "submission");
        Objects.requireNonNull(decidedOn, "decidedOn");
        return decidedOn.isBefore(submission.registeredOn()) ? submission.registeredOn() : decidedOn;
    }
}
