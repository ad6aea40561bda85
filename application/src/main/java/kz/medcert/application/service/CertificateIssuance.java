package kz.medcert.application.service;

import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import kz.medcert.application.port.in.RequestConflictException;
import kz.medcert.application.port.in.ServiceText;
import kz.medcert.application.port.out.CertificateRegister;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.certificate.CertificateNumbers;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.dossier.HealthcareOrganisation;
import kz.medcert.domain.reference.QualificationLevel;
import kz.medcert.domain.reference.SpecialtyCode;
import kz.medcert.domain.request.ApplicantIdentity;
import kz.medcert.domain.request.RequestState;

/**
 * The register entry a decision to issue creates (R14, R75, R79): a new number, the holder, the declared specialty
 * (or specialization), the department of the applicant's region (R71), valid 5 years from the issue day, and the
 * certificate it confirms, if the register holds one in that specialty. Shared by the officer's decision and the
 * automatic confirmation, so both issue the same thing.
 */
final class CertificateIssuance {
    private final CertificateRegister register;

    CertificateIssuance(CertificateRegister register) {
        this.register = Objects.requireNonNull(register, "register");
    }

    /**
     * The entry numbered with {@code serial} of {@code issuedOn}'s year, drawn by the repository in the transaction
     * that stores the decision (see {@code CertificationRequestRepository.updateIssuing}): a decision that is not
     * stored gives its serial back, so numbers never repeat and have no gaps.
     */
    IssuedCertificate draft(RequestState s, LocalDate issuedOn, long serial) {
        SpecialtyCode specialty = s.form().target();
        ApplicantIdentity holder = s.identity();
        Department department = holder.department().orElseThrow(() -> new IllegalStateException(
                "request " + s.id() + " names no region, so no department can issue (R71)"));
        Optional<IssuedCertificate> confirmed = latestHeld(s, specialty);
        // R15: the level granted is the level applied for, never copied from a registry nor dropped
        Optional<QualificationLevel> level = s.details().qualificationLevel();
        Year year = Year.from(issuedOn);
        // R75: the certificate carries the name the state database of individuals holds, not the one typed
        // Appendix 5: a foreign specialist's certificate names the organisation they are admitted to work in
        Optional<String> organisation = holder.category() == Category.FOREIGN
                ? s.details().organisation().map(HealthcareOrganisation::name) : Optional.empty();
        return IssuedCertificate.issue(CertificateNumbers.issue(year, serial), holder.iin(), holder.name(), specialty,
                level, department, issuedOn, confirmed.map(IssuedCertificate::number), organisation);
    }

    /**
     * R14: a certificate for the same specialty the register already holds for this person is the one confirmed.
     * Row 8 part B: one revoked on a court decision confirms nothing; if the request was evaluated as its
     * confirmation, the evaluation no longer stands and nobody may issue on it.
     */
    private Optional<IssuedCertificate> latestHeld(RequestState s, SpecialtyCode specialty) {
        Optional<IssuedCertificate> latest = register.latestHeld(s.applicant().iin(), specialty);
        if (latest.flatMap(IssuedCertificate::revocation).isEmpty()) {
            return latest;
        }
        boolean evaluatedAsConfirmation = s.submission()
                .map(sub -> sub.evaluation().route().route().isConfirmation()).orElse(false);
        if (evaluatedAsConfirmation) {
            throw new RequestConflictException(ServiceText.CERTIFICATE_REVOKED_CANNOT_CONFIRM.message()
                    .with("number", latest.get().number().value())
                    .with("day", latest.get().revocation().orElseThrow().revokedOn()));
        }
        return Optional.empty();
    }
}
