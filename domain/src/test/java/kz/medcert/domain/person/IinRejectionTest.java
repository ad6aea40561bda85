package kz.medcert.domain.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Inputs an IIN must refuse, each failing for one reason only, with a message that says which. */
class IinRejectionTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "85010130001", "8501013000155", "1", "8501013000150000"})
    void wrongLengthOrMissing(String text) {
        assertRejected(text, "IIN");
    }

    @Test
    void lengthMessageGivesTheLength() {
        assertThat(Iin.validationError("85010130001")).hasValueSatisfying(m -> assertThat(m).contains("got 11"));
        assertThat(Iin.validationError("8501013000155")).hasValueSatisfying(m -> assertThat(m).contains("got 13"));
        assertThat(Iin.validationError(null)).contains("IIN is required");
        assertThat(Iin.validationError(" ")).contains("IIN is empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "85010130001A", "A50101300015", "8501013OOO15", "850101-30001", "8501 0130001",
        "+85010130001", "８５０１０１３０００１５", "٨٥٠١٠١٣٠٠٠١٥", "850101300015\u0000"})
    void nonAsciiDigitsAndOtherCharacters(String text) {
        // Full-width and Arabic-Indic digits pass Character.isDigit, so they are listed on purpose.
        assertRejected(text, "digit");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "851301300015", // month 13 (check digit 5 is correct for these 11 digits)
        "850001300011", // month 00
        "850100300012", // day 00
        "850230400023", // 30 February
        "850431300015", // 31 April
        "010229600046", // 29 February 2001, not a leap year
        "000229300035", // 29 February 1900: divisible by 100 but not 400, so not a leap year
    })
    void notARealBirthDate(String text) {
        assertThat(ReferenceIin.withCheckDigit(text.substring(0, 11))).as("test data check digit").isEqualTo(text);
        assertRejected(text, "birth date");
    }

    @Test
    void leapDaysOfLeapYearsAreAccepted() {
        assertThat(Iin.parse("000229500038").birthDate()).hasToString("2000-02-29"); // divisible by 400
        assertThat(Iin.parse("960229400030").birthDate()).hasToString("1996-02-29");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"850101000016", "850101700010", "850101800017", "850101900013"})
    void centuryDigitOutsideOneToSix(String text) {
        assertThat(ReferenceIin.withCheckDigit(text.substring(0, 11))).as("test data check digit").isEqualTo(text);
        assertRejected(text, "digit 7");
    }

    @Test
    void wrongCheckDigit() {
        assertRejected("850101300016", "check digit");
        assertRejected("850101300010", "check digit");
    }

    @Test
    void messagesDoNotEchoTheNumber() {
        for (String text : new String[] {"850101300016", "851301300015", "85010130001X", "850101900013"}) {
            assertThat(Iin.validationError(text)).hasValueSatisfying(m -> assertThat(m)
                    .doesNotContain(text).doesNotContain(text.substring(0, 6)).doesNotContain(text.substring(6, 11)));
        }
    }

    private static void assertRejected(String text, String reasonFragment) {
        assertThat(Iin.isValid(text)).as("isValid").isFalse();
        assertThat(Iin.validationError(text)).as("validationError")
                .hasValueSatisfying(m -> assertThat(m).containsIgnoringCase(reasonFragment));
        assertThatThrownBy(() -> Iin.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(Iin.validationError(text).orElseThrow());
        assertThatThrownBy(() -> new Iin(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
