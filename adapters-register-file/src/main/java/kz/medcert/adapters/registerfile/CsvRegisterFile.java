package kz.medcert.adapters.registerfile;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import kz.medcert.application.port.out.RegisterFileReader;
import kz.medcert.application.port.out.RegisterFileWriter;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.reference.SpecialtyCatalogue;
import org.apache.commons.csv.CSVPrinter;

/**
 * The register file as CSV ({@link RegisterCsv}): read for the import of an existing register, written for the
 * export of the holders to remind, in one layout so that an export can be imported again.
 */
public final class CsvRegisterFile implements RegisterFileReader, RegisterFileWriter {
    private static final int WRITE_BUFFER_CHARS = 64 * 1024;

    private final SpecialtyCatalogue catalogue;

    public CsvRegisterFile(SpecialtyCatalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    /**
     * Bytes that are not UTF-8 are read as U+FFFD, which rejects their row naming the field ({@link
     * RegisterRowParser}), not the file.
     */
    @Override
    public RegisterRows open(InputStream content, LocalDate today) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(today, "today");
        return new CsvRows(new PhysicalLines(new InputStreamReader(content, StandardCharsets.UTF_8)), catalogue,
                today);
    }

    @Override
    public EntrySink begin(OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(Objects.requireNonNull(out, "out"),
                StandardCharsets.UTF_8), WRITE_BUFFER_CHARS);
        CSVPrinter printer = new CSVPrinter(writer, RegisterCsv.FORMAT);
        printer.printRecord(RegisterCsv.COLUMNS);
        return new EntrySink() {
            @Override
            public void write(IssuedCertificate entry) throws IOException {
                printer.printRecord(RegisterCsv.values(entry));
            }

            @Override
            public void finish() throws IOException {
                printer.flush(); // not close: the stream is the caller's
            }
        };
    }
}
