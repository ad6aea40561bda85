package kz.medcert.adapters.messaging;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the SMS provider listens and how to call it.
 *
 * @param url     the endpoint the messages are POSTed to (MEDCERT_SMS_URL)
 * @param token   the bearer token the provider issued (MEDCERT_SMS_TOKEN), sent as {@code Authorization: Bearer ...}
 * @param timeout how long one call may take, connection included (MEDCERT_SMS_TIMEOUT, PT5S): then it counts as
 *                not delivered, to be tried again
 */
public record SmsProviderSettings(URI url, Optional<String> token, Duration timeout) {
    public SmsProviderSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(timeout, "timeout");
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
            throw new IllegalArgumentException("the SMS provider's URL must be http(s), not " + url);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the SMS provider's timeout must be positive, not " + timeout);
        }
    }
}
