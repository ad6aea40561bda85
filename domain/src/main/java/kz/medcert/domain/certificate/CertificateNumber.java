package kz.medcert.domain.certificate;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** The number printed on a specialist certificate, by which employers and the public verify it. */
public record CertificateNumber(String value) {
    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,39}");

    public CertificateNumber {
        Objects.requireNonNull(value, "certificate number");
        value = value.strip().toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("malformed certificate number: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
