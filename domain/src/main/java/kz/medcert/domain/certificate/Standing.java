package kz.medcert.domain.certificate;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import kz.medcert.domain.rules.RuleSet;

/**
 * A certificate's status on a day, with the (possibly derived, R13) last day of validity it was judged by.
 *
 * @param lastValidDay empty for an indefinite certificate kept valid by professional development (R13)
 */
public record Standing(CertificateStatus status, Optional<LocalDate> lastValidDay, boolean indefiniteKeptValid) {

    public Standing {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(lastValidDay, "lastValidDay");
    }

    public static Standing judgedOn(LocalDate lastValidDay, LocalDate day) {
        return new Standing(day.isAfter(lastValidDay) ? CertificateStatus.EXPIRED : CertificateStatus.VALID,
                Optional.of(lastValidDay), false);
    }

    public static Standing keptValidByProfessionalDevelopment() {
        return new Standing(CertificateStatus.VALID, Optional.empty(), true);
    }

    public boolean isValid() {
        return status == CertificateStatus.VALID;
    }

    /** R11: how long ago the certificate lapsed, as calendar time; empty while valid. */
    public Optional<Period> lapseOn(LocalDate day) {
        return isValid() ? Optional.empty() : lastValidDay.map(last -> Period.between(last, day));
    }

    /** R07, R10, R11: lapsed more than 3 years ago (exactly 3 years is still within the limit). */
    public boolean lapsedOverLimitOn(LocalDate day) {
        return !isValid() && lastValidDay.map(last -> day.isAfter(last.plus(RuleSet.LAPSE_LIMIT))).orElse(false);
    }
}
