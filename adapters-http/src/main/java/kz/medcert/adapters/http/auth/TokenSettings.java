package kz.medcert.adapters.http.auth;

import java.time.Duration;
import java.util.Objects;

/**
 * What a token must say besides its signature.
 *
 * @param issuer    the {@code iss} every token must carry
 * @param audience  a value the token's {@code aud} must contain
 * @param clockSkew   tolerance for {@code exp}, {@code nbf} and {@code iat} between the issuer's clock and ours
 * @param maxLifetime the longest a token may still be valid: one whose {@code exp} lies further out (beyond the skew)
 *                    is refused, so that a stolen or leaked token is worth a working day at most
 */
public record TokenSettings(String issuer, String audience, Duration clockSkew, Duration maxLifetime) {
    /** One minute: enough for clocks kept by NTP, short enough not to prolong a token noticeably. */
    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(60);
    /** A working day and then some. */
    public static final Duration DEFAULT_MAX_LIFETIME = Duration.ofHours(12);
    private static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

    public TokenSettings {
        requireText("issuer", issuer);
        requireText("audience", audience);
        Objects.requireNonNull(clockSkew, "clockSkew");
        if (clockSkew.isNegative() || clockSkew.compareTo(MAX_CLOCK_SKEW) > 0) {
            throw new IllegalArgumentException("clockSkew must be between 0 and " + MAX_CLOCK_SKEW);
        }
        Objects.requireNonNull(maxLifetime, "maxLifetime");
        if (maxLifetime.isNegative() || maxLifetime.isZero()) {
            throw new IllegalArgumentException("maxLifetime must be positive, not " + maxLifetime);
        }
    }

    public TokenSettings(String issuer, String audience, Duration clockSkew) {
        this(issuer, audience, clockSkew, DEFAULT_MAX_LIFETIME);
    }

    public TokenSettings(String issuer, String audience) {
        this(issuer, audience, DEFAULT_CLOCK_SKEW);
    }

    /** The same, with tokens valid at most {@code value}. */
    public TokenSettings withMaxLifetime(Duration value) {
        return new TokenSettings(issuer, audience, clockSkew, value);
    }

    private static void requireText(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
