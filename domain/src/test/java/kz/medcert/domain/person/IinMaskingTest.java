package kz.medcert.domain.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IinMaskingTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "applicant 850412413718 started|applicant 85041******* started",
            "850412413718|85041*******",
            "IIN850412413718, sub=990203317687.|IIN85041*******, sub=99020*******.",
            "holder=850412413718&x=1|holder=85041*******&x=1",
            "13 digits 8504124137181 are no IIN|13 digits 8504124137181 are no IIN",
            "11 digits 85041241371 neither|11 digits 85041241371 neither",
            "certificate MC-2022-00000001-4|certificate MC-2022-00000001-4",
            "request 0f8fad5b-d9cb-469f-a165-123456789012 kept|request 0f8fad5b-d9cb-469f-a165-123456789012 kept",
            "no digits at all, long enough|no digits at all, long enough"})
    void everyIinIsMaskedToItsFirstFiveDigits_andNothingElse(String text, String masked) {
        assertThat(IinMasking.mask(text)).isEqualTo(masked);
    }

    @Test
    void nullAndShortTextsPassThrough() {
        assertThat(IinMasking.mask(null)).isNull();
        assertThat(IinMasking.mask("8504")).isEqualTo("8504");
    }
}
