package kz.medcert.adapters.registerfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import kz.medcert.application.port.out.RegisterFileReader;
import kz.medcert.application.port.out.RegisterFileReader.InvalidHeaderException;
import kz.medcert.application.port.out.RegisterFileReader.RegisterRow;
import kz.medcert.application.port.out.RegisterFileReader.RowProblem;
import kz.medcert.domain.reference.SpecialtyCatalogue;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of one register file: Commons CSV splits the records, {@link RegisterRowParser} checks each one. A record
 * Commons CSV cannot read (text after a closing quote, a quote not closed) is a rejected row; its parser is dropped
 * and a new one goes on with the next physical line ({@link PhysicalLines}), so that reading never stops at a bad
 * record. Only a failure of the input itself ends reading early.
 */
final class CsvRows implements RegisterFileReader.RegisterRows {
    private final PhysicalLines lines;
    private final LocalDate today;
    private final RegisterRowParser parser;
    private Iterator<CSVRecord> records;

    /** @throws InvalidHeaderException when the file is empty or its header cannot be read or is wrong */
    CsvRows(PhysicalLines lines, SpecialtyCatalogue catalogue, LocalDate today) {
        this.lines = lines;
        this.today = today;
        this.records = newParser();
        this.parser = new RegisterRowParser(header(), catalogue);
    }

    @Override
    public Optional<RegisterRow> next() throws IOException {
        Optional<Read> read = read();
        if (read.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(read.get() instanceof Read.Fields fields
                ? parser.parse(fields.line(), fields.values(), today)
                : new RegisterRow.Rejected(read.get().line(), List.of(new RowProblem(
                        RegisterFileReader.RECORD_FIELD, ((Read.Malformed) read.get()).reason()))));
    }

    @Override
    public long line() {
        return lines.nextLine();
    }

    private List<String> header() {
        try {
            Read first = read().orElseThrow(() -> new InvalidHeaderException("header",
                    "the file is empty; its first line is the header: " + RegisterCsv.header()));
            if (first instanceof Read.Malformed malformed) {
                throw new InvalidHeaderException("header", "the header cannot be read: " + malformed.reason());
            }
            return ((Read.Fields) first).values();
        } catch (IOException e) {
            throw new InvalidHeaderException("header", "the header cannot be read: " + reason(e));
        }
    }

    /** The next record as fields, or as why it cannot be read; empty at the end of the file. */
    private Optional<Read> read() throws IOException {
        lines.startRecord();
        try {
            if (!records.hasNext()) {
                return Optional.empty();
            }
            return Optional.of(new Read.Fields(lines.firstContentLine(), records.next().toList()));
        } catch (UncheckedIOException e) {
            if (lines.failure() != null) {
                throw lines.failure(); // the input broke off: no record after it can be trusted
            }
            long line = lines.firstContentLine();
            records = newParser(); // the old one is left mid-record; the new one starts on the next line
            return Optional.of(new Read.Malformed(line, malformed(e.getCause())));
        }
    }

    /** Why Commons CSV could not read a record, in the file's terms (its own message counts lines anew). */
    private String malformed(IOException cause) {
        if (cause instanceof PhysicalLines.RecordTooLongException) {
            return cause.getMessage();
        }
        return lines.atEnd() ? "a quoted field is not closed before the end of the file"
                : "text follows the closing quote of a field";
    }

    private Iterator<CSVRecord> newParser() {
        try {
            return CSVParser.builder().setReader(lines).setFormat(RegisterCsv.FORMAT).get().iterator();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String reason(IOException e) {
        return Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName());
    }

    /** One record as read: its fields, or why it cannot be read. */
    private sealed interface Read {
        long line();

        record Fields(long line, List<String> values) implements Read {
        }

        record Malformed(long line, String reason) implements Read {
        }
    }
}
