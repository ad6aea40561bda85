package kz.medcert.domain.dossier;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import kz.medcert.domain.reference.DomainText;
import kz.medcert.domain.reference.InvalidValueException;

/**
 * Recognition or nostrification of education obtained abroad (R25, R36, R48; A2-IF 2.2, A6-IF 4.2) under orders
 * No. 230 and No. 268 (R103).
 */
public record Recognition(String number, LocalDate issuedOn, Optional<String> issuingBody,
                          Optional<String> orderNumber, Optional<String> registrationNumber, boolean inRegistry) {

    public Recognition {
        Objects.requireNonNull(number, "recognition number");
        if (number.isBlank()) {
            throw new InvalidValueException(DomainText.TEXT_BLANK.message()
                    .with("what", DomainText.FIELD_RECOGNITION_NUMBER.message()));
        }
        Objects.requireNonNull(issuedOn, "recognition issuedOn");
        Objects.requireNonNull(issuingBody, "issuingBody");
        Objects.requireNonNull(orderNumber, "orderNumber");
        Objects.requireNonNull(registrationNumber, "registrationNumber");
    }

    public static Recognition of(String number, LocalDate issuedOn) {
        return new Recognition(number, issuedOn, Optional.empty(), Optional.empty(), Optional.empty(), false);
    }
}
