package kz.medcert.application.fakes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import kz.medcert.application.port.out.RegisterFileReader;
import kz.medcert.application.port.out.RegisterFileWriter;
import kz.medcert.domain.certificate.IssuedCertificate;

/**
 * A stand-in for the register file layout, for the tests of the core and of the HTTP adapter, which do not care how
 * a register file is laid out (the CSV layout is tested in its own adapter). A file is the line {@value #HEADER},
 * then one line per row: a line the fake was told of ({@link #knowing}; an entry's number, unless told otherwise),
 * or {@code !field: message} for a row the layout would refuse; blank lines are skipped and lines are numbered from
 * the header's 1. As the port promises, an entry issued or revoked after the day of reading is refused. It writes
 * entries the same way, and knows the entries it wrote, so that what it writes reads back. A first line
 * {@code !field: message} is a wrong header.
 */
public final class LineRegisterFile implements RegisterFileReader, RegisterFileWriter {
    public static final String HEADER = "register";

    private final Map<String, IssuedCertificate> known = new ConcurrentHashMap<>();

    /** Tells the fake of these entries, so that a line with the number of one reads as the entry. */
    public LineRegisterFile knowing(Collection<IssuedCertificate> entries) {
        entries.forEach(entry -> known.put(entry.number().value(), entry));
        return this;
    }

    /** Tells the fake that {@code line} reads as {@code entry} (e.g. a second entry under a number it knows). */
    public LineRegisterFile knowing(String line, IssuedCertificate entry) {
        known.put(line, entry);
        return this;
    }

    /** The file of {@code entries}, each on its line after the header. */
    public static String file(List<IssuedCertificate> entries) {
        return HEADER + "\n" + entries.stream().map(e -> e.number().value() + "\n").collect(Collectors.joining());
    }

    /** The line of a row the layout would refuse, for {@code field} with {@code message}. */
    public static String rejected(String field, String message) {
        return "!" + field + ": " + message;
    }

    @Override
    public RegisterRows open(InputStream content, LocalDate today) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8));
        String header;
        try {
            header = reader.readLine();
        } catch (IOException e) {
            throw new InvalidHeaderException("header", "the header cannot be read: " + e.getMessage());
        }
        if (header == null) {
            throw new InvalidHeaderException("header", "the file is empty");
        }
        if (header.startsWith("!")) {
            RowProblem problem = problem(header);
            throw new InvalidHeaderException(problem.field(), problem.message());
        }
        if (!header.equals(HEADER)) {
            throw new InvalidHeaderException("header", "not a register file");
        }
        return new RegisterRows() {
            private long line = 1;

            @Override
            public Optional<RegisterRow> next() throws IOException {
                String text;
                do {
                    text = reader.readLine();
                    line++;
                } while (text != null && text.isEmpty());
                if (text == null) {
                    line--;
                    return Optional.empty();
                }
                if (text.startsWith("!")) {
                    return Optional.of(new RegisterRow.Rejected(line, List.of(problem(text))));
                }
                IssuedCertificate entry = known.get(text);
                if (entry == null) {
                    return Optional.of(new RegisterRow.Rejected(line,
                            List.of(new RowProblem(NUMBER_FIELD, "unknown to the fake"))));
                }
                if (entry.issuedOn().isAfter(today)) {
                    return Optional.of(new RegisterRow.Rejected(line,
                            List.of(new RowProblem("issued_on", "is after today (" + today + ")"))));
                }
                if (entry.revocation().filter(r -> r.revokedOn().isAfter(today)).isPresent()) {
                    return Optional.of(new RegisterRow.Rejected(line,
                            List.of(new RowProblem("revoked_on", "is after today (" + today + ")"))));
                }
                return Optional.of(new RegisterRow.Entry(line, entry));
            }

            @Override
            public long line() {
                return line + 1;
            }
        };
    }

    private static RowProblem problem(String text) {
        int colon = text.indexOf(": ");
        return new RowProblem(text.substring(1, colon), text.substring(colon + 2));
    }

    @Override
    public EntrySink begin(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(Objects.requireNonNull(out, "out"), StandardCharsets.UTF_8);
        writer.write(HEADER + "\n");
        return new EntrySink() {
            @Override
            public void write(IssuedCertificate entry) throws IOException {
                known.put(entry.number().value(), entry);
                writer.write(entry.number().value() + "\n");
            }

            @Override
            public void finish() throws IOException {
                writer.flush();
            }
        };
    }
}
