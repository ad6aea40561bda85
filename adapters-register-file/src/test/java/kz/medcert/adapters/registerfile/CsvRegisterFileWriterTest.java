package kz.medcert.adapters.registerfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import kz.medcert.application.port.out.RegisterFileReader.RegisterRow;
import kz.medcert.application.port.out.RegisterFileReader.RegisterRows;
import kz.medcert.application.port.out.RegisterFileWriter.EntrySink;
import kz.medcert.application.testing.CertificateFixtures;
import kz.medcert.application.testing.RegisterEntries;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.certificate.Revocation;
import kz.medcert.domain.reference.SpecialtyCatalogue;
import org.junit.jupiter.api.Test;

/** Writing register entries (the expiry export): the import's layout, so that an export can be imported again. */
class CsvRegisterFileWriterTest {
    private final CsvRegisterFile file = new CsvRegisterFile(SpecialtyCatalogue.standard());

    @Test
    void writesTheHeader_thenOneLinePerEntry_CRLF() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        EntrySink sink = file.begin(out);
        sink.write(CertificateFixtures.valid());
        sink.write(CertificateFixtures.expired());
        sink.finish();

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(RegisterCsv.header() + "\r\n"
                + RegisterCsv.line(CertificateFixtures.valid()) + "\r\n"
                + RegisterCsv.line(CertificateFixtures.expired()) + "\r\n");
        assertThat(RegisterCsv.line(CertificateFixtures.valid())).startsWith(
                CertificateFixtures.HOLDER_IIN.value() + "," + CertificateFixtures.SURNAME + ",");
    }

    @Test
    void quotesAFieldOnlyWhenItHasTo_doublingItsQuotes_R88() {
        IssuedCertificate revoked = CertificateFixtures.valid().revoked(new Revocation(LocalDate.of(2025, 6, 2),
                "GROUND_4_COURT_PROHIBITION", "Приговор, «о запрете» \"ст. 50\"", "OFFICER 17 ATYRAU"));

        String line = RegisterCsv.line(revoked);

        assertThat(line).endsWith(",2025-06-02,GROUND_4_COURT_PROHIBITION,"
                + "\"Приговор, «о запрете» \"\"ст. 50\"\"\",OFFICER 17 ATYRAU");
    }

    @Test
    void whatIsWritten_readsBackAsTheSameEntries() throws IOException {
        RegisterEntries generator = new RegisterEntries(11, CertificateFixtures.TODAY);
        List<IssuedCertificate> entries = new ArrayList<>(IntStream.range(0, 300).mapToObj(i -> generator.next())
                .toList());
        entries.add(CertificateFixtures.valid().revoked(new Revocation(LocalDate.of(2025, 6, 2),
                "GROUND_4_COURT_PROHIBITION", "Приговор, «о запрете»\n\"ст. 50\"", "OFFICER 17 ATYRAU")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EntrySink sink = file.begin(out);
        for (IssuedCertificate entry : entries) {
            sink.write(entry);
        }
        sink.finish();

        RegisterRows rows = file.open(new ByteArrayInputStream(out.toByteArray()), CertificateFixtures.TODAY);
        List<IssuedCertificate> read = new ArrayList<>();
        for (Optional<RegisterRow> row = rows.next(); row.isPresent(); row = rows.next()) {
            read.add(((RegisterRow.Entry) row.get()).certificate());
        }

        assertThat(read).containsExactlyElementsOf(entries);
        assertThat(entries).anySatisfy(e -> assertThat(e.isIndefinite()).isTrue());
    }
}
