package kz.medcert.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KazakhstanTimeTest {

    @ParameterizedTest(name = "{0} → {1}, local {2}")
    @DisplayName("R77: UTC+6 → UTC+5 switch at 2024-02-29T18:00:00Z, one second before / at / after")
    @CsvSource({
            "2024-02-29T17:59:59Z, +06:00, 2024-02-29T23:59:59",
            "2024-02-29T18:00:00Z, +05:00, 2024-02-29T23:00:00",
            "2024-02-29T18:00:01Z, +05:00, 2024-02-29T23:00:01",
            "2024-02-29T17:59:59.999999999Z, +06:00, 2024-02-29T23:59:59.999999999"
    })
    void r77_offsetSwitch_secondBeforeAtAfter(String instant, String offset, String local) {
        Instant at = Instant.parse(instant);
        assertThat(KazakhstanTime.offsetAt(at)).isEqualTo(ZoneOffset.of(offset));
        assertThat(KazakhstanTime.localDateTime(at)).isEqualTo(LocalDateTime.parse(local));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @DisplayName("R77: offsets far from the switch (day before, day after, years apart)")
    @CsvSource({
            "2005-06-01T00:00:00Z, +06:00",
            "2023-12-31T18:00:00Z, +06:00",
            "2024-02-28T18:00:00Z, +06:00",
            "2024-03-01T18:00:00Z, +05:00",
            "2030-01-01T00:00:00Z, +05:00"
    })
    void r77_offsetAwayFromSwitch(String instant, String offset) {
        assertThat(KazakhstanTime.offsetAt(Instant.parse(instant))).isEqualTo(ZoneOffset.of(offset));
    }

    @Test
    @DisplayName("R77: local midnight 2024-03-01 is the switch: 00:00 at +06 never shows up as Mar 1 local")
    void r77_localDateAroundMidnightOfSwitch() {
        assertThat(KazakhstanTime.localDateTime(Instant.parse("2024-02-29T18:59:59Z")))
                .isEqualTo(LocalDateTime.parse("2024-02-29T23:59:59"));
        assertThat(KazakhstanTime.localDateTime(Instant.parse("2024-02-29T19:00:00Z")))
                .isEqualTo(LocalDateTime.parse("2024-03-01T00:00:00"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @DisplayName("R77: toInstant inverts localDateTime; the repeated hour resolves to the earlier instant")
    @CsvSource({
            "2024-02-29T22:59:59, 2024-02-29T16:59:59Z",
            "2024-02-29T23:00:00, 2024-02-29T17:00:00Z",
            "2024-02-29T23:59:59, 2024-02-29T17:59:59Z",
            "2024-03-01T00:00:00, 2024-02-29T19:00:00Z",
            "2025-03-20T18:31:00, 2025-03-20T13:31:00Z"
    })
    void r77_toInstant(String local, String instant) {
        assertThat(KazakhstanTime.toInstant(LocalDateTime.parse(local))).isEqualTo(Instant.parse(instant));
        assertThat(KazakhstanTime.localDateTime(Instant.parse(instant))).isEqualTo(LocalDateTime.parse(local));
    }
}
