package kz.medcert.domain.certificate;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.person.PersonName;
import kz.medcert.domain.reference.QualificationLevel;
import kz.medcert.domain.reference.SpecialtyCode;
import kz.medcert.domain.rules.RuleSet;

/**
 * An entry of the national register of specialist certificates (R75): who holds it, in what, issued by which
 * territorial department, valid until when, and whether it was revoked. A confirmation issues a new certificate that
 * names the one it confirms; nothing is overwritten.
 *
 * @param validUntil last day of validity; empty for an indefinite certificate, which only an issue date before
 *                   2015-10-09 admits (R13)
 * @param number     in this register's format ({@link CertificateNumbers}), it names the year of issue (R75)
 * @param confirms   the certificate this one confirms (R14), if any
 */
public record IssuedCertificate(CertificateNumber number, Iin holder, PersonName holderName, SpecialtyCode specialty,
                                Optional<QualificationLevel> qualificationLevel, Department department,
                                LocalDate issuedOn, Optional<LocalDate> validUntil,
                                Optional<CertificateNumber> confirms, Optional<Revocation> revocation) {

    public IssuedCertificate {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(holderName, "holderName");
        Objects.requireNonNull(specialty, "specialty");
        Objects.requireNonNull(qualificationLevel, "qualificationLevel");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(validUntil, "validUntil");
        requireRegisterRules(number, issuedOn, validUntil);
        Objects.requireNonNull(confirms, "confirms");
        Objects.requireNonNull(revocation, "revocation");
        validUntil.ifPresent(until -> {
            if (until.isBefore(issuedOn)) {
                throw new IllegalArgumentException("validUntil " + until + " is before issuedOn " + issuedOn);
            }
        });
    }

    /** R13: indefinite only if issued before 2015-10-09; R75: a number of this register names the year of issue. */
    private static void requireRegisterRules(CertificateNumber number, LocalDate issuedOn,
                                             Optional<LocalDate> validUntil) {
        if (validUntil.isEmpty() && !CertificateValidityPolicy.mayBeIndefinite(issuedOn)) {
            throw new IllegalArgumentException("certificate " + number + " issued on " + issuedOn + " cannot be "
                    + "indefinite: only one issued before " + RuleSet.INDEFINITE_ISSUED_BEFORE + " is (R13)");
        }
        CertificateNumbers.issueYearProblem(number, issuedOn).ifPresent(problem -> {
            throw new IllegalArgumentException("certificate number " + number + ": " + problem + " (R75)");
        });
    }

    /** R14, R79: a new certificate valid for 5 years from {@code issuedOn}. */
    public static IssuedCertificate issue(CertificateNumber number, Iin holder, PersonName holderName,
                                          SpecialtyCode specialty, Optional<QualificationLevel> level,
                                          Department department, LocalDate issuedOn,
                                          Optional<CertificateNumber> confirms) {
        return new IssuedCertificate(number, holder, holderName, specialty, level, department, issuedOn,
                Optional.of(CertificateValidityPolicy.validUntilForIssueOn(issuedOn)), confirms, Optional.empty());
    }

    /** Status on {@code day}: revoked from the revocation day, expired after the last day of validity. */
    public CertificateStatus statusOn(LocalDate day) {
        if (revocation.map(r -> !day.isBefore(r.revokedOn())).orElse(false)) {
            return CertificateStatus.REVOKED;
        }
        return validUntil.filter(day::isAfter).isPresent() ? CertificateStatus.EXPIRED : CertificateStatus.VALID;
    }

    public boolean isIndefinite() {
        return validUntil.isEmpty();
    }

    /**
     * Standing on {@code day} for the route rules (R11, R13): an indefinite certificate needs to know whether PD was
     * completed within the last five years and when the last PD ended.
     */
    public Standing standingOn(LocalDate day, Optional<LocalDate> lastPdCompletion, boolean pdCompletedInWindow) {
        return validUntil.map(until -> CertificateValidityPolicy.standingOfFixed(until, day))
                .orElseGet(() -> CertificateValidityPolicy.standingOfIndefinite(issuedOn, lastPdCompletion,
                        pdCompletedInWindow, day));
    }

    public IssuedCertificate revoked(Revocation value) {
        if (revocation.isPresent()) {
            throw new IllegalStateException("certificate " + number + " is already revoked");
        }
        return new IssuedCertificate(number, holder, holderName, specialty, qualificationLevel, department, issuedOn,
                validUntil, confirms, Optional.of(value));
    }
}
