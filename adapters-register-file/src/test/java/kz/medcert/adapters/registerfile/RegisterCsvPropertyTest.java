package kz.medcert.adapters.registerfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.LongStream;
import kz.medcert.application.port.out.RegisterFileReader.RegisterRow;
import kz.medcert.application.port.out.RegisterFileReader.RegisterRows;
import kz.medcert.application.testing.RegisterEntries;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.reference.SpecialtyCatalogue;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Over generated registers with some rows spoiled in ways each check must catch (R75), some records broken as CSV,
 * and blank lines between: every valid row is read exactly as written at the line it starts on, and every spoiled or
 * broken one is rejected at its line. Seeded: a failure names its case seed; {@code -Dmedcert.seed=N} replays the
 * run.
 */
class RegisterCsvPropertyTest {
    private static final long BASE_SEED = Long.getLong("medcert.seed", System.nanoTime());
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final int CASES = 150;

    static LongStream seeds() {
        return new Random(BASE_SEED).longs(CASES);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void validRowsAreReadExactly_andSpoiledRowsAreRejectedAtTheirLine(long seed) throws IOException {
        String replay = "case seed " + seed + " (replay the run with -Dmedcert.seed=" + BASE_SEED + ")";
        Random random = new Random(seed);
        RegisterEntries generator = new RegisterEntries(seed, TODAY);
        StringBuilder csv = new StringBuilder(RegisterCsv.header()).append("\r\n");
        List<RegisterRow.Entry> valid = new ArrayList<>();
        TreeSet<Long> spoiledLines = new TreeSet<>();
        long line = 2;
        for (int i = 0, rows = 1 + random.nextInt(40); i < rows; i++) {
            if (random.nextInt(8) == 0) {
                csv.append(random.nextBoolean() ? "\n" : "\r\n"); // a blank line
                line++;
            }
            IssuedCertificate entry = generator.next();
            String text = RegisterCsv.line(entry);
            if (random.nextInt(5) == 0) {
                text = spoil(text, random);
                spoiledLines.add(line);
            } else {
                valid.add(new RegisterRow.Entry(line, entry));
            }
            csv.append(text).append(random.nextBoolean() ? "\n" : "\r\n");
            line += text.chars().filter(c -> c == '\n').count() + 1;
        }

        List<RegisterRow> rows = read(csv.toString());

        assertThat(rows).as(replay).filteredOn(RegisterRow.Entry.class::isInstance).containsExactlyElementsOf(valid);
        assertThat(rows).as(replay).filteredOn(RegisterRow.Rejected.class::isInstance).extracting(RegisterRow::line)
                .containsExactlyElementsOf(spoiledLines);
    }

    private static List<RegisterRow> read(String csv) throws IOException {
        RegisterRows rows = new CsvRegisterFile(SpecialtyCatalogue.standard())
                .open(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), TODAY);
        List<RegisterRow> all = new ArrayList<>();
        for (Optional<RegisterRow> row = rows.next(); row.isPresent(); row = rows.next()) {
            all.add(row.get());
        }
        return all;
    }

    /** The row with one field changed so that a check must refuse it, a field missing, or broken as CSV. */
    private static String spoil(String line, Random random) throws IOException {
        List<String> fields;
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(line)).setFormat(RegisterCsv.FORMAT)
                .get()) {
            fields = new ArrayList<>(parser.getRecords().get(0).toList());
        }
        switch (random.nextInt(7)) {
            case 0 -> fields.set(0, otherLastDigit(fields.get(0)));                       // IIN check digit
            case 1 -> fields.set(9, otherLastDigit(fields.get(9)));                       // number check digit
            case 2 -> fields.set(4, "ASTROLOGY");                                         // not in the List
            case 3 -> fields.set(7, fields.get(7).substring(0, 8) + "32");                // no such day
            case 4 -> fields.set(8, LocalDate.parse(fields.get(7)).minusDays(1).toString()); // ends before issue
            case 5 -> fields.remove(random.nextInt(fields.size()));                       // a field missing
            default -> {
                return "\"" + fields.get(0) + "\"x," + String.join(",", fields.subList(1, 5)); // text after a quote
            }
        }
        StringBuilder spoiled = new StringBuilder();
        RegisterCsv.FORMAT.printRecord(spoiled, fields.toArray());
        return spoiled.substring(0, spoiled.length() - 2);
    }

    private static String otherLastDigit(String text) {
        char last = text.charAt(text.length() - 1);
        return text.substring(0, text.length() - 1) + (char) ('0' + (last - '0' + 1 + new Random(text.hashCode())
                .nextInt(9)) % 10);
    }
}
