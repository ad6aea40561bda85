package kz.medcert.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import kz.medcert.domain.reference.ReferenceFile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R77: the shipped calendar is its files, each naming its acts, and every file is in the index. */
class ShippedCalendarFilesTest {

    @Test
    @DisplayName("R77: every calendar file beside the index is listed in it, and every one names an act")
    void r77_everyFileIsIndexedAndNamesItsAct() throws IOException, URISyntaxException {
        Path dir = Path.of(KazakhstanCalendar.class.getResource(KazakhstanCalendar.INDEX).toURI()).getParent();
        List<String> present;
        try (Stream<Path> files = Files.list(dir)) {
            present = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tsv")).sorted().toList();
        }

        assertThat(KazakhstanCalendar.files()).containsExactlyInAnyOrderElementsOf(present);
        for (String file : present) {
            assertThat(ReferenceFile.parse(file, KazakhstanCalendarTestData.lines(file)).acts()).as(file)
                    .isNotEmpty();
        }
    }

    @Test
    @DisplayName("R77: each covered year says where its Kurban Ait comes from; 2027's is an estimate until announced")
    void r77_kurbanAitHasItsSource() {
        WorkingCalendar calendar = WorkingCalendar.kazakhstan();

        assertThat(calendar.years()).allSatisfy(year -> assertThat(year.dateOf("KURBAN_AIT"))
                .hasValueSatisfying(d -> assertThat(d.source()).isNotBlank()));
        assertThat(calendar.years()).filteredOn(y -> y.year().getValue() < 2027)
                .allSatisfy(y -> assertThat(y.dateOf("KURBAN_AIT").orElseThrow().estimated()).isFalse());
        assertThat(calendar.years()).filteredOn(y -> y.year().getValue() == 2027).singleElement()
                .satisfies(y -> assertThat(y.dateOf("KURBAN_AIT").orElseThrow().estimated()).isTrue());
        assertThat(calendar.holidays()).allSatisfy(h -> {
            assertThat(h.name().kk()).isNotBlank();
            assertThat(h.name().ru()).isNotBlank();
            assertThat(h.name().en()).isNotBlank();
        });
    }
}
