package kz.medcert.adapters.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client key (e.g. an IP address), thread-safe. Memory is bounded: past {@code maxClients} buckets
 * the full ones (idle clients) are dropped, and if that is not enough, all of them (a flood from that many addresses
 * then gets fresh buckets rather than exhausting the heap).
 */
public final class RateLimiter {
    public static final int DEFAULT_MAX_CLIENTS = 100_000;

    private final RateLimit limit;
    private final Clock clock;
    private final int maxClients;
    private final double tokensPerSecond;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(RateLimit limit, Clock clock, int maxClients) {
        this.limit = Objects.requireNonNull(limit, "limit");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (maxClients < 1) {
            throw new IllegalArgumentException("maxClients must be at least 1, got " + maxClients);
        }
        this.maxClients = maxClients;
        this.tokensPerSecond = limit.requestsPerMinute() / 60.0;
    }

    public RateLimiter(RateLimit limit, Clock clock) {
        this(limit, clock, DEFAULT_MAX_CLIENTS);
    }

    /** Takes one request from the client's bucket: empty when admitted, else how long until it would be. */
    public Optional<Duration> acquire(String client) {
        Instant now = clock.instant();
        Bucket bucket = buckets.compute(client, (key, old) -> spend(old == null ? limit.burst() : refill(old, now),
                now));
        if (buckets.size() > maxClients) {
            prune(now);
        }
        return bucket.admitted() ? Optional.empty() : Optional.of(untilNextToken(bucket.tokens()));
    }

    public int clients() {
        return buckets.size();
    }

    private static Bucket spend(double tokens, Instant now) {
        return tokens >= 1 ? new Bucket(tokens - 1, now, true) : new Bucket(tokens, now, false);
    }

    // A clock that steps back refills nothing rather than draining the bucket.
    private double refill(Bucket bucket, Instant now) {
        double seconds = Math.max(0, Duration.between(bucket.at(), now).toNanos() / 1e9);
        return Math.min(limit.burst(), bucket.tokens() + seconds * tokensPerSecond);
    }

    private Duration untilNextToken(double tokens) {
        return Duration.ofNanos((long) Math.ceil((1 - tokens) / tokensPerSecond * 1e9));
    }

    private void prune(Instant now) {
        buckets.values().removeIf(bucket -> refill(bucket, now) >= limit.burst());
        if (buckets.size() > maxClients) {
            buckets.clear();
        }
    }

    /**
     * @param tokens   requests left, fractions included
     * @param at       when {@code tokens} was counted
     * @param admitted whether the request that left the bucket in this state was admitted
     */
    private record Bucket(double tokens, Instant at, boolean admitted) {
    }
}
