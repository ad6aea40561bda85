package kz.medcert.domain.person;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import kz.medcert.domain.reference.DomainText;
import kz.medcert.domain.reference.InvalidValueException;
import kz.medcert.domain.reference.Message;

/** A person's individual identification number in Kazakhstan (ИИН/ЖСН): birth date, sex, serial and check digit. */
public record Iin(String value) {

    private static final int LENGTH = 12;
    private static final int[] FIRST_WEIGHTS = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] SECOND_WEIGHTS = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
    private static final int NO_CONTROL = -1; // both weightings give 10: such numbers are never issued

    /** Validates fully, so that no invalid Iin can exist, whichever way it is built. */
    public Iin {
        Message error = problemWith(value);
        if (error != null) {
            throw new InvalidValueException(error);
        }
        value = value.strip();
    }

    /** Parses {@code text}, ignoring surrounding whitespace; throws IllegalArgumentException saying why if invalid. */
    public static Iin parse(String text) {
        return new Iin(text);
    }

    public static boolean isValid(String text) {
        return problemWith(text) == null;
    }

    /** A human-readable reason why {@code text} is not a valid IIN (in English), or empty if it is valid. */
    public static Optional<String> validationError(String text) {
        return invalidity(text).map(Message::toString);
    }

    /** Why {@code text} is not a valid IIN, in words for the person who typed it, or empty if it is valid. */
    public static Optional<Message> invalidity(String text) {
        return Optional.ofNullable(problemWith(text));
    }

    /** Builds a valid IIN for test and demo data; serials that admit no check digit are rejected, not skipped. */
    public static Iin of(LocalDate birthDate, Sex sex, int serial) {
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
        int year = birthDate.getYear();
        if (year < 1800 || year > 2099) {
            throw new IllegalArgumentException("IIN can only encode birth years 1800-2099, got " + year);
        }
        if (serial < 0 || serial > 9999) {
            throw new IllegalArgumentException("IIN serial must be 0..9999, got " + serial);
        }
        int centuryDigit = (year / 100 - 18) * 2 + (sex == Sex.MALE ? 1 : 2);
        // Built by hand rather than with String.format, whose digits follow the default locale.
        String first11 = twoDigits(year % 100) + twoDigits(birthDate.getMonthValue())
                + twoDigits(birthDate.getDayOfMonth()) + centuryDigit
                + twoDigits(serial / 100) + twoDigits(serial % 100);
        int control = controlDigit(first11);
        if (control == NO_CONTROL) {
            throw new IllegalArgumentException("IIN serial " + serial
                    + " admits no check digit for this birth date and sex; use another serial");
        }
        return new Iin(first11 + control);
    }

    public LocalDate birthDate() {
        return LocalDate.of(centuryStart(digit(value, 6)) + number(value, 0), number(value, 2), number(value, 4));
    }

    public Sex sex() {
        return digit(value, 6) % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /** Keeps only the first 4 and last 2 digits, so that logs and public pages cannot identify the person. */
    public String masked() {
        return value.substring(0, 4) + "******" + value.substring(10);
    }

    /** Masked on purpose: the full IIN is personal data and must not leak into logs or exception messages. */
    @Override
    public String toString() {
        return masked();
    }

    /** The reason {@code text} is invalid, or null; never echoes the number, as typos are still real people's IINs. */
    private static Message problemWith(String text) {
        if (text == null) {
            return DomainText.IIN_REQUIRED.message();
        }
        String s = text.strip();
        if (s.length() != LENGTH) {
            return s.isEmpty() ? DomainText.IIN_EMPTY.message()
                    : DomainText.IIN_LENGTH.message().with("length", s.length());
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = s.charAt(i);
            // Not Character.isDigit: it accepts non-ASCII digits (e.g. Arabic-Indic) that no registry uses.
            if (c < '0' || c > '9') {
                return DomainText.IIN_NOT_DIGIT.message().with("position", i + 1);
            }
        }
        int centuryDigit = digit(s, 6);
        if (centuryDigit < 1 || centuryDigit > 6) {
            return DomainText.IIN_CENTURY_DIGIT.message().with("digit", centuryDigit);
        }
        int year = centuryStart(centuryDigit) + number(s, 0), month = number(s, 2), day = number(s, 4);
        if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return DomainText.IIN_BIRTH_DATE.message().with("century", year / 100);
        }
        int control = controlDigit(s);
        if (control == NO_CONTROL) {
            return DomainText.IIN_NO_CHECK_DIGIT.message();
        }
        if (digit(s, 11) != control) {
            return DomainText.IIN_CHECK_DIGIT.message();
        }
        return null;
    }

    /** The official control digit of the first 11 digits, or NO_CONTROL if both weightings give 10. */
    private static int controlDigit(String digits) {
        int control = weightedSum(digits, FIRST_WEIGHTS) % 11;
        if (control == 10) {
            control = weightedSum(digits, SECOND_WEIGHTS) % 11;
        }
        return control == 10 ? NO_CONTROL : control;
    }

    private static int weightedSum(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += digit(digits, i) * weights[i];
        }
        return sum;
    }

    /** Digit 7 pairs (1,2), (3,4), (5,6) mean births in the 1800s, 1900s and 2000s. */
    private static int centuryStart(int centuryDigit) {
        return 1800 + (centuryDigit - 1) / 2 * 100;
    }

    private static int digit(String s, int index) {
        return s.charAt(index) - '0';
    }

    private static int number(String s, int index) {
        return digit(s, index) * 10 + digit(s, index + 1);
    }

    private static String twoDigits(int n) {
        return (char) ('0' + n / 10) + "" + (char) ('0' + n % 10);
    }
}
