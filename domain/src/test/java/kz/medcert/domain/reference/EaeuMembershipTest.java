package kz.medcert.domain.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** R53, R108: EAEU membership as dated reference data. */
class EaeuMembershipTest {

    @ParameterizedTest(name = "R108 {0} on {1}: member = {2}")
    @CsvSource({
            "KG, 2015-08-11, false", "KG, 2015-08-12, true", "KG, 2015-08-13, true",
            "AM, 2015-01-01, false", "AM, 2015-01-02, true", "AM, 2015-01-03, true",
            "RU, 2014-12-31, false", "RU, 2015-01-01, true", "RU, 2024-12-02, true",
            "BY, 2015-01-01, true", "KZ, 2015-01-01, true",
            "UZ, 2024-12-02, false", "TR, 2024-12-02, false", "CN, 2024-12-02, false"})
    void r53_r108_membershipIsDated(String country, LocalDate day, boolean member) {
        // then
        assertThat(EaeuMembership.isMemberOn(CountryCode.of(country), day)).isEqualTo(member);
    }

    @Test
    void r108_joiningDates() {
        // then
        assertThat(EaeuMembership.joinedOn(CountryCode.of("KG"))).contains(LocalDate.of(2015, 8, 12));
        assertThat(EaeuMembership.joinedOn(CountryCode.of("AM"))).contains(LocalDate.of(2015, 1, 2));
        assertThat(EaeuMembership.joinedOn(CountryCode.of("UZ"))).isEmpty();
    }

    @Test
    void countryCodes_areNormalised_andMalformedOnesRejected() {
        // then
        assertThat(CountryCode.of(" kg ")).isEqualTo(CountryCode.of("KG"));
        assertThat(CountryCode.of("kz").isKazakhstan()).isTrue();
        assertThatThrownBy(() -> CountryCode.of("KGZ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CountryCode.of("K1")).isInstanceOf(IllegalArgumentException.class);
    }
}
