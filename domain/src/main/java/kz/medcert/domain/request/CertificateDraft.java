package kz.medcert.domain.request;

import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.certificate.CertificateNumbers;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.dossier.HealthcareOrganisation;
import kz.medcert.domain.reference.QualificationLevel;
import kz.medcert.domain.reference.SpecialtyCode;

/**
 * The register entry a decision to issue creates (R14, R15, R75, R79): a new number, the holder, the declared
 * specialty (or specialization), the department of the applicant's region (R71), valid 5 years from the issue day,
 * and the certificate it confirms, if the register holds one in that specialty. The officer's decision and the
 * automatic confirmation draft it here alike, so both issue the same thing.
 */
public sealed interface CertificateDraft {

    /** The entry to register. */
    record Drafted(IssuedCertificate certificate) implements CertificateDraft {
        public Drafted {
            Objects.requireNonNull(certificate, "certificate");
        }

        @Override
        public <T> T fold(Function<Drafted, T> drafted, Function<RevokedCannotBeConfirmed, T> revoked) {
            return drafted.apply(this);
        }
    }

    /**
     * Row 8 part B: the request was evaluated as the confirmation of {@code revoked}, which was revoked on a court
     * decision since; that evaluation no longer stands, and nobody may issue on it.
     */
    record RevokedCannotBeConfirmed(IssuedCertificate revoked) implements CertificateDraft {
        public RevokedCannotBeConfirmed {
            Objects.requireNonNull(revoked, "revoked");
            revoked.revocation().orElseThrow(() -> new IllegalArgumentException(revoked.number() + " is not revoked"));
        }

        @Override
        public <T> T fold(Function<Drafted, T> drafted, Function<RevokedCannotBeConfirmed, T> revoked) {
            return revoked.apply(this);
        }
    }

    <T> T fold(Function<Drafted, T> drafted, Function<RevokedCannotBeConfirmed, T> revoked);

    /**
     * The entry numbered with {@code serial} of {@code issuedOn}'s year.
     *
     * @param latestHeld the latest certificate the register holds for the applicant in the request's specialty
     *                   ({@code request.form().target()}), revoked or not
     */
    static CertificateDraft of(RequestState request, LocalDate issuedOn, long serial,
                               Optional<IssuedCertificate> latestHeld) {
        ApplicantIdentity holder = request.identity();
        Department department = holder.department().orElseThrow(() -> new IllegalStateException(
                "request " + request.id() + " names no region, so no department can issue (R71)"));
        // R14: a certificate for the same specialty the register already holds for this person is the one confirmed;
        // row 8 part B: one revoked on a court decision confirms nothing
        Optional<IssuedCertificate> confirmed = latestHeld.filter(held -> held.revocation().isEmpty());
        if (latestHeld.isPresent() && confirmed.isEmpty() && evaluatedAsConfirmation(request)) {
            return new RevokedCannotBeConfirmed(latestHeld.get());
        }
        SpecialtyCode specialty = request.form().target();
        // R15: the level granted is the level applied for, never copied from a registry nor dropped
        Optional<QualificationLevel> level = request.details().qualificationLevel();
        // R75: the certificate carries the name the state database of individuals holds, not the one typed
        // Appendix 5: a foreign specialist's certificate names the organisation they are admitted to work in
        Optional<String> organisation = holder.category() == Category.FOREIGN
                ? request.details().organisation().map(HealthcareOrganisation::name) : Optional.empty();
        return new Drafted(IssuedCertificate.issue(CertificateNumbers.issue(Year.from(issuedOn), serial),
                holder.iin(), holder.name(), specialty, level, department, issuedOn,
                confirmed.map(IssuedCertificate::number), organisation));
    }

    private static boolean evaluatedAsConfirmation(RequestState request) {
        return request.submission().map(sub -> sub.evaluation().route().route().isConfirmation()).orElse(false);
    }
}
