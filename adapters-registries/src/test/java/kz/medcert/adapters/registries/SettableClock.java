package kz.medcert.adapters.registries;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A clock a test moves by handing it another clock, e.g. {@code Clock.offset(start, Duration.ofMinutes(5))}. */
final class SettableClock extends Clock {
    private volatile Clock current;

    SettableClock(Clock start) {
        this.current = start;
    }

    void set(Clock clock) {
        current = clock;
    }

    @Override
    public ZoneId getZone() {
        return current.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new SettableClock(current.withZone(zone));
    }

    @Override
    public Instant instant() {
        return current.instant();
    }
}
