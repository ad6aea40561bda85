package kz.medcert.archfixture.broken.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

/** Breaks coreDoesNotReadTheSystemClock in the domain. */
public final class WallClockReader {
    public LocalDate today() {
        return LocalDate.now();
    }

    public LocalDateTime moment() {
        return LocalDateTime.now();
    }

    public ZonedDateTime zoned() {
        return ZonedDateTime.now();
    }

    public long millis() {
        return System.currentTimeMillis();
    }
}
