package kz.medcert.adapters.http;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import kz.medcert.domain.reference.Explained;
import kz.medcert.domain.reference.InvalidValueException;
import kz.medcert.domain.reference.Message;
import kz.medcert.domain.reference.SpecialtyCatalogue;
import kz.medcert.domain.reference.SpecialtyCode;

/**
 * Parses raw request values into domain values at the edge, field by field, collecting every violation with its JSON
 * path; {@link #throwIfAny()} then answers 400 listing them all. A method that finds a violation returns
 * {@code null}, so the caller skips building whatever needed that value.
 */
public final class Fields {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final int ECHO_LIMIT = 64;
    /** Dates outside these years are typing errors; refusing them keeps the rules' date arithmetic in range. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    private final SpecialtyCatalogue catalogue;
    private final String prefix;
    private final List<FieldProblem> errors;

    public Fields(SpecialtyCatalogue catalogue) {
        this(catalogue, "", new ArrayList<>());
    }

    private Fields(SpecialtyCatalogue catalogue, String prefix, List<FieldProblem> errors) {
        this.catalogue = catalogue;
        this.prefix = prefix;
        this.errors = errors;
    }

    /** The same collection of violations, for a nested object: every path is prefixed (e.g. {@code "form."}). */
    public Fields scoped(String pathPrefix) {
        return new Fields(catalogue, prefix + pathPrefix, errors);
    }

    public void reject(String path, Message message) {
        errors.add(new FieldProblem(prefix + path, message));
    }

    public boolean has(String path, Object value) {
        if (value == null) {
            reject(path, HttpText.REQUIRED.message());
            return false;
        }
        return true;
    }

    /** A required text: present and not blank. */
    public String text(String path, String raw) {
        if (raw == null || raw.isBlank()) {
            reject(path, HttpText.REQUIRED.message());
            return null;
        }
        return raw.strip();
    }

    public LocalDate date(String path, String raw, boolean required) {
        return parse(path, raw, required, value -> {
            try {
                LocalDate plain = plainDate(value);
                return inRange(plain != null ? plain : LocalDate.parse(value, DATE));
            } catch (DateTimeParseException e) {
                throw invalid(HttpText.DATE_FORMAT.message().with("value", quoted(value)));
            }
        });
    }

    public OffsetDateTime dateTime(String path, String raw) {
        return parse(path, raw, false, value -> {
            try {
                OffsetDateTime plain = plainDateTime(value);
                OffsetDateTime dateTime = plain != null ? plain : OffsetDateTime.parse(value);
                inRange(dateTime.toLocalDate());
                return dateTime;
            } catch (DateTimeParseException e) {
                throw invalid(HttpText.DATE_TIME_FORMAT.message().with("value", quoted(value)));
            }
        });
    }

    /**
     * The common shape, {@code 2024-12-02}, read digit by digit: the formatter cost an evaluation about 7 % of its CPU
     * (issue 16). Null for anything else, including an impossible day, which the formatter then reads and refuses in
     * its own words; {@code FieldsDateTest} holds the two to the same answers.
     */
    static LocalDate plainDate(String value) {
        if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
            return null;
        }
        int year = digits(value, 0, 4);
        int month = digits(value, 5, 7);
        int day = digits(value, 8, 10);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31
                || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    /**
     * The common shapes, {@code 2024-12-02T10:00:00+05:00} and {@code 2024-12-02T05:00:00Z}, read digit by digit as
     * {@link #plainDate} reads a day: {@code OffsetDateTime.parse}'s formatter cost an evaluation about 6 % of its CPU
     * (issue 16). Null for anything else (fractions of a second, lower case, an offset of 18 hours or more...), which
     * the formatter then reads or refuses; {@code FieldsDateTest} holds the two to the same answers.
     */
    static OffsetDateTime plainDateTime(String value) {
        int length = value.length();
        if (length != 20 && length != 25 || value.charAt(10) != 'T' || value.charAt(13) != ':'
                || value.charAt(16) != ':') {
            return null;
        }
        LocalDate day = plainDate(value.substring(0, 10));
        int hour = digits(value, 11, 13);
        int minute = digits(value, 14, 16);
        int second = digits(value, 17, 19);
        if (day == null || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        ZoneOffset offset = plainOffset(value);
        return offset == null ? null : OffsetDateTime.of(day, LocalTime.of(hour, minute, second), offset);
    }

    private static ZoneOffset plainOffset(String value) {
        if (value.length() == 20) {
            return value.charAt(19) == 'Z' ? ZoneOffset.UTC : null;
        }
        char sign = value.charAt(19);
        int hours = digits(value, 20, 22);
        int minutes = digits(value, 23, 25);
        if (sign != '+' && sign != '-' || value.charAt(22) != ':' || hours < 0 || hours > 17 || minutes < 0
                || minutes > 59) {
            return null;
        }
        return sign == '+' ? ZoneOffset.ofHoursMinutes(hours, minutes) : ZoneOffset.ofHoursMinutes(-hours, -minutes);
    }

    private static int digits(String value, int from, int to) {
        int result = 0;
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            result = result * 10 + (c - '0');
        }
        return result;
    }

