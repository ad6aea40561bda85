package kz.medcert.adapters.http.auth;

import java.time.Duration;
import java.util.Objects;

/**
 * What a token must say besides its signature.
 *
 * @param issuer    the {@code iss} every token must carry
 * @param audience  a value the token's {@code aud} must contain
 * @param clockSkew tolerance for {@code exp}, {@code nbf} and {@code iat} between the issuer's clock and ours
 */
public record TokenSettings(String issuer, String audience, Duration clockSkew) {
    /** One minute: enough for clocks kept by NTP, short enough not to prolong a token noticeably. */
    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(60);
    private static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

    public TokenSettings {
        requireText("issuer", issuer);
        requireText("audience", audience);
        Objects.requireNonNull(clockSkew, "clockSkew");
        if (clockSkew.isNegative() || clockSkew.compareTo(MAX_CLOCK_SKEW) > 0) {
            throw new IllegalArgumentException("clockSkew must be between 0 and " + MAX_CLOCK_SKEW);
        }
    }

    public TokenSettings(String issuer, String audience) {
        this(issuer, audience, DEFAULT_CLOCK_SKEW);
    }

    private static void requireText(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
