package kz.medcert.domain.calendar;

import java.time.LocalDate;
import java.util.Random;
import java.util.stream.LongStream;

/**
 * Seeds for property tests: a base seed (random per run, or fixed with {@code -Dmedcert.seed=N}) derives one seed
 * per case; every failure message carries both so a case can be replayed.
 */
final class SeededCases {

    static final long BASE_SEED = Long.getLong("medcert.seed", System.nanoTime());
    static final int CASES = 1000;
    static final LocalDate FIRST = LocalDate.of(2022, 1, 1);
    static final LocalDate LAST = LocalDate.of(2028, 12, 31);

    private SeededCases() {
    }

    /** CASES case seeds for the named property, derived from the base seed. */
    static LongStream seeds(String property) {
        return new Random(BASE_SEED ^ property.hashCode()).longs(CASES);
    }

    static String replay(long caseSeed) {
        return "case seed " + caseSeed + " (replay the run with -Dmedcert.seed=" + BASE_SEED + ")";
    }

    static LocalDate randomDate(Random random) {
        long span = LAST.toEpochDay() - FIRST.toEpochDay() + 1;
        return FIRST.plusDays(Math.floorMod(random.nextLong(), span));
    }
}
