package kz.medcert.domain.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PersonDatesTest {

    @Test
    void aDayIsWrittenAndReadBackAsAPersonTypesIt() {
        LocalDate day = LocalDate.of(2026, 12, 8);

        assertThat(PersonDates.format(day)).isEqualTo("08.12.2026");
        assertThat(PersonDates.parse(" 08.12.2026 ")).contains(day);
    }

    @Test
    void whatIsNoDay_readsAsNone() {
        assertThat(PersonDates.parse("31.02.2026")).isEmpty();
        assertThat(PersonDates.parse("2026-12-08")).isEmpty();
        assertThat(PersonDates.parse("8.12.2026")).isEmpty();
        assertThat(PersonDates.parse("")).isEmpty();
    }
}
