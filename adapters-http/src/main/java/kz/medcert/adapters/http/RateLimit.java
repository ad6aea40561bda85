package kz.medcert.adapters.http;

/**
 * How often one client may call a rate-limited operation: a token bucket holding {@code burst} requests, refilled at
 * {@code requestsPerMinute}. A client that has spent its bucket is answered 429 with {@code Retry-After}.
 */
public record RateLimit(int requestsPerMinute, int burst) {

    /** Public verification: 30 requests a minute, 10 at once; plenty for a person, slow for enumerating numbers. */
    public static final RateLimit PUBLIC_VERIFICATION = new RateLimit(30, 10);

    public RateLimit {
        if (requestsPerMinute < 1 || burst < 1) {
            throw new IllegalArgumentException("a rate limit admits at least 1 request a minute and a burst of 1, got "
                    + requestsPerMinute + "/min, burst " + burst);
        }
    }
}
