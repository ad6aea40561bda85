package kz.medcert.application.service.requests;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import kz.medcert.application.port.out.ConsentLimits;

/**
 * How consent by one-time code works (R60, R61).
 *
 * @param codeLifetime  how long a code can be used after it is sent
 * @param maxWrongCodes how many wrong codes a challenge takes; then it is void and a new code is needed
 * @param limits        how often a code may be sent, per request and per person
 * @param demoCode      in demo mode only: the fixed code every challenge gets (the README's 123456); otherwise each
 *                      code is drawn with {@link java.security.SecureRandom}
 */
public record ConsentSettings(Duration codeLifetime, int maxWrongCodes, ConsentLimits limits,
                              Optional<String> demoCode) {
    public static final Duration DEFAULT_CODE_LIFETIME = Duration.ofMinutes(5);
    public static final int DEFAULT_MAX_WRONG_CODES = 5;
    /** Random codes, the default limits. */
    public static final ConsentSettings DEFAULTS = new ConsentSettings(DEFAULT_CODE_LIFETIME, DEFAULT_MAX_WRONG_CODES,
            ConsentLimits.DEFAULTS, Optional.empty());
    private static final Pattern CODE = Pattern.compile("[0-9]{6}");

    public ConsentSettings {
        Objects.requireNonNull(codeLifetime, "codeLifetime");
        if (codeLifetime.isNegative() || codeLifetime.isZero()) {
            throw new IllegalArgumentException("a code must live a while, not " + codeLifetime);
        }
        if (maxWrongCodes < 1) {
            throw new IllegalArgumentException("at least one try per code, got " + maxWrongCodes);
        }
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(demoCode, "demoCode");
        demoCode.filter(code -> !CODE.matcher(code).matches()).ifPresent(code -> {
            throw new IllegalArgumentException("a code is six digits");
        });
    }

    /** The same, with every code {@code code} (demo mode). */
    public ConsentSettings withDemoCode(String code) {
        return new ConsentSettings(codeLifetime, maxWrongCodes, limits, Optional.of(code));
    }

    /** The same, with other limits on sending codes. */
    public ConsentSettings withLimits(ConsentLimits value) {
        return new ConsentSettings(codeLifetime, maxWrongCodes, value, demoCode);
    }
}
