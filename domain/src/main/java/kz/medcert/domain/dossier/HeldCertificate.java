package kz.medcert.domain.dossier;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import kz.medcert.domain.reference.DomainText;
import kz.medcert.domain.reference.InvalidValueException;
import kz.medcert.domain.reference.QualificationLevel;
import kz.medcert.domain.reference.SpecialtyCode;

/**
 * A specialist certificate the applicant holds or held (A2-IF 6, A6-IF 8).
 *
 * @param validUntil the last day of validity; empty when {@code indefinite} (R13)
 * @param inRegistry the certificate was found in the service with matching data (R14, R64)
 */
public record HeldCertificate(SpecialtyCode specialty, LocalDate issuedOn, Optional<LocalDate> validUntil,
                              boolean indefinite, boolean inRegistry, Optional<QualificationLevel> qualificationLevel) {

    public HeldCertificate {
        Objects.requireNonNull(specialty, "certificate specialty");
        Objects.requireNonNull(issuedOn, "certificate issuedOn");
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(qualificationLevel, "qualificationLevel");
        if (indefinite == validUntil.isPresent()) {
            throw new InvalidValueException(DomainText.CERTIFICATE_VALIDITY_OR_INDEFINITE.message());
        }
        validUntil.ifPresent(until -> {
            if (until.isBefore(issuedOn)) {
                throw new InvalidValueException(DomainText.CERTIFICATE_VALID_UNTIL_BEFORE_ISSUE.message()
                        .with("validUntil", until).with("issuedOn", issuedOn));
            }
        });
    }

    public static HeldCertificate valid(SpecialtyCode specialty, LocalDate issuedOn, LocalDate validUntil,
                                        boolean inRegistry) {
        return new HeldCertificate(specialty, issuedOn, Optional.of(validUntil), false, inRegistry, Optional.empty());
    }

    public static HeldCertificate indefinite(SpecialtyCode specialty, LocalDate issuedOn, boolean inRegistry) {
        return new HeldCertificate(specialty, issuedOn, Optional.empty(), true, inRegistry, Optional.empty());
    }
}
