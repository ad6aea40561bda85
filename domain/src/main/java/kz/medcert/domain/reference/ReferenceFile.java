package kz.medcert.domain.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A reference data file in the one format every such file shares: UTF-8 text, one row a line, cells separated by
 * tabs, {@code #} starting a comment line, and at least one {@code act} row naming the legal act the data come from
 * (reference data change by legal act, so each file says which one it follows).
 *
 * @param name the file's name, used in every message about it
 * @param acts the texts of its {@code act} rows, in order
 * @param rows its other rows, in order, each with its line
 */
public record ReferenceFile(String name, List<String> acts, List<Row> rows) {
    public static final String ACT = "act";

    public ReferenceFile {
        Objects.requireNonNull(name, "name");
        acts = List.copyOf(acts);
        rows = List.copyOf(rows);
    }

    /** A data row: its kind is the first cell (e.g. {@code holiday}), the cells are stripped of blanks. */
    public record Row(String file, int line, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        public String kind() {
            return cells.get(0);
        }

        public String cell(int index) {
            return cells.get(index);
        }

        public int size() {
            return cells.size();
        }

        /** A problem at this row. */
        public ReferenceDataProblem problem(String message) {
            return new ReferenceDataProblem(file, line, message);
        }
    }

    /** Reads the lines of a file; fails on a file that names no act. */
    public static ReferenceFile parse(String name, List<String> lines) {
        List<String> acts = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        List<ReferenceDataProblem> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = i == 0 ? stripByteOrderMark(lines.get(i)) : lines.get(i);
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            List<String> cells = Arrays.stream(line.split("\t", -1)).map(String::strip).toList();
            Row row = new Row(name, i + 1, cells);
            if (!row.kind().equals(ACT)) {
                rows.add(row);
            } else if (cells.size() != 2 || cells.get(1).isEmpty()) {
                problems.add(row.problem("an act row is `act<TAB>the act's name`"));
            } else {
                acts.add(cells.get(1));
            }
        }
        if (acts.isEmpty() && problems.isEmpty()) {
            problems.add(new ReferenceDataProblem(name, 0, "names no legal act: add a row `act<TAB>the act the data "
                    + "come from` (e.g. the decree, with its date and number)"));
        }
        if (!problems.isEmpty()) {
            throw new ReferenceDataException(problems);
        }
        return new ReferenceFile(name, acts, rows);
    }

    /**
     * Reads a file shipped in the jar beside {@code anchor}; a shipped file that is missing or broken is a build
     * error, so it fails with an {@link IllegalStateException}.
     */
    public static ReferenceFile resource(Class<?> anchor, String resource) {
        String name = anchor.getPackageName().replace('.', '/') + "/" + resource;
        try {
            return parse(name, resourceLines(anchor, resource));
        } catch (ReferenceDataException e) {
            throw new IllegalStateException("shipped reference data are broken:\n" + e.getMessage(), e);
        }
    }

    /** The lines of a resource beside {@code anchor}, read as strict UTF-8. */
    public static List<String> resourceLines(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing reference data " + resource + " beside " + anchor.getName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of one kind. */
    public List<Row> rows(String kind) {
        return rows.stream().filter(row -> row.kind().equals(kind)).toList();
    }

    private static String stripByteOrderMark(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
