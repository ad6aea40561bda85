package kz.medcert.domain.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class CertificateNumbersTest {

    @Test
    void issuedNumbersHaveTheFormatAndAValidCheckDigit() {
        CertificateNumber number = CertificateNumbers.issue(Year.of(2026), 123);

        assertThat(number.value()).matches("MC-2026-00000123-\\d");
        assertThat(CertificateNumbers.problem(number.value())).isEmpty();
    }

    @Test
    void serialOf_givesBackTheYearAndSerialOfAnIssuedNumber_only() {
        assertThat(CertificateNumbers.serialOf(CertificateNumbers.issue(Year.of(2019), 4711)))
                .contains(new CertificateNumbers.Serial(Year.of(2019), 4711));
        assertThat(CertificateNumbers.serialOf(new CertificateNumber("KZ-LEGACY-123"))).isEmpty();
        assertThat(CertificateNumbers.serialOf(new CertificateNumber("MC-2019-00004711-0"))).isEmpty();
    }

    @Test
    void dammDigitOfTheTextbookExampleIs4() {
        assertThat(CertificateNumbers.dammDigit("572")).isEqualTo(4);
    }

    @Test
    void malformedNumbersAreExplained() {
        assertThat(CertificateNumbers.problem("12345")).hasValueSatisfying(p -> assertThat(p).contains("MC-"));
        assertThat(CertificateNumbers.problem(null)).isPresent();
    }

    @RepeatedTest(200)
    void everySingleDigitTypoAndAdjacentSwapIsCaught() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        String valid = CertificateNumbers.issue(Year.of(2015 + random.nextInt(20)), 1 + random.nextInt(99_999_998))
                .value();
        char[] digits = valid.toCharArray();
        int[] positions = digitPositions(valid);
        int p = positions[random.nextInt(positions.length)];
        char original = digits[p];
        char typo = (char) ('0' + (original - '0' + 1 + random.nextInt(9)) % 10);
        digits[p] = typo;
        assertThat(CertificateNumbers.problem(new String(digits))).as("seed %d: %s", seed, new String(digits))
                .isPresent();

        char[] swapped = valid.toCharArray();
        int i = random.nextInt(positions.length - 1);
        int a = positions[i];
        int b = positions[i + 1];
        if (b == a + 1 && swapped[a] != swapped[b]) {
            char t = swapped[a];
            swapped[a] = swapped[b];
            swapped[b] = t;
            assertThat(CertificateNumbers.problem(new String(swapped))).as("seed %d: %s", seed,
                    new String(swapped)).isPresent();
        }
    }

    private static int[] digitPositions(String number) {
        return java.util.stream.IntStream.range(0, number.length()).filter(i -> Character.isDigit(number.charAt(i)))
                .toArray();
    }
}
