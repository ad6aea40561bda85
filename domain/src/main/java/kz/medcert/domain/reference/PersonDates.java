package kz.medcert.domain.reference;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * How a text for a person writes a day, in every language: {@code 08.12.2026}, as the certificate and the web front
 * write it, and how a day a person typed that way is read back. Fields that machines read (JSON, the audit trail) keep
 * ISO 8601.
 */
public final class PersonDates {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private PersonDates() {
    }

    /** {@code day} as a person reads it, e.g. {@code 08.12.2026}. */
    public static String format(LocalDate day) {
        return DAY.format(day);
    }

    /** The day a person typed as dd.MM.yyyy (surrounding blanks ignored), strictly: 31.02.2026 is no day. */
    public static Optional<LocalDate> parse(String typed) {
        try {
            return Optional.of(LocalDate.parse(typed.strip(), DAY));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
