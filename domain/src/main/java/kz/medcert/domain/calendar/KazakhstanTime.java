package kz.medcert.domain.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** Local time of the provider (zone Asia/Almaty), from our own dated offset data rather than the JDK's tzdata. */
public final class KazakhstanTime {

    /** The IANA name of the zone this class models; for display only, never resolved through tzdata. */
    public static final String ZONE_NAME = "Asia/Almaty";

    /** The instant Kazakhstan moved from UTC+6 to UTC+5: 2024-03-01T00:00 at +06. */
    public static final Instant SWITCH_TO_UTC_PLUS_5 = Instant.parse("2024-02-29T18:00:00Z");

    // R77: dated offsets, each valid from its instant until the next one. Our data starts with +06, which Almaty has
    // kept since 2004-10-31 (summer time ended); earlier history is outside the scope of this service and maps to +06.
    // A future change is one more line here.
    private static final NavigableMap<Instant, ZoneOffset> OFFSETS = new TreeMap<>(Map.of(
            Instant.MIN, ZoneOffset.ofHours(6),
            SWITCH_TO_UTC_PLUS_5, ZoneOffset.ofHours(5)));

    private KazakhstanTime() {
    }

    /** The UTC offset in force in Kazakhstan at the given instant. */
    public static ZoneOffset offsetAt(Instant instant) {
        return OFFSETS.floorEntry(instant).getValue();
    }

    /** The provider's wall-clock date and time at the given instant. */
    public static LocalDateTime localDateTime(Instant instant) {
        return LocalDateTime.ofInstant(instant, offsetAt(instant));
    }

    /** The provider's calendar day at the given instant: "today" for deadlines, validity and application dates. */
    public static LocalDate date(Instant instant) {
        return localDateTime(instant).toLocalDate();
    }

    /**
     * The instant of a provider wall-clock time. In the hour that occurred twice (2024-02-29 23:00–23:59:59) the
     * earlier instant (still at +06) is returned; there is no skipped hour in our data.
     */
    public static Instant toInstant(LocalDateTime local) {
        Instant best = null;
        for (ZoneOffset offset : OFFSETS.values()) {
            Instant candidate = local.toInstant(offset);
            boolean consistent = offsetAt(candidate).equals(offset);
            if (consistent && (best == null || candidate.isBefore(best))) {
                best = candidate;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("Local time does not exist in Kazakhstan: " + local);
        }
        return best;
    }
}
