package kz.medcert.domain.reference;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Code of a specialty or specialization from the List (ҚР ДСМ-218/2020, R100) or of an education field; both kinds
 * may stand wherever the regulation says "specialty" for training or work (rules.md section (k)).
 */
public record SpecialtyCode(String value) {
    /** The shape {@link #wellFormed} checks by hand (a code is made for every field of every request: issue 16). */
    static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

    public static final SpecialtyCode NURSING = new SpecialtyCode("NURSING");
    public static final SpecialtyCode MEDICAL_CARE = new SpecialtyCode("MEDICAL_CARE");
    public static final SpecialtyCode MIDWIFERY = new SpecialtyCode("MIDWIFERY");
    public static final SpecialtyCode LABORATORY_DIAGNOSTICS = new SpecialtyCode("LABORATORY_DIAGNOSTICS");

    public SpecialtyCode {
        Objects.requireNonNull(value, "specialty code");
        value = value.strip().toUpperCase(Locale.ROOT);
        if (!wellFormed(value)) {
            throw new IllegalArgumentException("malformed specialty code: " + value);
        }
    }

    /** {@link #FORMAT}: a capital letter, then 1 to 63 capital letters, digits or underscores. */
    static boolean wellFormed(String value) {
        int length = value.length();
        if (length < 2 || length > 64 || !capital(value.charAt(0))) {
            return false;
        }
        for (int i = 1; i < length; i++) {
            char c = value.charAt(i);
            if (!capital(c) && (c < '0' || c > '9') && c != '_') {
                return false;
            }
        }
        return true;
    }

    private static boolean capital(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** As a record compares, by the code; written out because the rules compare codes in their innermost loops. */
    @Override
    public boolean equals(Object other) {
        return other instanceof SpecialtyCode code && value.equals(code.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    public static SpecialtyCode of(String value) {
        return new SpecialtyCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
