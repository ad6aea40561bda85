package kz.medcert.domain.dossier;

import java.util.Objects;
import java.util.Optional;

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
        name = text("organisation name", name);
        ownership = text("form of ownership", ownership);
        address = text("organisation address", address);
        Objects.requireNonNull(branches, "branches");
        branches = branches.map(String::strip).filter(b -> !b.isEmpty()).map(b -> text("branches", b));
    }

    private static String text(String what, String value) {
        Objects.requireNonNull(value, what);
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException(what + " is blank");
        }
        if (stripped.length() > MAX_LENGTH || stripped.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(what + " must be at most " + MAX_LENGTH
                    + " characters without control characters");
        }
        return stripped;
    }
}
