package kz.medcert.adapters.http;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Headers every answer carries, set before any handler runs so that no route, error or static file goes without them:
 * no content sniffing, no framing by another site, and a content security policy that lets nothing run. A page sets
 * its own, looser policy for what it needs ({@code /docs}, {@code /verify}); JSON and files keep this one. With TLS
 * configured in front of the service (MEDCERT_HSTS_MAX_AGE), browsers are also told to use HTTPS only.
 */
public final class SecurityHeaders {
    /** For everything that is not a page: nothing loads, nothing runs, nobody frames it. */
    public static final String NOTHING_RUNS = "default-src 'none'; base-uri 'none'; form-action 'none'; "
            + "frame-ancestors 'none'";

    private final Optional<String> strictTransportSecurity;

    /** @param hstsMaxAge how long browsers should insist on HTTPS; empty where the service is not behind TLS */
    public SecurityHeaders(Optional<Duration> hstsMaxAge) {
        Objects.requireNonNull(hstsMaxAge, "hstsMaxAge");
        hstsMaxAge.filter(age -> age.isNegative() || age.isZero()).ifPresent(age -> {
            throw new IllegalArgumentException("the HSTS max-age must be positive, not " + age);
        });
        this.strictTransportSecurity = hstsMaxAge.map(age -> "max-age=" + age.toSeconds() + "; includeSubDomains");
    }

    public void apply(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", NOTHING_RUNS)
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer");
        strictTransportSecurity.ifPresent(value -> ctx.header("Strict-Transport-Security", value));
    }
}
