package kz.medcert.domain.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import kz.medcert.domain.rules.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Section 0 and R97: 1 credit = 30 hours; PD in either unit, summed ("total volume"). */
class StudyVolumeTest {

    @ParameterizedTest(name = "R97 {0} credits = {1} h")
    @CsvSource({"8, 240", "4, 120", "1, 30", "0.5, 15", "2.5, 75", "0, 0"})
    void r97_oneCreditIsThirtyHours(BigDecimal credits, BigDecimal hours) {
        // then
        assertThat(StudyVolume.ofCredits(credits)).isEqualTo(StudyVolume.ofHours(hours));
        assertThat(StudyVolume.ofHours(hours).credits()).isEqualByComparingTo(credits);
        assertThat(RuleSet.HOURS_PER_CREDIT).isEqualTo(30);
    }

    @Test
    void r97_equalVolumesAreEqualWhateverTheScale() {
        // then
        assertThat(StudyVolume.ofHours(new BigDecimal("240.00"))).isEqualTo(StudyVolume.ofCredits(8))
                .hasSameHashCodeAs(StudyVolume.ofCredits(8));
    }

    @ParameterizedTest(name = "R26 R32 {0} h is at least {1} credits = {2}")
    @CsvSource({"119, 4, false", "120, 4, true", "121, 4, true", "239, 8, false", "240, 8, true",
            "239.99, 8, false"})
    void r26_r32_thresholdsAreInclusive(BigDecimal hours, BigDecimal credits, boolean atLeast) {
        // then
        assertThat(StudyVolume.ofHours(hours).isAtLeastCredits(credits)).isEqualTo(atLeast);
    }

    @Test
    void r26_pdInBothUnitsIsSummed() {
        // given: the contract example, 2 credits + 90 h
        StudyVolume total = StudyVolume.ofCredits(2).plus(StudyVolume.ofHours(90));

        // then
        assertThat(total).isEqualTo(StudyVolume.ofCredits(5));
        assertThat(total.isAtLeastCredits(RuleSet.PD_CONFIRMATION_CREDITS)).isTrue();
        assertThat(StudyVolume.ZERO.plus(total)).isEqualTo(total);
    }

    @Test
    void creditsAreShownRoundedDownToTwoDecimals() {
        // then: 100 h is 3.333… credits
        assertThat(StudyVolume.ofHours(100).credits()).isEqualByComparingTo("3.33");
        assertThat(StudyVolume.ofHours(100).isAtLeastCredits(new BigDecimal("3.34"))).isFalse();
    }

    @Test
    void aVolumeCannotBeNegativeOrMissing() {
        // then
        assertThatThrownBy(() -> StudyVolume.ofHours(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StudyVolume.ofCredits(new BigDecimal("-0.1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StudyVolume(null)).isInstanceOf(NullPointerException.class);
    }
}
