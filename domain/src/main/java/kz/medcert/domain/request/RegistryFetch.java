package kz.medcert.domain.request;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** How asking one state registry went: pending, answered, or failed and due for a retry (R21, R70). */
public record RegistryFetch(StateRegistry registry, FetchStatus status, int attempts, Optional<Instant> lastAttemptAt,
                            Optional<String> failure, Optional<Instant> nextAttemptAt) {

    /** The state of one registry look-up. */
    public enum FetchStatus {
        PENDING, FETCHED, FAILED
    }

    public RegistryFetch {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(lastAttemptAt, "lastAttemptAt");
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts cannot be negative");
        }
    }

    static RegistryFetch pending(StateRegistry registry) {
        return new RegistryFetch(registry, FetchStatus.PENDING, 0, Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    RegistryFetch fetched(Instant at) {
        return new RegistryFetch(registry, FetchStatus.FETCHED, attempts + 1, Optional.of(at), Optional.empty(),
                Optional.empty());
    }

    RegistryFetch failed(String reason, Instant at, Instant retryAt) {
        return new RegistryFetch(registry, FetchStatus.FAILED, attempts + 1, Optional.of(at), Optional.of(reason),
                Optional.of(retryAt));
    }

    public boolean done() {
        return status == FetchStatus.FETCHED;
    }
}
