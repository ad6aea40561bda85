package kz.medcert.domain.request;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How asking one state registry went: pending, answered, failed and due for a retry, or failed for so long that the
 * applicant goes on without it (R21, R70).
 *
 * @param unavailableSince when the registry was marked unavailable for the applicant ({@link FallbackPolicy}); kept
 *                         once it answers after all, so that its late answer is compared with what the applicant
 *                         declared in its place
 */
public record RegistryFetch(StateRegistry registry, FetchStatus status, int attempts, Optional<Instant> lastAttemptAt,
                            Optional<String> failure, Optional<Instant> nextAttemptAt,
                            Optional<Instant> unavailableSince) {

    /** The state of one registry look-up. */
    public enum FetchStatus {
        /** Not asked yet. */
        PENDING,
        /** Answered; its data are in the request's fetched facts. */
        FETCHED,
        /** Did not answer; asked again at {@code nextAttemptAt}, and the request waits for it. */
        FAILED,
        /**
         * Did not answer for longer than the fallback allows (R21, R70): the request goes on without it, the applicant
         * declares and uploads what it would have supplied, and it is still asked at {@code nextAttemptAt}.
         */
        UNAVAILABLE
    }

    public RegistryFetch {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(lastAttemptAt, "lastAttemptAt");
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(unavailableSince, "unavailableSince");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts cannot be negative");
        }
        if ((status == FetchStatus.UNAVAILABLE) && unavailableSince.isEmpty()) {
            throw new IllegalArgumentException("an unavailable registry says since when");
        }
        if ((status == FetchStatus.PENDING || status == FetchStatus.FAILED) && unavailableSince.isPresent()) {
            throw new IllegalArgumentException("a registry once unavailable stays so until it answers");
        }
    }

    /** A fetch that was never marked unavailable. */
    public RegistryFetch(StateRegistry registry, FetchStatus status, int attempts, Optional<Instant> lastAttemptAt,
                         Optional<String> failure, Optional<Instant> nextAttemptAt) {
        this(registry, status, attempts, lastAttemptAt, failure, nextAttemptAt, Optional.empty());
    }

    static RegistryFetch pending(StateRegistry registry) {
        return new RegistryFetch(registry, FetchStatus.PENDING, 0, Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    RegistryFetch fetched(Instant at) {
        return new RegistryFetch(registry, FetchStatus.FETCHED, attempts + 1, Optional.of(at), Optional.empty(),
                Optional.empty(), unavailableSince);
    }

    /** Failed once more; an unavailable registry stays unavailable (and is asked again at {@code retryAt}). */
    RegistryFetch failed(String reason, Instant at, Instant retryAt) {
        return new RegistryFetch(registry, unavailableSince.isPresent() ? FetchStatus.UNAVAILABLE : FetchStatus.FAILED,
                attempts + 1, Optional.of(at), Optional.of(reason), Optional.of(retryAt), unavailableSince);
    }

    /** R21, R70: marked unavailable for the applicant at {@code at}; still asked at its retry time. */
    RegistryFetch unavailable(Instant at) {
        return new RegistryFetch(registry, FetchStatus.UNAVAILABLE, attempts, lastAttemptAt, failure, nextAttemptAt,
                Optional.of(at));
    }

    public boolean done() {
        return status == FetchStatus.FETCHED;
    }

    /** Answered, or unavailable: the request need not wait for it any longer (R21, R70). */
    public boolean settled() {
        return status == FetchStatus.FETCHED || status == FetchStatus.UNAVAILABLE;
    }

    public boolean unavailable() {
        return status == FetchStatus.UNAVAILABLE;
    }

    /** Answered after it had been marked unavailable: its answer stands beside what the applicant declared. */
    public boolean answeredLate() {
        return done() && unavailableSince.isPresent();
    }

    /** Whether it was unavailable at {@code moment}: marked by then, and not answered by then. */
    public boolean unavailableAt(Instant moment) {
        return unavailableSince.filter(since -> !since.isAfter(moment)).isPresent()
                && (!done() || lastAttemptAt.filter(answered -> answered.isAfter(moment)).isPresent());
    }

    /** Not answered and its retry time has come (never asked counts as due). */
    boolean dueAt(Instant now) {
        return status == FetchStatus.PENDING || (status != FetchStatus.FETCHED
                && nextAttemptAt.map(t -> !t.isAfter(now)).orElse(true));
    }
}
