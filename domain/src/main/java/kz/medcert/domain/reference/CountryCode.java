package kz.medcert.domain.reference;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** ISO 3166-1 alpha-2 country code, e.g. KZ. */
public record CountryCode(String value) {
    /** The shape the constructor checks by hand (a code is made for every education record of a request). */
    static final Pattern FORMAT = Pattern.compile("[A-Z]{2}");
    public static final CountryCode KAZAKHSTAN = new CountryCode("KZ");

    public CountryCode {
        Objects.requireNonNull(value, "country code");
        value = value.strip().toUpperCase(Locale.ROOT);
        if (value.length() != 2 || !capital(value.charAt(0)) || !capital(value.charAt(1))) {
            throw new InvalidValueException(DomainText.COUNTRY_CODE_MALFORMED.message().with("value", value));
        }
    }

    public static CountryCode of(String value) {
        return new CountryCode(value);
    }

    /**
     * The country's name in kk/ru/en, from the JDK's locale data (CLDR); a code the data do not know is shown as
     * written.
     */
    public LocalizedText localizedName() {
        Locale country = new Locale("", value);
        return LocalizedText.of(country.getDisplayCountry(Language.KK.locale()),
                country.getDisplayCountry(Language.RU.locale()), country.getDisplayCountry(Language.EN.locale()));
    }

    private static boolean capital(char c) {
        return c >= 'A' && c <= 'Z';
    }

    public boolean isKazakhstan() {
        return value.equals(KAZAKHSTAN.value);
    }

    /** As a record compares, by the code; written out because the rules compare countries per education record. */
    @Override
    public boolean equals(Object other) {
        return other instanceof CountryCode code && value.equals(code.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
