package kz.medcert.domain.dossier;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import kz.medcert.domain.reference.DomainText;
import kz.medcert.domain.reference.InvalidValueException;
import kz.medcert.domain.reference.SpecialtyCode;

/**
 * One row of the labour activity table (A2-IF 8.5, A6-IF 10.5): hired on {@code from}, dismissed on {@code to}
 * (inclusive; empty while still employed).
 *
 * @param inRegistry the row came from the employment-contract service (R67)
 */
public record EmploymentPeriod(SpecialtyCode specialty, LocalDate from, Optional<LocalDate> to,
                               boolean inRegistry) {

    public EmploymentPeriod {
        Objects.requireNonNull(specialty, "employment specialty");
        Objects.requireNonNull(from, "employment from");
        Objects.requireNonNull(to, "employment to");
        to.ifPresent(end -> {
            if (end.isBefore(from)) {
                throw new InvalidValueException(DomainText.EMPLOYMENT_ENDS_BEFORE_START.message().with("end", end)
                        .with("start", from));
            }
        });
    }

    public static EmploymentPeriod current(SpecialtyCode specialty, LocalDate from, boolean inRegistry) {
        return new EmploymentPeriod(specialty, from, Optional.empty(), inRegistry);
    }

    public static EmploymentPeriod ended(SpecialtyCode specialty, LocalDate from, LocalDate to, boolean inRegistry) {
        return new EmploymentPeriod(specialty, from, Optional.of(to), inRegistry);
    }

    /** Whether the applicant still works in this job on the given day. */
    public boolean ongoingOn(LocalDate day) {
        return !from.isAfter(day) && to.map(end -> !end.isBefore(day)).orElse(true);
    }

    /** The last day worked as of {@code day}: the dismissal date, or {@code day} itself while ongoing. */
    public LocalDate lastDayAsOf(LocalDate day) {
        return to.filter(end -> end.isBefore(day)).orElse(day);
    }
}
