package kz.medcert.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * How often a consent code may be sent: for one request at most once per {@code interval} and {@code perRequestPerHour}
 * times in any hour, and for one person (all their requests together) {@code perPersonPerHour} times in any hour.
 * Each code is an SMS to the person's phone: the limits cap what a guesser or a careless client can cost and send.
 */
public record ConsentLimits(Duration interval, int perRequestPerHour, int perPersonPerHour) {
    public static final Duration WINDOW = Duration.ofHours(1);
    public static final ConsentLimits DEFAULTS = new ConsentLimits(Duration.ofMinutes(1), 5, 5);

    public ConsentLimits {
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative()) {
            throw new IllegalArgumentException("the interval between codes must not be negative, got " + interval);
        }
        if (perRequestPerHour < 1 || perPersonPerHour < 1) {
            throw new IllegalArgumentException("at least one code an hour must be allowed, got " + perRequestPerHour
                    + " per request and " + perPersonPerHour + " per person");
        }
    }

    /**
     * How long until a new code may be sent at {@code now}, given the issue times of the codes sent in the last hour
     * for the request and for the person; empty when one may be sent now.
     */
    public Optional<Duration> wait(Collection<Instant> forRequest, Collection<Instant> forPerson, Instant now) {
        Instant since = now.minus(WINDOW);
        Optional<Instant> allowedAt = Stream.of(
                        forRequest.stream().max(Comparator.naturalOrder()).map(last -> last.plus(interval)),
                        nth(forRequest, since, perRequestPerHour), nth(forPerson, since, perPersonPerHour))
                .flatMap(Optional::stream).max(Comparator.naturalOrder());
        return allowedAt.filter(now::isBefore).map(at -> Duration.between(now, at));
    }

    // With n codes allowed an hour and at least n sent since then, the next may go an hour after the n-th latest.
    private static Optional<Instant> nth(Collection<Instant> issued, Instant since, int allowed) {
        return Optional.of(issued.stream().filter(since::isBefore).sorted(Comparator.reverseOrder()).toList())
                .filter(recent -> recent.size() >= allowed).map(recent -> recent.get(allowed - 1).plus(WINDOW));
    }
}
