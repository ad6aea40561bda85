package kz.medcert.application.port.in.verification;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.certificate.CertificateNumber;
import kz.medcert.domain.certificate.CertificateStatus;
import kz.medcert.domain.reference.LocalizedText;
import kz.medcert.domain.reference.QualificationLevel;
import kz.medcert.domain.reference.SpecialtyCode;

/**
 * What anyone may learn about a certificate from its number: enough for an employer to confirm it, and no personal
 * data beyond the holder's surname and initials (never the IIN, the given name or patronymic in full, nor the text of
 * a revocation, which may name a court case).
 *
 * @param status           the status on {@code checkedOn}
 * @param checkedOn        today in Almaty, the day the status was judged
 * @param holder           surname and initials, e.g. "Абенова А. Б."
 * @param revokedOn        the revocation day, once it has come
 * @param revocationGround the ground's code (e.g. {@code GROUND_4_COURT_PROHIBITION}) when it is one of the refusal
 *                         grounds of the rules; any other wording is not shown
 * @param confirms         the certificate this one confirms (R14), if any
 * @param supersededBy     the certificate that replaced this one (R14, R75, R79), once it has: status SUPERSEDED
 * @param supersededOn     the day it did (the replacing certificate's issue day)
 */
public record PublicCertificateView(CertificateNumber number, CertificateStatus status, LocalDate checkedOn,
                                    String holder, SpecialtyCode specialty, LocalizedText specialtyName,
                                    Optional<QualificationLevel> qualificationLevel, Department issuer,
                                    LocalDate issuedOn, Optional<LocalDate> validUntil,
                                    Optional<LocalDate> revokedOn, Optional<String> revocationGround,
                                    Optional<CertificateNumber> confirms,
                                    Optional<CertificateNumber> supersededBy, Optional<LocalDate> supersededOn) {

    public PublicCertificateView {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(checkedOn, "checkedOn");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(specialty, "specialty");
        Objects.requireNonNull(specialtyName, "specialtyName");
        Objects.requireNonNull(qualificationLevel, "qualificationLevel");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(revokedOn, "revokedOn");
        Objects.requireNonNull(revocationGround, "revocationGround");
        Objects.requireNonNull(confirms, "confirms");
        Objects.requireNonNull(supersededBy, "supersededBy");
        Objects.requireNonNull(supersededOn, "supersededOn");
    }
}
