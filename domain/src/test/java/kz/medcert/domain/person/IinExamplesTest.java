package kz.medcert.domain.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hand-checked IINs: the check digit arithmetic is worked out in the comments, independently of the code. */
class IinExamplesTest {

    @Test
    void firstWeightingGivesTheCheckDigit() {
        // 85010130001: 8*1 + 5*2 + 0*3 + 1*4 + 0*5 + 1*6 + 3*7 + 0*8 + 0*9 + 0*10 + 1*11
        //            = 8 + 10 + 0 + 4 + 0 + 6 + 21 + 0 + 0 + 0 + 11 = 60; 60 mod 11 = 5 -> 850101300015
        Iin iin = Iin.parse("850101300015");
        assertThat(iin.birthDate()).isEqualTo(LocalDate.of(1985, 1, 1));
        assertThat(iin.sex()).isEqualTo(Sex.MALE);
        assertThat(Iin.of(LocalDate.of(1985, 1, 1), Sex.MALE, 1)).isEqualTo(iin);
    }

    @Test
    void femaleBornIn1990() {
        // 90071540123: 9*1 + 0*2 + 0*3 + 7*4 + 1*5 + 5*6 + 4*7 + 0*8 + 1*9 + 2*10 + 3*11
        //            = 9 + 0 + 0 + 28 + 5 + 30 + 28 + 0 + 9 + 20 + 33 = 162; 162 mod 11 = 162 - 154 = 8
        Iin iin = Iin.parse("900715401238");
        assertThat(iin.birthDate()).isEqualTo(LocalDate.of(1990, 7, 15));
        assertThat(iin.sex()).isEqualTo(Sex.FEMALE);
        assertThat(Iin.isValid("900715401230")).isFalse();
    }

    @Test
    void whenFirstWeightingGivesTenTheSecondIsUsed() {
        // 85010140020, weights 1..11: 8 + 10 + 0 + 4 + 0 + 6 + 28 + 0 + 0 + 20 + 0 = 76; 76 mod 11 = 10 -> recompute
        // with weights 3,4,5,6,7,8,9,10,11,1,2: 8*3 + 5*4 + 0*5 + 1*6 + 0*7 + 1*8 + 4*9 + 0*10 + 0*11 + 2*1 + 0*2
        //            = 24 + 20 + 0 + 6 + 0 + 8 + 36 + 0 + 0 + 2 + 0 = 96; 96 mod 11 = 96 - 88 = 8 -> 850101400208
        assertThat(Iin.isValid("850101400208")).isTrue();
        assertThat(Iin.of(LocalDate.of(1985, 1, 1), Sex.FEMALE, 20).value()).isEqualTo("850101400208");
        // 10 must not be turned into a digit (e.g. 0 or 1 as some implementations do).
        assertThat(Iin.isValid("850101400200")).isFalse();
        assertThat(Iin.isValid("850101400201")).isFalse();
    }

    @Test
    void whenBothWeightingsGiveTenNoCheckDigitIsValid() {
        // 85010140021: first sum = 76 + 1*11 = 87; 87 mod 11 = 87 - 77 = 10;
        // second sum = 96 + 1*2 = 98; 98 mod 11 = 98 - 88 = 10 -> never issued, whatever digit 12 is.
        IntStream.rangeClosed(0, 9).mapToObj(d -> "85010140021" + d).forEach(s -> {
            assertThat(Iin.isValid(s)).as(s).isFalse();
            assertThat(Iin.validationError(s)).as(s).hasValueSatisfying(m -> assertThat(m).contains("never issued"));
        });
        assertThatThrownBy(() -> Iin.of(LocalDate.of(1985, 1, 1), Sex.FEMALE, 21))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("serial 21");
    }

    @Test
    void leapDayOf2000() {
        // 00022950000: 0 + 0 + 0 + 2*4 + 2*5 + 9*6 + 5*7 + 0 + 0 + 0 + 0 = 8 + 10 + 54 + 35 = 107; 107 - 99 = 8
        Iin iin = Iin.parse("000229500008");
        assertThat(iin.birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThat(iin.sex()).isEqualTo(Sex.MALE);
    }

    // Check digits computed with ReferenceIin and cross-checked by a separate script.
    @ParameterizedTest(name = "digit 7 = {1}")
    @CsvSource({
        "991231100070, 1, 1899-12-31, MALE",
        "991231200077, 2, 1899-12-31, FEMALE",
        "850101300015, 3, 1985-01-01, MALE",
        "850101400021, 4, 1985-01-01, FEMALE",
        "050610500127, 5, 2005-06-10, MALE",
        "050610600123, 6, 2005-06-10, FEMALE",
    })
    void centuryDigitGivesBirthCenturyAndSex(String value, int digit7, LocalDate birthDate, Sex sex) {
        Iin iin = Iin.parse(value);
        assertThat(value.charAt(6) - '0').isEqualTo(digit7);
        assertThat(iin.birthDate()).isEqualTo(birthDate);
        assertThat(iin.sex()).isEqualTo(sex);
        assertThat(Iin.of(birthDate, sex, Integer.parseInt(value.substring(7, 11)))).isEqualTo(iin);
    }

    @Test
    void surroundingWhitespaceIsStripped() {
        assertThat(Iin.parse(" \t850101300015\n").value()).isEqualTo("850101300015");
        assertThat(Iin.parse(" 850101300015 ")).isEqualTo(Iin.parse("850101300015"));
        assertThat(Iin.validationError("850101300015")).isEmpty();
    }

    @Test
    void maskedAndToStringHideTheMiddleDigits() {
        Iin iin = Iin.parse("850101300015");
        assertThat(iin.masked()).isEqualTo("8501******15");
        assertThat(iin.toString()).isEqualTo("8501******15").doesNotContain("850101300015");
        assertThat(String.valueOf(java.util.List.of(iin))).isEqualTo("[8501******15]");
    }

    @Test
    void ofRejectsWhatAnIinCannotEncode() {
        assertThatThrownBy(() -> Iin.of(LocalDate.of(1799, 12, 31), Sex.MALE, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1799");
        assertThatThrownBy(() -> Iin.of(LocalDate.of(2100, 1, 1), Sex.MALE, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Iin.of(LocalDate.of(1985, 1, 1), Sex.MALE, -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Iin.of(LocalDate.of(1985, 1, 1), Sex.MALE, 10_000))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Iin.of(LocalDate.of(1800, 1, 1), Sex.FEMALE, 0).value()).startsWith("00010120000");
        assertThat(Iin.of(LocalDate.of(2099, 12, 31), Sex.MALE, 9999).value()).startsWith("99123159999");
    }
}
