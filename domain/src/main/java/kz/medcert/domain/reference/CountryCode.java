package kz.medcert.domain.reference;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** ISO 3166-1 alpha-2 country code, e.g. KZ. */
public record CountryCode(String value) {
    private static final Pattern FORMAT = Pattern.compile("[A-Z]{2}");
    public static final CountryCode KAZAKHSTAN = new CountryCode("KZ");

    public CountryCode {
        Objects.requireNonNull(value, "country code");
        value = value.strip().toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(value).matches()) {
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

    public boolean isKazakhstan() {
        return equals(KAZAKHSTAN);
    }

    @Override
    public String toString() {
        return value;
    }
}