    private static LocalDate inRange(LocalDate date) {
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw invalid(HttpText.DATE_RANGE.message().with("earliest", EARLIEST).with("latest", LATEST)
                    .with("value", date));
        }
        return date;
    }

    public <E extends Enum<E>> E code(String path, String raw, Class<E> type, boolean required) {
        return parse(path, raw, required, value -> {
            try {
                return Enum.valueOf(type, value);
            } catch (IllegalArgumentException e) {
                throw invalid(HttpText.UNKNOWN_CODE.message().with("value", quoted(value)).with("codes",
                        Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
            }
        });
    }

    /** A certification specialty code of the List, or an education field code; anything else is unknown. */
    public SpecialtyCode specialty(String path, String raw, boolean required) {
        return parse(path, raw, required, value -> {
            SpecialtyCode code;
            try {
                code = SpecialtyCode.of(value);
            } catch (IllegalArgumentException e) {
                throw invalid(HttpText.UNKNOWN_SPECIALTY.message().with("value", quoted(value)));
            }
            if (!catalogue.isKnownCode(code)) {
                throw invalid(HttpText.UNKNOWN_SPECIALTY_OF_THE_LIST.message().with("value", quoted(value)));
            }
            return code;
        });
    }

    private static InvalidValueException invalid(Message why) {
        return new InvalidValueException(why);
    }

    /**
     * Parses a present value; absent is {@code null}, or a violation when required. A parser refuses with an
     * IllegalArgumentException, worded for the reader when it is an {@link InvalidValueException}.
     */
    public <T> T parse(String path, String raw, boolean required, Function<String, T> parser) {
        if (raw == null) {
            if (required) {
                reject(path, HttpText.REQUIRED.message());
            }
            return null;
        }
        try {
            return parser.apply(raw.strip());
        } catch (IllegalArgumentException e) {
            reject(path, Explained.explanationOf(e));
            return null;
        }
    }

    /** Builds a domain value; its constructor's refusal (IllegalArgumentException) becomes a violation at path. */
    public <T> Optional<T> build(String path, Supplier<T> constructor) {
        try {
            return Optional.of(constructor.get());
        } catch (IllegalArgumentException e) {
            reject(path, Explained.explanationOf(e));
            return Optional.empty();
        }
    }

    /** Maps one list element: returns the domain value, or {@code null} after rejecting what is wrong. */
    @FunctionalInterface
    public interface Element<I, O> {
        O map(Fields fields, String path, I input);
    }

    /** Maps each element of an optional list ({@code null} is empty), naming elements {@code name[i]}. */
    public <I, O> List<O> each(String name, List<I> inputs, Element<I, O> element) {
        if (inputs == null) {
            return List.of();
        }
        List<O> mapped = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            String path = name + "[" + i + "]";
            I input = inputs.get(i);
            if (input == null) {
                reject(path, HttpText.NOT_NULL.message());
                continue;
            }
            O value = element.map(this, path, input);
            if (value != null) {
                mapped.add(value);
            }
        }
        return mapped;
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.INVALID_REQUEST, errors.size() == 1
                    ? HttpText.INVALID_FIELD.message().with("field", errors.get(0).field())
                    : HttpText.INVALID_FIELDS.message().with("count", errors.size()), errors);
        }
    }

    public static String quoted(String value) {
        String shown = value.length() > ECHO_LIMIT ? value.substring(0, ECHO_LIMIT) + "…" : value;
        return "'" + shown + "'";
    }
}
