package kz.medcert.domain.reference;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * How a text for a person writes a day, in every language: {@code 08.12.2026}, as the certificate and the web front
 * write it. Fields that machines read (JSON, the audit trail) keep ISO 8601.
 */
public final class PersonDates {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    private PersonDates() {
    }

    /** {@code day} as a person reads it, e.g. {@code 08.12.2026}. */
    public static String format(LocalDate day) {
        return DAY.format(day);
    }
}
