package kz.medcert.domain.certificate;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.reference.QualificationLevel;
import kz.medcert.domain.reference.SpecialtyCode;

/**
 * A specialist certificate for admission to clinical practice (R75): number, holder, specialty or specialization,
 * qualification level, issue date and validity.
 *
 * @param validUntil last day of validity; empty for an indefinite certificate issued before 2015-10-09 (R13)
 */
public record Certificate(CertificateNumber number, Iin holder, SpecialtyCode specialty,
                          Optional<QualificationLevel> qualificationLevel, LocalDate issuedOn,
                          Optional<LocalDate> validUntil) {

    public Certificate {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(specialty, "specialty");
        Objects.requireNonNull(qualificationLevel, "qualificationLevel");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(validUntil, "validUntil");
        validUntil.ifPresent(until -> {
            if (until.isBefore(issuedOn)) {
                throw new IllegalArgumentException("validUntil " + until + " is before issuedOn " + issuedOn);
            }
        });
    }

    /** R14, R79: a new certificate, valid for 5 years from {@code issuedOn}. */
    public static Certificate issue(CertificateNumber number, Iin holder, SpecialtyCode specialty,
                                    Optional<QualificationLevel> level, LocalDate issuedOn) {
        return new Certificate(number, holder, specialty, level, issuedOn,
                Optional.of(CertificateValidityPolicy.validUntilForIssueOn(issuedOn)));
    }

    public boolean isIndefinite() {
        return validUntil.isEmpty();
    }

    /**
     * Status on {@code day}; an indefinite certificate needs to know whether PD was completed within the last five
     * years (R13) and when the last PD ended.
     */
    public Standing standingOn(LocalDate day, Optional<LocalDate> lastPdCompletion, boolean pdCompletedInWindow) {
        return validUntil.map(until -> CertificateValidityPolicy.standingOfFixed(until, day))
                .orElseGet(() -> CertificateValidityPolicy.standingOfIndefinite(issuedOn, lastPdCompletion,
                        pdCompletedInWindow, day));
    }
}
