package kz.medcert.domain.dossier;

import java.util.Objects;
import java.util.Optional;
import kz.medcert.domain.reference.DomainText;
import kz.medcert.domain.reference.InvalidValueException;

/**
 * The healthcare organisation a foreign specialist is certified to work in (Appendix 5: "for work … in the healthcare
 * organization"; its form of ownership, address and branches; A6-IF item 3). The foreign specialist's certificate
 * names it (R14, R17).
 *
 * @param ownership form of ownership, as written (e.g. "государственная", "частная")
 * @param address   region, city, district, street, building and telephone, as written
 * @param branches  branches and representative offices with their locations, if any
 */
public record HealthcareOrganisation(String name, String ownership, String address, Optional<String> branches) {
    /** Longest text of one field, enough for any legal name or address. */
    public static final int MAX_LENGTH = 500;

    public HealthcareOrganisation {
        name = text(DomainText.FIELD_ORGANISATION_NAME, name);
        ownership = text(DomainText.FIELD_OWNERSHIP, ownership);
        address = text(DomainText.FIELD_ORGANISATION_ADDRESS, address);
        Objects.requireNonNull(branches, "branches");
        branches = branches.map(String::strip).filter(b -> !b.isEmpty()).map(b -> text(DomainText.FIELD_BRANCHES, b));
    }

    private static String text(DomainText what, String value) {
        Objects.requireNonNull(value, what.name());
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            throw new InvalidValueException(DomainText.TEXT_BLANK.message().with("what", what.message()));
        }
        if (stripped.length() > MAX_LENGTH || stripped.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException(DomainText.TEXT_TOO_LONG.message().with("what", what.message())
                    .with("max", MAX_LENGTH));
        }
        return stripped;
    }
}
