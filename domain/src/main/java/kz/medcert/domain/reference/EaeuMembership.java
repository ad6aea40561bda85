package kz.medcert.domain.reference;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Member states of the Eurasian Economic Union with the date each joined (Treaty of 29 May 2014, R108), kept as dated
 * reference data: their citizens need no permit to attract foreign labour (R53).
 */
public final class EaeuMembership {
    private static final Map<CountryCode, LocalDate> JOINED = Map.of(
            CountryCode.of("BY"), LocalDate.of(2015, 1, 1),
            CountryCode.of("KZ"), LocalDate.of(2015, 1, 1),
            CountryCode.of("RU"), LocalDate.of(2015, 1, 1),
            CountryCode.of("AM"), LocalDate.of(2015, 1, 2),
            CountryCode.of("KG"), LocalDate.of(2015, 8, 12));

    private EaeuMembership() {
    }

    public static boolean isMemberOn(CountryCode country, LocalDate day) {
        return joinedOn(country).map(joined -> !day.isBefore(joined)).orElse(false);
    }

    public static Optional<LocalDate> joinedOn(CountryCode country) {
        return Optional.ofNullable(JOINED.get(country));
    }
}
