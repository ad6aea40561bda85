package kz.medcert.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.medcert.application.port.out.RegisterFileReader.InvalidHeaderException;
import kz.medcert.application.port.out.RegisterFileReader.RegisterRow;
import kz.medcert.application.port.out.RegisterFileReader.RegisterRows;
import kz.medcert.application.port.out.RegisterFileWriter.EntrySink;
import kz.medcert.application.testing.CertificateFixtures;
import kz.medcert.domain.certificate.IssuedCertificate;
import org.junit.jupiter.api.Test;

/**
 * What a {@link RegisterFileWriter} and the {@link RegisterFileReader} of the same layout promise together (R75): what
 * is written reads back as the same entries, in order, at the lines they start on (an export can be imported again);
 * a row that cannot be an entry is rejected at its line, naming its problems, and neither stops nor hides the rows
 * after it; nothing issued after the day of reading is an entry; a file without a register header is refused as a
 * whole; finishing a file leaves the caller's stream open. Extend it with a reader and writer of one layout and a line
 * that layout refuses as a row.
 */
public abstract class RegisterFileContract {
    private static final LocalDate TODAY = CertificateFixtures.TODAY;
    private static final List<IssuedCertificate> ENTRIES = List.of(CertificateFixtures.valid(),
            CertificateFixtures.expired(), CertificateFixtures.revoked());

    protected abstract RegisterFileReader reader();

    protected abstract RegisterFileWriter writer();

    /** One line, without its line break, that the layout cannot read as an entry. */
    protected abstract String brokenRow();

    private byte[] written(List<IssuedCertificate> entries) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            EntrySink sink = writer().begin(out);
            for (IssuedCertificate entry : entries) {
                sink.write(entry);
            }
            sink.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<RegisterRow> read(byte[] file, LocalDate today) {
        try {
            RegisterRows rows = reader().open(new ByteArrayInputStream(file), today);
            List<RegisterRow> read = new ArrayList<>();
            for (Optional<RegisterRow> row = rows.next(); row.isPresent(); row = rows.next()) {
                read.add(row.get());
            }
            return read;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<IssuedCertificate> entries(List<RegisterRow> rows) {
        return rows.stream().map(row -> {
            assertThat(row).as("the row at line %d should be an entry", row.line())
                    .isInstanceOf(RegisterRow.Entry.class);
            return ((RegisterRow.Entry) row).certificate();
        }).toList();
    }

    @Test
    void whatIsWritten_readsBackAsTheSameEntries_inOrder_afterTheHeader() {
        List<RegisterRow> rows = read(written(ENTRIES), TODAY);

        assertThat(rows).allSatisfy(row -> assertThat(row).isInstanceOf(RegisterRow.Entry.class));
        assertThat(entries(rows)).containsExactlyElementsOf(ENTRIES);
        assertThat(rows).extracting(RegisterRow::line).allSatisfy(line -> assertThat(line).isGreaterThan(1L))
                .isSorted().doesNotHaveDuplicates();
    }

    @Test
    void anExportOfNothing_readsBackAsNoRows() {
        assertThat(read(written(List.of()), TODAY)).isEmpty();
    }

    @Test
    void aBrokenRow_isRejectedAtItsLine_andTheRowsAfterItStillRead() {
        String file = new String(written(ENTRIES), StandardCharsets.UTF_8);
        int afterFirstEntry = nthLineEnd(file, 2);
        String lineBreak = file.startsWith("\r\n", afterFirstEntry - 2) ? "\r\n" : "\n";
        long brokenLine = file.substring(0, afterFirstEntry).chars().filter(c -> c == '\n').count() + 1;
        String withBrokenRow = file.substring(0, afterFirstEntry) + brokenRow() + lineBreak
                + file.substring(afterFirstEntry);

        List<RegisterRow> rows = read(withBrokenRow.getBytes(StandardCharsets.UTF_8), TODAY);

        assertThat(rows).hasSize(4);
        assertThat(rows.get(1)).isInstanceOfSatisfying(RegisterRow.Rejected.class, rejected -> {
            assertThat(rejected.line()).isEqualTo(brokenLine);
            assertThat(rejected.problems()).allSatisfy(problem -> assertThat(problem.field()).isNotBlank());
        });
        assertThat(entries(List.of(rows.get(0), rows.get(2), rows.get(3)))).containsExactlyElementsOf(ENTRIES);
        assertThat(rows.get(2).line()).isGreaterThan(brokenLine);
    }

    @Test
    void anEntryIssuedAfterTheDayOfReading_isRejectedAtItsLine() {
        IssuedCertificate valid = CertificateFixtures.valid();
        byte[] file = written(List.of(CertificateFixtures.expired(), valid));
        List<RegisterRow> onTheDay = read(file, valid.issuedOn());

        List<RegisterRow> theDayBefore = read(file, valid.issuedOn().minusDays(1));

        assertThat(entries(onTheDay)).containsExactly(CertificateFixtures.expired(), valid);
        assertThat(theDayBefore.get(0)).isEqualTo(onTheDay.get(0));
        assertThat(theDayBefore.get(1)).isInstanceOfSatisfying(RegisterRow.Rejected.class,
                rejected -> assertThat(rejected.line()).isEqualTo(onTheDay.get(1).line()));
    }

    @Test
    void anEmptyFile_isRefusedAtItsHeader() {
        assertThatThrownBy(() -> reader().open(new ByteArrayInputStream(new byte[0]), TODAY))
                .isInstanceOfSatisfying(InvalidHeaderException.class,
                        e -> assertThat(e.field()).isEqualTo("header"));
    }

    @Test
    void aFileWithoutARegisterHeader_isRefusedAsAWhole() {
        byte[] letter = "Dear colleagues, please find the register attached.\nRegards\n"
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader().open(new ByteArrayInputStream(letter), TODAY))
                .isInstanceOfSatisfying(InvalidHeaderException.class,
                        e -> assertThat(e.field()).isNotBlank());
    }

    @Test
    void finishingAFile_writesItAllOut_andLeavesTheStreamOpen() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        EntrySink sink = writer().begin(out);
        sink.write(CertificateFixtures.valid());

        sink.finish();

        assertThat(closed[0]).isFalse();
        assertThat(entries(read(out.toByteArray(), TODAY))).containsExactly(CertificateFixtures.valid());
    }

    private static int nthLineEnd(String text, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) {
            at = text.indexOf('\n', at + 1);
            assertThat(at).as("the written file has at least %d lines", n).isNotNegative();
        }
        return at + 1;
    }
}
