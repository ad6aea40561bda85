package kz.medcert.domain.certificate;

import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.medcert.domain.reference.DomainText;
import kz.medcert.domain.reference.Message;

/**
 * Numbers of the certificates this service issues: {@code MC-YYYY-NNNNNNNN-C}, where C is a Damm check digit over the
 * year and serial digits. Damm catches every single-digit error and every swap of two adjacent digits, so an employer
 * who mistypes a number is told so instead of being told "not found".
 */
public final class CertificateNumbers {
    private static final Pattern FORMAT = Pattern.compile("MC-(\\d{4})-(\\d{8})-(\\d)");
    private static final int[][] DAMM = {
            {0, 3, 1, 7, 5, 9, 8, 6, 4, 2},
            {7, 0, 9, 2, 1, 5, 4, 8, 6, 3},
            {4, 2, 0, 6, 8, 7, 1, 3, 5, 9},
            {1, 7, 5, 0, 9, 8, 3, 4, 2, 6},
            {6, 1, 2, 3, 0, 4, 5, 9, 7, 8},
            {3, 6, 7, 4, 2, 0, 9, 5, 8, 1},
            {5, 8, 6, 9, 7, 2, 0, 1, 3, 4},
            {8, 9, 4, 5, 3, 6, 2, 0, 1, 7},
            {9, 4, 3, 8, 6, 1, 7, 2, 0, 5},
            {2, 5, 8, 1, 4, 3, 6, 7, 9, 0}};

    private CertificateNumbers() {
    }

    /** The number of the {@code serial}-th certificate issued in {@code year}. */
    public static CertificateNumber issue(Year year, long serial) {
        if (serial < 1 || serial > 99_999_999L) {
            throw new IllegalArgumentException("serial out of range: " + serial);
        }
        String digits = String.format("%04d%08d", year.getValue(), serial);
        return new CertificateNumber("MC-" + digits.substring(0, 4) + "-" + digits.substring(4) + "-"
                + dammDigit(digits));
    }

    /** Why {@code text} is not a number this service issued (in English), or empty when it checks out. */
    public static Optional<String> problem(String text) {
        return invalidity(text).map(Message::toString);
    }

    /**
     * Why {@code text} is not a number this service issued, in words for the person who typed it, or empty when it
     * is well formed and checks out.
     */
    public static Optional<Message> invalidity(String text) {
        if (text == null) {
            return Optional.of(DomainText.CERTIFICATE_NUMBER_REQUIRED.message());
        }
        Matcher m = FORMAT.matcher(text.strip().toUpperCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            return Optional.of(DomainText.CERTIFICATE_NUMBER_FORMAT.message());
        }
        int expected = dammDigit(m.group(1) + m.group(2));
        if (expected != m.group(3).charAt(0) - '0') {
            return Optional.of(DomainText.CERTIFICATE_NUMBER_CHECK_DIGIT.message());
        }
        return Optional.empty();
    }

    /**
     * The year and serial a well-formed, checked number was issued under, or empty for any other number: what a
     * register that takes in existing numbers must move its serial counter past, so that no number is issued twice.
     */
    public static Optional<Serial> serialOf(CertificateNumber number) {
        if (problem(number.value()).isPresent()) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(number.value());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Serial(Year.of(Integer.parseInt(m.group(1))), Long.parseLong(m.group(2))));
    }

    /**
     * R75: a number this service issues carries the year of issue ({@link #issue} draws it from the issue date's
     * year), so a register entry's number names the year it was issued in. Why {@code number} cannot belong to a
     * certificate issued on {@code issuedOn}, or empty when it can; numbers of other formats (certificates from
     * before this register) carry no year and are not judged.
     */
    public static Optional<String> issueYearProblem(CertificateNumber number, LocalDate issuedOn) {
        return serialOf(number).map(Serial::year).filter(year -> year.getValue() != issuedOn.getYear())
                .map(year -> "its year (" + year + ") is not the year of issue (" + issuedOn.getYear() + ")");
    }

    /** The {@code serial}-th number of {@code year}. */
    public record Serial(Year year, long serial) {
    }

    static int dammDigit(String digits) {
        int interim = 0;
        for (int i = 0; i < digits.length(); i++) {
            interim = DAMM[interim][digits.charAt(i) - '0'];
        }
        return interim;
    }
}
