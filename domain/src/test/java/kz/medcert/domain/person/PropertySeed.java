package kz.medcert.domain.person;

import java.security.SecureRandom;
import java.util.function.Supplier;

/** The seed of the property tests: fresh each run to explore more cases, fixed with -Dmedcert.seed=N to replay one. */
final class PropertySeed {

    static final String PROPERTY = "medcert.seed";

    private PropertySeed() {
    }

    static long next() {
        String fixed = System.getProperty(PROPERTY);
        return fixed != null ? Long.parseLong(fixed.strip()) : new SecureRandom().nextLong();
    }

    /** The description put in front of every property failure, so the case can be replayed. */
    static String describe(long seed, int caseNo) {
        return "seed=" + seed + " case=" + caseNo + " (replay: mvn -pl domain verify -D" + PROPERTY + "=" + seed + ")";
    }

    /** Runs code under test so that an unexpected exception, too, reports the seed of its case. */
    static <T> T call(String why, Supplier<T> code) {
        try {
            return code.get();
        } catch (RuntimeException e) {
            throw new AssertionError(why + ": unexpected " + e, e);
        }
    }
}
