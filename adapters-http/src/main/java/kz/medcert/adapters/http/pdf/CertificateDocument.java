package kz.medcert.adapters.http.pdf;

import static kz.medcert.adapters.http.pdf.BilingualText.requireText;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything printed on a specialist certificate for admission to clinical practice, already resolved to text: the
 * renderer ({@link CertificatePdf}) looks nothing up and does not read the clock.
 *
 * @param certificateNumber  the number by which the certificate is verified, e.g. {@code MC-2026-00000123-7}
 * @param holderFullName     surname, given name and patronymic (if any) of the holder
 * @param specialty          the specialty
 * @param specializations    specializations within the specialty, in print order; may be empty
 * @param qualificationLevel the qualification level (category), if the holder has one
 * @param issuingDepartment  the territorial department that issued the certificate
 * @param issuedOn           the issue date
 * @param validUntil         the last day of validity; empty for an indefinite certificate
 * @param status             the status on the day of printing, e.g. "Жарамды" / "Действителен"
 * @param legalBasis         the legal basis line, e.g.
 *                           {@code Order ҚР ДСМ-274/2020 as amended by Order No. 23 of 20 June 2024}
 * @param verificationUrl    the public verification page (absolute http or https), encoded in the QR code
 * @param generatedAt        when the document was produced: its PDF creation date and the footer's timestamp
 * @param organisation       the healthcare organisation a foreign specialist's certificate admits them to work in
 */
public record CertificateDocument(String certificateNumber, String holderFullName, BilingualText specialty,
                                  List<BilingualText> specializations,
                                  Optional<BilingualText> qualificationLevel, BilingualText issuingDepartment,
                                  LocalDate issuedOn, Optional<LocalDate> validUntil, BilingualText status,
                                  String legalBasis, URI verificationUrl, Instant generatedAt,
                                  Optional<String> organisation) {

    public CertificateDocument {
        certificateNumber = requireText(certificateNumber, "certificateNumber");
        holderFullName = requireText(holderFullName, "holderFullName");
        Objects.requireNonNull(specialty, "specialty");
        specializations = List.copyOf(Objects.requireNonNull(specializations, "specializations"));
        Objects.requireNonNull(qualificationLevel, "qualificationLevel");
        Objects.requireNonNull(issuingDepartment, "issuingDepartment");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(validUntil, "validUntil");
        validUntil.ifPresent(until -> {
            if (until.isBefore(issuedOn)) {
                throw new IllegalArgumentException("validUntil " + until + " is before issuedOn " + issuedOn);
            }
        });
        Objects.requireNonNull(status, "status");
        legalBasis = requireText(legalBasis, "legalBasis");
        Objects.requireNonNull(verificationUrl, "verificationUrl");
        String scheme = verificationUrl.getScheme();
        if (!verificationUrl.isAbsolute() || verificationUrl.getHost() == null
                || !(scheme.toLowerCase(Locale.ROOT).equals("https")
                     || scheme.toLowerCase(Locale.ROOT).equals("http"))) {
            throw new IllegalArgumentException("verificationUrl must be an absolute http(s) URL: " + verificationUrl);
        }
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(organisation, "organisation");
    }

    /** A certificate that names no organisation (every one but a foreign specialist's). */
    public CertificateDocument(String certificateNumber, String holderFullName, BilingualText specialty,
                               List<BilingualText> specializations, Optional<BilingualText> qualificationLevel,
                               BilingualText issuingDepartment, LocalDate issuedOn, Optional<LocalDate> validUntil,
                               BilingualText status, String legalBasis, URI verificationUrl, Instant generatedAt) {
        this(certificateNumber, holderFullName, specialty, specializations, qualificationLevel, issuingDepartment,
                issuedOn, validUntil, status, legalBasis, verificationUrl, generatedAt, Optional.empty());
    }

    public boolean isIndefinite() {
        return validUntil.isEmpty();
    }
}
