package kz.medcert.domain.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one format of reference data files: tab-separated rows, comments, and the act each file follows. */
class ReferenceFileTest {

    @Test
    void rowsAreTabSeparatedAndStripped_commentsAndBlankLinesSkipped_aByteOrderMarkIgnored() {
        ReferenceFile file = ReferenceFile.parse("f.tsv", List.of("\uFEFF# a comment", "act\tLaw No. 1",
                "", "member\t KG \t2015-08-12 ", "  # indented comment"));

        assertThat(file.acts()).containsExactly("Law No. 1");
        assertThat(file.rows()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(4);
            assertThat(row.cells()).containsExactly("member", "KG", "2015-08-12");
            assertThat(row.problem("bad").toString()).isEqualTo("f.tsv:4: bad");
        });
        assertThat(file.rows("member")).hasSize(1);
        assertThat(file.rows("other")).isEmpty();
    }

    @Test
    void aFileMustNameTheActItFollows() {
        assertThatThrownBy(() -> ReferenceFile.parse("f.tsv", List.of("member\tKG\t2015-08-12")))
                .isInstanceOf(ReferenceDataException.class).hasMessageStartingWith("f.tsv: names no legal act");
        assertThatThrownBy(() -> ReferenceFile.parse("f.tsv", List.of("act", "act\tLaw")))
                .isInstanceOf(ReferenceDataException.class).hasMessage("f.tsv:1: an act row is `act<TAB>the act's name`");
    }

    @Test
    void everyShippedReferenceFileNamesItsAct() {
        assertThat(SpecialtyCatalogue.standard().acts()).singleElement().asString().contains("ҚР ДСМ-218/2020");
        assertThat(EaeuMembership.acts()).anySatisfy(act -> assertThat(act).contains("29 May 2014"));
        assertThat(kz.medcert.domain.access.Regions.acts()).isNotEmpty();
        assertThat(kz.medcert.domain.evaluation.Ground.acts()).singleElement().asString().contains("ҚР ДСМ-274/2020");
        assertThat(kz.medcert.domain.calendar.WorkingCalendar.kazakhstan().acts())
                .anySatisfy(act -> assertThat(act).contains("On holidays in the Republic of Kazakhstan"));
    }
}
