package kz.medcert.domain.dossier;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import kz.medcert.domain.rules.RuleSet;

/** Volume of professional development, held in hours; 1 credit = 30 hours (section 0, R97). */
public record StudyVolume(BigDecimal hours) {
    public static final StudyVolume ZERO = new StudyVolume(BigDecimal.ZERO);
    private static final BigDecimal HOURS_PER_CREDIT = BigDecimal.valueOf(RuleSet.HOURS_PER_CREDIT);

    public StudyVolume {
        Objects.requireNonNull(hours, "hours");
        if (hours.signum() < 0) {
            throw new IllegalArgumentException("a study volume cannot be negative: " + hours);
        }
        hours = plain(hours);
    }

    public static StudyVolume ofHours(BigDecimal hours) {
        return new StudyVolume(hours);
    }

    public static StudyVolume ofHours(long hours) {
        return new StudyVolume(BigDecimal.valueOf(hours));
    }

    public static StudyVolume ofCredits(BigDecimal credits) {
        return new StudyVolume(credits.multiply(HOURS_PER_CREDIT));
    }

    public static StudyVolume ofCredits(long credits) {
        return ofCredits(BigDecimal.valueOf(credits));
    }

    /** Credits, rounded down to two decimals for display; comparisons use {@link #isAtLeastCredits}. */
    public BigDecimal credits() {
        return plain(hours.divide(HOURS_PER_CREDIT, 2, RoundingMode.DOWN));
    }

    public boolean isAtLeastCredits(BigDecimal credits) {
        return hours.compareTo(credits.multiply(HOURS_PER_CREDIT)) >= 0;
    }

    public StudyVolume plus(StudyVolume other) {
        return new StudyVolume(hours.add(other.hours));
    }

    /** Without trailing zeros, yet never in exponent notation (120, not 1.2E+2). */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
