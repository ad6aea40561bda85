package kz.medcert.domain.certificate;

import java.time.LocalDate;
import java.util.Optional;
import kz.medcert.domain.rules.RuleSet;

/** How long certificates are valid (R13, R14, R79). */
public final class CertificateValidityPolicy {

    private CertificateValidityPolicy() {
    }

    /**
     * R14, R79: a certificate is issued for 5 years counted from its issue date (interpretation: the 5 years start on
     * issue); the returned day is the last day of validity, as in the evaluation contract's example (issued
     * 2020-03-01, valid until 2025-03-01).
     */
    public static LocalDate validUntilForIssueOn(LocalDate issuedOn) {
        return issuedOn.plus(RuleSet.CERTIFICATE_VALIDITY);
    }

    /**
     * R13: only a certificate issued before 2015-10-09 may be indefinite; every later one has a last day of
     * validity. A register entry holds to it ({@link IssuedCertificate}); an applicant's declaration of an
     * indefinite certificate issued later is judged as a 5-year one instead ({@link #standingOfIndefinite}).
     */
    public static boolean mayBeIndefinite(LocalDate issuedOn) {
        return issuedOn.isBefore(RuleSet.INDEFINITE_ISSUED_BEFORE);
    }

    /** A certificate with a fixed last day of validity. */
    public static Standing standingOfFixed(LocalDate validUntil, LocalDate day) {
        return Standing.judgedOn(validUntil, day);
    }

    /**
     * R13: an indefinite certificate issued before 2015-10-09 stays valid while professional development is
     * completed every 5 years ({@code pdCompletedInWindow}: at least the confirmation volume within [day − 5 y,
     * day]); otherwise it counts as expired 5 years after the last PD (or after issue, if there was none). An
     * "indefinite" certificate issued on or after 2015-10-09 cannot be indefinite (R13 ambiguity): it is judged as a
     * 5-year certificate from its issue date.
     */
    public static Standing standingOfIndefinite(LocalDate issuedOn, Optional<LocalDate> lastPdCompletion,
                                                boolean pdCompletedInWindow, LocalDate day) {
        if (!mayBeIndefinite(issuedOn)) {
            return Standing.judgedOn(validUntilForIssueOn(issuedOn), day);
        }
        if (pdCompletedInWindow) {
            return Standing.keptValidByProfessionalDevelopment();
        }
        LocalDate base = lastPdCompletion.filter(pd -> pd.isAfter(issuedOn)).orElse(issuedOn);
        LocalDate derivedLastDay = base.plus(RuleSet.CERTIFICATE_VALIDITY);
        // A derived last day on or after AD would read as valid, but the PD check above already failed.
        if (!day.isAfter(derivedLastDay)) {
            derivedLastDay = day.minusDays(1);
        }
        return Standing.judgedOn(derivedLastDay, day);
    }
}
