package kz.medcert.application.service;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads RFC 4180 CSV records one at a time from a character stream, with the line each starts on, so that a file of
 * any length is read in constant memory. Hand-written because the application core depends on the JDK only; it
 * reads exactly what {@link kz.medcert.application.port.in.RegisterCsv#line} writes, and a little more: LF or CRLF
 * (or a lone CR) line ends, and a quote inside an unquoted field taken as it is.
 *
 * <p>A record that cannot be read (a quoted field not closed at the end of the file, text after a closing quote, more
 * than {@value #MAX_RECORD_CHARS} characters) is returned as {@link Record.Malformed}; reading goes on with the next
 * line, so that one bad record does not hide the rest of the file. Blank lines are skipped.
 */
final class CsvRecords {
    static final int MAX_RECORD_CHARS = 64 * 1024;
    private static final int EOF = -1;

    private final Reader reader;
    private final char[] buffer = new char[16 * 1024];
    private int position;
    private int limit;
    private long line = 1;

    CsvRecords(Reader reader) {
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    /** One record: its fields, or why it could not be read. */
    sealed interface Record {
        long line();

        record Fields(long line, List<String> values) implements Record {
            public Fields {
                values = List.copyOf(values);
            }
        }

        record Malformed(long line, String reason) implements Record {
        }
    }

    /** The next record, or empty at the end of the file. */
    Optional<Record> next() throws IOException {
        while (true) {
            int first = peek();
            if (first == EOF) {
                return Optional.empty();
            }
            if (first == '\n' || first == '\r') {
                endOfLine(); // a blank line
                continue;
            }
            return Optional.of(record());
        }
    }

    /** The line the next record starts on (the line after the last one read). */
    long line() {
        return line;
    }

    private Record record() throws IOException {
        long start = line;
        List<String> fields = new ArrayList<>(16);
        StringBuilder field = new StringBuilder(32);
        int length = 0;
        while (true) {
            int c = read();
            if (c == '"' && field.isEmpty()) {
                String problem = quoted(field, MAX_RECORD_CHARS - length);
                if (problem != null) {
                    return malformed(start, problem);
                }
                length += field.length();
                c = read();
                if (c != ',' && c != '\n' && c != '\r' && c != EOF) {
                    return malformed(start, "text follows the closing quote of field " + (fields.size() + 1));
                }
            } else {
                while (c != ',' && c != '\n' && c != '\r' && c != EOF) {
                    if (++length > MAX_RECORD_CHARS) {
                        return malformed(start, tooLong());
                    }
                    field.append((char) c);
                    c = read();
                }
            }
            fields.add(field.toString());
            field.setLength(0);
            if (c != ',') {
                if (c != EOF) {
                    afterLineBreak(c);
                }
                return new Record.Fields(start, fields);
            }
        }
    }

    /** Reads a quoted field's content after its opening quote, up to its closing quote; the problem, or null. */
    private String quoted(StringBuilder field, int room) throws IOException {
        while (true) {
            int c = read();
            if (c == EOF) {
                return "a quoted field is not closed before the end of the file";
            }
            if (c == '"') {
                if (peek() != '"') {
                    return null;
                }
                read();
            } else if (c == '\n' || c == '\r') {
                afterLineBreak(c);
                c = '\n';
            }
            if (field.length() >= room) {
                return tooLong();
            }
            field.append((char) c);
        }
    }

    private static String tooLong() {
        return "the record is longer than " + MAX_RECORD_CHARS + " characters (is a quote not closed?)";
    }

    /** Skips the rest of the physical line, so that reading goes on with the next one. */
    private Record malformed(long start, String reason) throws IOException {
        int c = peek();
        while (c != EOF && c != '\n' && c != '\r') {
            read();
            c = peek();
        }
        if (c != EOF) {
            endOfLine();
        }
        return new Record.Malformed(start, reason);
    }

    private void endOfLine() throws IOException {
        afterLineBreak(read());
    }

    /** Counts a line break just read ({@code c} is CR or LF), taking the LF of a CRLF with it. */
    private void afterLineBreak(int c) throws IOException {
        if (c == '\r' && peek() == '\n') {
            read();
        }
        line++;
    }

    private int read() throws IOException {
        if (position == limit && !fill()) {
            return EOF;
        }
        return buffer[position++];
    }

    private int peek() throws IOException {
        if (position == limit && !fill()) {
            return EOF;
        }
        return buffer[position];
    }

    private boolean fill() throws IOException {
        int read;
        do {
            read = reader.read(buffer, 0, buffer.length);
        } while (read == 0);
        if (read < 0) {
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }
}
