package kz.medcert.archfixture.broken.application.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Supplier;

/** Breaks coreDoesNotReadTheSystemClock in the application, also through a zone or a method reference. */
public final class WallClockService {
    private final Supplier<Instant> clock = Instant::now;

    public Instant stamp() {
        return Instant.now();
    }

    public LocalDate todayIn(ZoneId zone) {
        return LocalDate.now(zone);
    }

    public Instant later() {
        return clock.get();
    }
}
