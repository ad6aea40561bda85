package kz.medcert.application.port.in.certificates;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.medcert.domain.certificate.CertificateNumber;
import kz.medcert.domain.certificate.CertificateStatus;
import kz.medcert.domain.reference.LocalizedText;

/**
 * A certificate as printed for its holder (R75): the full name, the specialty (and the specialization, when the
 * certificate is for one), the level, the issuing department, the dates and the status on {@code statusOn}.
 * It carries personal data: only the holder (or an officer) may be shown it.
 *
 * @param specializations the specialization the certificate is for, under {@code specialty}; empty for a specialty
 * @param organisation    the healthcare organisation a foreign specialist's certificate names (Appendix 5)
 */
public record CertificateDocumentView(CertificateNumber number, String holderFullName, LocalizedText specialty,
                                      List<LocalizedText> specializations,
                                      Optional<LocalizedText> qualificationLevel, LocalizedText issuingDepartment,
                                      LocalDate issuedOn, Optional<LocalDate> validUntil, CertificateStatus status,
                                      LocalDate statusOn, Optional<String> organisation) {

    public CertificateDocumentView {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(holderFullName, "holderFullName");
        Objects.requireNonNull(specialty, "specialty");
        specializations = List.copyOf(specializations);
        Objects.requireNonNull(qualificationLevel, "qualificationLevel");
        Objects.requireNonNull(issuingDepartment, "issuingDepartment");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(statusOn, "statusOn");
        Objects.requireNonNull(organisation, "organisation");
    }
}
