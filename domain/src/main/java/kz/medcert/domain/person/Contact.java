package kz.medcert.domain.person;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import kz.medcert.domain.reference.DomainText;
import kz.medcert.domain.reference.InvalidValueException;

/**
 * How to reach the applicant, as written in the application: the postal address and contact telephone that the
 * foreign specialist's application asks for (Appendix 5), optional for a domestic one (e-gov knows them).
 */
public record Contact(Optional<String> postalAddress, Optional<String> phone) {
    public static final Contact NONE = new Contact(Optional.empty(), Optional.empty());
    public static final int MAX_ADDRESS_LENGTH = 500;
    // International format as people write it: a leading +, digits, spaces, hyphens and parentheses
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()\\-]{5,23}");

    public Contact {
        Objects.requireNonNull(postalAddress, "postalAddress");
        Objects.requireNonNull(phone, "phone");
        postalAddress = postalAddress.map(String::strip).filter(a -> !a.isEmpty());
        postalAddress.ifPresent(a -> {
            if (a.length() > MAX_ADDRESS_LENGTH || a.chars().anyMatch(Character::isISOControl)) {
                throw new InvalidValueException(DomainText.TEXT_TOO_LONG.message()
                        .with("what", DomainText.FIELD_POSTAL_ADDRESS.message()).with("max", MAX_ADDRESS_LENGTH));
            }
        });
        phone = phone.map(String::strip).filter(p -> !p.isEmpty());
        phone.ifPresent(p -> {
            if (!PHONE.matcher(p).matches() || p.chars().filter(Character::isDigit).count() < 7) {
                throw new InvalidValueException(DomainText.PHONE_INVALID.message());
            }
        });
    }

    public static Contact of(String postalAddress, String phone) {
        return new Contact(Optional.ofNullable(postalAddress), Optional.ofNullable(phone));
    }

    /** The phone with all but the last two digits hidden, for logs and audit details. */
    @Override
    public String toString() {
        return "Contact[" + postalAddress.map(a -> "address").orElse("-") + ", "
                + phone.map(p -> "***" + p.substring(Math.max(0, p.length() - 2))).orElse("-") + "]";
    }
}
