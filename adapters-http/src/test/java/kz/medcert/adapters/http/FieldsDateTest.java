package kz.medcert.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
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

/**
 * The hand-read date ({@link Fields#plainDate}) and date-time ({@link Fields#plainDateTime}) answer as the formatters
 * do, or leave the value to them.
 */
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

    @ParameterizedTest
    @ValueSource(strings = {"2024-12-02T10:00:00+05:00", "2024-12-02T05:00:00Z", "2024-02-29T23:59:59-17:59",
            "1900-01-01T00:00:00+00:00", "2999-12-31T23:59:59-00:00", "2024-06-30T12:30:45+05:45"})
    void theCommonDateTimes_areReadAsTheFormatterReadsThem(String value) {
        OffsetDateTime plain = Fields.plainDateTime(value);
        assertThat(plain).isEqualTo(OffsetDateTime.parse(value));
        assertThat(plain.getOffset()).isEqualTo(OffsetDateTime.parse(value).getOffset());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-12-02T10:00:00.5+05:00", "2024-12-02t10:00:00+05:00", "2024-12-02T10:00:00z",
            "2024-12-02T10:00+05:00", "2024-12-02T24:00:00+05:00", "2024-12-02T10:60:00Z", "2024-12-02T10:00:60Z",
            "2024-12-02T10:00:00+18:00", "2024-12-02T10:00:00+05:60", "2024-12-02T10:00:00+0500",
            "2024-12-02T10:00:00+05:00:00", "2023-02-29T10:00:00Z", "2024-12-02 10:00:00Z", "2024-12-02T10:00:00",
            "2024-12-02T10:00:00*05:00", "2024-12-02T1a:00:00Z", ""})
    void anyOtherDateTime_isLeftToTheFormatter(String value) {
        assertThat(Fields.plainDateTime(value)).isNull();
    }

    /** Seeded random date-times, mostly well-formed; the hand reading agrees with the formatter or defers to it. */
    @ParameterizedTest
    @MethodSource("dateTimeLikeStrings")
    void dateTimes_neverDifferFromTheFormatter(String value) {
        Optional<OffsetDateTime> parsed = offsetDateTime(value);
        OffsetDateTime plain = Fields.plainDateTime(value);
        if (plain != null) {
            assertThat(parsed).as("seed %d, value %s", SEED, value).contains(plain);
            assertThat(plain.getOffset()).as("seed %d, value %s", SEED, value).isEqualTo(parsed.get().getOffset());
        } else if (value.length() == 25 && parsed.isPresent()) {
            assertThat(value.substring(19, 22)).as("seed %d, value %s: only an offset of 18 h is left over", SEED,
                    value).endsWith("18");
        }
    }

    static Stream<String> dateTimeLikeStrings() {
        Random random = new Random(SEED);
        return Stream.generate(() -> {
            String offset = switch (random.nextInt(4)) {
                case 0 -> "Z";
                case 1 -> String.format("%c%02d:%02d", random.nextBoolean() ? '+' : '-', random.nextInt(20),
                        random.nextInt(62));
                case 2 -> "+05:00";
                default -> String.format("%c%02d:%02d", "+-*".charAt(random.nextInt(3)), random.nextInt(24),
                        random.nextInt(60));
            };
            return String.format("%04d-%02d-%02dT%02d:%02d:%02d%s", 1890 + random.nextInt(1120),
                    random.nextInt(14), random.nextInt(33), random.nextInt(26), random.nextInt(62),
                    random.nextInt(62), offset);
        }).limit(2000);
    }

    private static Optional<OffsetDateTime> offsetDateTime(String value) {
        try {
            return Optional.of(OffsetDateTime.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> strict(String value) {
        try {
            return Optional.of(LocalDate.parse(value, STRICT));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
