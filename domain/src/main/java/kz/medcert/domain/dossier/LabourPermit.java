package kz.medcert.domain.dossier;

import java.time.LocalDate;
import java.util.Objects;
import kz.medcert.domain.reference.DomainText;
import kz.medcert.domain.reference.InvalidValueException;

/** Permit to attract foreign labour, issued to the employer by the local executive body (R53; A6-IF 2). */
public record LabourPermit(String number, LocalDate issuedOn, String employer) {
    public LabourPermit {
        Objects.requireNonNull(number, "permit number");
        Objects.requireNonNull(issuedOn, "permit issuedOn");
        Objects.requireNonNull(employer, "permit employer");
        if (number.isBlank()) {
            throw new InvalidValueException(DomainText.TEXT_BLANK.message()
                    .with("what", DomainText.FIELD_PERMIT_NUMBER.message()));
        }
    }
}
