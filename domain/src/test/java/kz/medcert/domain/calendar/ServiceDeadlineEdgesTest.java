package kz.medcert.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Deadlines around the offset switch, year boundaries, Nauryz, the May holidays and Kurban Ait. */
class ServiceDeadlineEdgesTest {

    private final ServiceDeadlinePolicy policy = ServiceDeadlinePolicy.standard(WorkingCalendar.kazakhstan());

    @ParameterizedTest(name = "{0} (local {1}) → registered {2}, due {3}")
    @DisplayName("R77 R78 R73: UTC+6 → UTC+5 switch: 18:30 local on the day before / of / after")
    @CsvSource({
            "2024-02-28T12:30:00Z, 2024-02-28T18:30:00, 2024-02-28, 2024-03-06",
            "2024-02-28T12:30:01Z, 2024-02-28T18:30:01, 2024-02-29, 2024-03-07",
            "2024-02-29T12:30:00Z, 2024-02-29T18:30:00, 2024-02-29, 2024-03-07",
            "2024-02-29T12:30:01Z, 2024-02-29T18:30:01, 2024-03-01, 2024-03-11",
            "2024-02-29T17:59:59Z, 2024-02-29T23:59:59, 2024-03-01, 2024-03-11",
            "2024-02-29T18:00:00Z, 2024-02-29T23:00:00, 2024-03-01, 2024-03-11",
            "2024-02-29T18:00:01Z, 2024-02-29T23:00:01, 2024-03-01, 2024-03-11",
            "2024-03-01T03:59:59Z, 2024-03-01T08:59:59, 2024-03-01, 2024-03-11",
            "2024-03-01T13:30:00Z, 2024-03-01T18:30:00, 2024-03-01, 2024-03-11",
            "2024-03-01T13:30:01Z, 2024-03-01T18:30:01, 2024-03-04, 2024-03-12"
    })
    void r77_r78_offsetSwitch(Instant at, LocalDateTime local, LocalDate registered, LocalDate due) {
        ServiceDeadline d = policy.deadlineFor(at);
        assertThat(d.submittedLocal()).isEqualTo(local);
        assertThat(d.registeredOn()).isEqualTo(registered);
        assertThat(d.decisionDue()).isEqualTo(due);
    }

    @ParameterizedTest(name = "{0} → registered {1}, due {2}")
    @DisplayName("R77 R78 R73: year boundaries (New Year, decreed Jan 3 off / Sunday Jan 5 worked, Jan 7)")
    @CsvSource({
            "2023-12-29T18:30+06:00, 2023-12-29, 2024-01-09",
            "2023-12-29T18:31+06:00, 2024-01-03, 2024-01-10",
            "2024-12-31T18:30+05:00, 2024-12-31, 2025-01-10",
            "2024-12-31T18:31+05:00, 2025-01-05, 2025-01-13",
            "2025-01-01T10:00+05:00, 2025-01-05, 2025-01-13",
            "2025-01-05T08:00+05:00, 2025-01-05, 2025-01-13",
            "2025-12-31T18:30+05:00, 2025-12-31, 2026-01-12",
            "2025-12-31T18:31+05:00, 2026-01-05, 2026-01-13"
    })
    void r78_r73_yearBoundaries(String submitted, LocalDate registered, LocalDate due) {
        assertDeadline(submitted, registered, due);
    }

    @ParameterizedTest(name = "{0} → registered {1}, due {2}")
    @DisplayName("R77 R78 R73: Nauryz eve and deadlines spanning Nauryz (2024, 2025, 2026)")
    @CsvSource({
            "2025-03-20T18:30+05:00, 2025-03-20, 2025-04-01",
            "2025-03-20T18:31+05:00, 2025-03-26, 2025-04-02",
            "2025-03-21T10:00+05:00, 2025-03-26, 2025-04-02",
            "2025-03-25T23:00+05:00, 2025-03-26, 2025-04-02",
            "2025-03-18T12:00+05:00, 2025-03-18, 2025-03-28",
            "2024-03-15T10:00+05:00, 2024-03-15, 2024-03-27",
            "2024-03-20T18:31+05:00, 2024-03-26, 2024-04-02",
            "2026-03-17T10:00+05:00, 2026-03-17, 2026-03-27",
            "2026-03-20T18:31+05:00, 2026-03-26, 2026-04-02"
    })
    void r78_r73_nauryz(String submitted, LocalDate registered, LocalDate due) {
        assertDeadline(submitted, registered, due);
    }

    @ParameterizedTest(name = "{0} → registered {1}, due {2}")
    @DisplayName("R77 R78 R73: May holidays (2024 decree: Sat May 4 worked, Wed May 8 off) and Kurban Ait")
    @CsvSource({
            "2024-04-30T18:31+05:00, 2024-05-02, 2024-05-13",
            "2024-05-03T10:00+05:00, 2024-05-03, 2024-05-14",
            "2024-05-03T18:31+05:00, 2024-05-04, 2024-05-15",
            "2024-05-04T10:00+05:00, 2024-05-04, 2024-05-15",
            "2024-05-06T18:31+05:00, 2024-05-10, 2024-05-17",
            "2025-04-30T15:00+05:00, 2025-04-30, 2025-05-12",
            "2025-05-06T18:31+05:00, 2025-05-08, 2025-05-16",
            "2025-06-05T18:31+05:00, 2025-06-09, 2025-06-16",
            "2026-05-26T18:31+05:00, 2026-05-28, 2026-06-04"
    })
    void r78_r73_mayHolidaysAndKurbanAit(String submitted, LocalDate registered, LocalDate due) {
        assertDeadline(submitted, registered, due);
    }

    private void assertDeadline(String submitted, LocalDate registered, LocalDate due) {
        ServiceDeadline d = policy.deadlineFor(OffsetDateTime.parse(submitted).toInstant());
        assertThat(d.registeredOn()).as("registeredOn").isEqualTo(registered);
        assertThat(d.decisionDue()).as("decisionDue").isEqualTo(due);
    }
}
