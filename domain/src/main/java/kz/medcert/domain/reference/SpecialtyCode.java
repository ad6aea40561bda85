package kz.medcert.domain.reference;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Code of a specialty or specialization from the List (ҚР ДСМ-218/2020, R100) or of an education field; both kinds
 * may stand wherever the regulation says "specialty" for training or work (rules.md section (k)).
 */
public record SpecialtyCode(String value) {
    private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

    public static final SpecialtyCode NURSING = new SpecialtyCode("NURSING");
    public static final SpecialtyCode MEDICAL_CARE = new SpecialtyCode("MEDICAL_CARE");
    public static final SpecialtyCode MIDWIFERY = new SpecialtyCode("MIDWIFERY");
    public static final SpecialtyCode LABORATORY_DIAGNOSTICS = new SpecialtyCode("LABORATORY_DIAGNOSTICS");

    public SpecialtyCode {
        Objects.requireNonNull(value, "specialty code");
        value = value.strip().toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("malformed specialty code: " + value);
        }
    }

    public static SpecialtyCode of(String value) {
        return new SpecialtyCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
