package kz.medcert.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-read date ({@link Fields#plainDate}) answers as the strict formatter does, or leaves the value to it. */
class FieldsDateTest {
    private static final DateTimeFormatter STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final long SEED = 20261207L;

    @Test
    void everyDayFrom1899To3000_isReadAsTheFormatterReadsIt() {
        for (LocalDate d = LocalDate.of(1899, 1, 1); d.isBefore(LocalDate.of(3001, 1, 1)); d = d.plusDays(1)) {
            assertThat(Fields.plainDate(d.toString())).isEqualTo(d);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-29", "2024-02-30", "2024-13-01", "2024-00-10", "2024-04-31", "2024-1-01",
            "24-01-01", "2024/01/01", "2024-01-01T00:00", "+2024-01-01", "-2024-01-01", "２０２４-01-01", "2024-01-0a",
            " 2024-01-01", "10000-01-01", ""})
    void anythingElse_isLeftToTheFormatter(String value) {
        assertThat(Fields.plainDate(value)).isNull();
    }

    /** Seeded random strings of date-like characters; on a failure the seed and the value replay it. */
    @ParameterizedTest
    @MethodSource("dateLikeStrings")
    void neverAcceptsWhatTheFormatterRefuses_norDiffersFromIt(String value) {
        Optional<LocalDate> strict = strict(value);
        LocalDate plain = Fields.plainDate(value);
        if (plain != null) {
            assertThat(strict).as("seed %d, value %s", SEED, value).contains(plain);
        }
    }

    static Stream<String> dateLikeStrings() {
        Random random = new Random(SEED);
        String alphabet = "0123456789-+ T/";
        return Stream.generate(() -> {
            StringBuilder b = new StringBuilder();
            int length = 8 + random.nextInt(5);
            for (int i = 0; i < length; i++) {
                b.append(random.nextInt(4) == 0 ? alphabet.charAt(random.nextInt(alphabet.length()))
                        : (char) ('0' + random.nextInt(10)));
            }
            if (random.nextBoolean() && b.length() >= 10) {
                b.setCharAt(4, '-');
                b.setCharAt(7, '-');
            }
            return b.toString();
        }).limit(400);
    }

    private static Optional<LocalDate> strict(String value) {
        try {
            return Optional.of(LocalDate.parse(value, STRICT));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
