package kz.medcert.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

    @Test
    void readsPlainAndQuotedFields_withTheLineEachRecordStartsOn() throws IOException {
        List<CsvRecords.Record> records = read("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\n\"two\nlines\",2,3\n4,5,6");

        assertThat(records).containsExactly(
                new CsvRecords.Record.Fields(1, List.of("a", "b", "c")),
                new CsvRecords.Record.Fields(2, List.of("x, y", "say \"hi\"", "")),
                new CsvRecords.Record.Fields(3, List.of("two\nlines", "2", "3")),
                new CsvRecords.Record.Fields(5, List.of("4", "5", "6")));
    }

    @Test
    void skipsBlankLines_andTakesALoneCarriageReturnAsALineEnd() throws IOException {
        assertThat(read("\n\na\r\rb\r\n\r\n")).containsExactly(
                new CsvRecords.Record.Fields(3, List.of("a")),
                new CsvRecords.Record.Fields(5, List.of("b")));
    }

    @Test
    void keepsAQuoteInsideAnUnquotedFieldAsItIs() throws IOException {
        assertThat(read("O\"Neill,x\n")).containsExactly(new CsvRecords.Record.Fields(1, List.of("O\"Neill", "x")));
    }

    @Test
    void textAfterAClosingQuote_isMalformed_andReadingGoesOnWithTheNextLine() throws IOException {
        assertThat(read("\"a\"b,c\nd,e\n")).containsExactly(
                new CsvRecords.Record.Malformed(1, "text follows the closing quote of field 1"),
                new CsvRecords.Record.Fields(2, List.of("d", "e")));
    }

    @Test
    void aQuoteNotClosedBeforeTheEnd_isMalformed() throws IOException {
        assertThat(read("ok\n\"never closed,\nmore\n")).containsExactly(
                new CsvRecords.Record.Fields(1, List.of("ok")),
                new CsvRecords.Record.Malformed(2, "a quoted field is not closed before the end of the file"));
    }

    @Test
    void aRecordTooLong_isMalformed_andDoesNotSwallowTheRestOfTheFile() throws IOException {
        String huge = "x".repeat(CsvRecords.MAX_RECORD_CHARS + 1);
        String unclosed = "\"" + "y".repeat(CsvRecords.MAX_RECORD_CHARS + 10);

        List<CsvRecords.Record> records = read(huge + "\nnext\n" + unclosed + "\nlast\n");

        assertThat(records).hasSize(4);
        assertThat(records.get(0)).isInstanceOf(CsvRecords.Record.Malformed.class);
        assertThat(records.get(1)).isEqualTo(new CsvRecords.Record.Fields(2, List.of("next")));
        assertThat(records.get(2)).isInstanceOf(CsvRecords.Record.Malformed.class).extracting(CsvRecords.Record::line)
                .isEqualTo(3L);
        assertThat(records.get(3)).isEqualTo(new CsvRecords.Record.Fields(4, List.of("last")));
    }

    private static List<CsvRecords.Record> read(String text) throws IOException {
        CsvRecords records = new CsvRecords(new StringReader(text));
        List<CsvRecords.Record> all = new ArrayList<>();
        for (Optional<CsvRecords.Record> r = records.next(); r.isPresent(); r = records.next()) {
            all.add(r.get());
        }
        return all;
    }
}
