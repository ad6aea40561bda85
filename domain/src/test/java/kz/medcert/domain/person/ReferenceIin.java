package kz.medcert.domain.person;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/** A second, deliberately different implementation of the IIN rules, so property tests check the algorithm two ways. */
final class ReferenceIin {

    private ReferenceIin() {
    }

    static boolean isValid(String text) {
        if (text == null || !text.strip().matches("[0-9]{12}")) {
            return false;
        }
        String s = text.strip();
        int[] d = s.chars().map(c -> c - '0').toArray();
        if (d[6] < 1 || d[6] > 6) {
            return false;
        }
        // 1,2 -> 1800; 3,4 -> 1900; 5,6 -> 2000 written as a lookup rather than arithmetic.
        int century = new int[] {0, 1800, 1800, 1900, 1900, 2000, 2000}[d[6]];
        try {
            LocalDate.of(century + Integer.parseInt(s.substring(0, 2)),
                    Integer.parseInt(s.substring(2, 4)), Integer.parseInt(s.substring(4, 6)));
        } catch (DateTimeException e) {
            return false;
        }
        OptionalInt control = control(s);
        return control.isPresent() && control.getAsInt() == d[11];
    }

    /** Control digit of the first 11 digits, empty when both weightings give 10. */
    static OptionalInt control(String digits) {
        int[] d = digits.chars().limit(11).map(c -> c - '0').toArray();
        // First weights are the positions 1..11; second weights 3..11,1,2 are the positions shifted by two, mod 11.
        int first = IntStream.range(0, 11).map(i -> d[i] * (i + 1)).sum() % 11;
        if (first != 10) {
            return OptionalInt.of(first);
        }
        int second = IntStream.range(0, 11).map(i -> d[i] * ((i + 2) % 11 + 1)).sum() % 11;
        return second == 10 ? OptionalInt.empty() : OptionalInt.of(second);
    }

    /** Appends the correct check digit to 11 digits, so a test can make a number fail for one reason only. */
    static String withCheckDigit(String first11) {
        return first11 + control(first11).orElseThrow(() -> new IllegalArgumentException("no control digit"));
    }
}
