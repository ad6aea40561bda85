package kz.medcert.domain.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Specialty and country codes are checked by hand, not by their patterns (issue 16): over seeded random strings of
 * letters, digits, underscores and look-alikes, each accepts exactly what its pattern matches, and codes compare and
 * hash by their value as records do.
 */
class CodeShapeTest {
    private static final long SEED = 20261208L;
    private static final String ALPHABET = "AZMaz09_-. ÉЖ\u0130";

    @Test
    void specialtyCodes_acceptWhatTheirPatternMatches() {
        Random random = new Random(SEED);
        for (int i = 0; i < 20_000; i++) {
            String value = random(random, random.nextInt(5) == 0 ? 60 + random.nextInt(10) : random.nextInt(8));
            assertThat(SpecialtyCode.wellFormed(value)).as("seed %d, %s", SEED, value)
                    .isEqualTo(SpecialtyCode.FORMAT.matcher(value).matches());
        }
        assertThat(SpecialtyCode.wellFormed("A".repeat(64))).isTrue();
        assertThat(SpecialtyCode.wellFormed("A".repeat(65))).isFalse();
        assertThat(SpecialtyCode.of("pediatrics")).isEqualTo(SpecialtyCode.of("PEDIATRICS"))
                .hasSameHashCodeAs(SpecialtyCode.of("PEDIATRICS")).isNotEqualTo(SpecialtyCode.of("THERAPY"));
        assertThat(SpecialtyCode.of("THERAPY").hashCode()).isEqualTo("THERAPY".hashCode());
    }

    @Test
    void countryCodes_acceptWhatTheirPatternMatches() {
        Random random = new Random(SEED);
        for (int i = 0; i < 20_000; i++) {
            String value = random(random, random.nextInt(4));
            String normalised = value.strip().toUpperCase(Locale.ROOT);
            boolean matches = CountryCode.FORMAT.matcher(normalised).matches();
            if (matches) {
                assertThat(CountryCode.of(value).value()).as("seed %d, %s", SEED, value).isEqualTo(normalised);
            } else {
                assertThatThrownBy(() -> CountryCode.of(value)).as("seed %d, %s", SEED, value)
                        .isInstanceOf(InvalidValueException.class);
            }
        }
        assertThat(CountryCode.of("kz").isKazakhstan()).isTrue();
        assertThat(CountryCode.of("UZ").isKazakhstan()).isFalse();
        assertThat(CountryCode.of("kz")).isEqualTo(CountryCode.KAZAKHSTAN).hasSameHashCodeAs(CountryCode.KAZAKHSTAN);
    }

    private static String random(Random random, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}
