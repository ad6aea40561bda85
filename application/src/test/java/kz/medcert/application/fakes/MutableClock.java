package kz.medcert.application.fakes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Objects;

/** A test clock that stands still until told to move, or moves by a fixed tick on every reading. */
public final class MutableClock extends Clock {
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    private final ZoneId zone;
    private Instant now;
    private Duration tick = Duration.ZERO;

    public MutableClock(Instant now, ZoneId zone) {
        this.now = Objects.requireNonNull(now, "now");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** A clock standing at an ISO offset date-time, e.g. {@code 2026-11-20T10:00+05:00}, in Asia/Almaty. */
    public static MutableClock at(String isoOffsetDateTime) {
        return new MutableClock(OffsetDateTime.parse(isoOffsetDateTime).toInstant(), ALMATY);
    }

    public synchronized void set(Instant value) {
        now = Objects.requireNonNull(value, "value");
    }

    public synchronized void advance(Duration by) {
        now = now.plus(by);
    }

    /** From now on every reading returns the current instant and then moves the clock on by {@code by}. */
    public synchronized void tickingBy(Duration by) {
        tick = Objects.requireNonNull(by, "by");
    }

    @Override
    public synchronized Instant instant() {
        Instant reading = now;
        now = now.plus(tick);
        return reading;
    }

    /** The current instant without moving a ticking clock. */
    public synchronized Instant peek() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** A clock standing at this one's current instant in another zone; it does not follow this one afterwards. */
    @Override
    public Clock withZone(ZoneId other) {
        return new MutableClock(peek(), other);
    }
}
