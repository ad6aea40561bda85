package kz.medcert.adapters.registries;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import kz.medcert.domain.reference.CountryCode;
import kz.medcert.domain.reference.SpecialtyCode;

/**
 * Reading one field of the demo file: every problem becomes an IllegalArgumentException that starts with the
 * field's path, e.g. "field registries.education[0].level: unknown value 'HIGH' ...".
 */
final class FileFields {

    private FileFields() {
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("field " + field + ": is missing");
        }
        return value;
    }

    static <T> List<T> listOrEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }

    static boolean flag(Boolean value) {
        return value != null && value;
    }

    static <E extends Enum<E>> E oneOf(Class<E> type, String text, String field) {
        String value = required(text, field).strip();
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("field " + field + ": unknown value '" + value
                        + "'; expected one of " + Arrays.toString(type.getEnumConstants())));
    }

    static SpecialtyCode specialty(String text, String field) {
        return at(field, () -> SpecialtyCode.of(required(text, field)));
    }

    static CountryCode country(String text, String field) {
        return at(field, () -> CountryCode.of(required(text, field)));
    }

    /** Builds a value, prefixing any complaint of a domain constructor with the field it came from. */
    static <T> T at(String field, Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            String message = String.valueOf(e.getMessage());
            throw new IllegalArgumentException(message.startsWith("field ") ? message
                    : "field " + field + ": " + message, e);
        }
    }
}
