package kz.medcert.adapters.registerfile;

import java.io.IOException;
import java.io.Reader;
import java.util.Objects;

/**
 * The characters of a register file as Commons CSV reads them, served one physical line per {@link #read} so that a
 * parser never holds more than the rest of the line it is on. That is what lets {@link CsvRows} drop a parser after
 * a malformed record and go on with the next line: one bad record hides no other. On the way it numbers the lines,
 * gives every line break (CRLF, LF or a lone CR) as LF, so that a line break inside a quoted field is always LF, and
 * bounds a record at {@value #MAX_RECORD_CHARS} characters, so that an unclosed quote cannot swallow the file.
 */
final class PhysicalLines extends Reader {
    static final int MAX_RECORD_CHARS = 64 * 1024;
    private static final int EOF = -1;

    private final Reader in;
    private final char[] buffer = new char[16 * 1024];
    private int position;
    private int limit;
    private final StringBuilder line = new StringBuilder(256);
    private int served;
    private long lineNumber;
    private long recordChars;
    private long firstContentLine;
    private boolean endOfInput;
    private IOException failure;

    PhysicalLines(Reader in) {
        this.in = Objects.requireNonNull(in, "in");
    }

    /** A record (or the header) is about to be read: its length and first line count from here. */
    void startRecord() {
        recordChars = 0;
        firstContentLine = 0;
    }

    /** The first line that is not blank since {@link #startRecord}: where the record read since then starts. */
    long firstContentLine() {
        return firstContentLine;
    }

    /** The line after the last one taken in: where reading goes on, or where it stopped. */
    long nextLine() {
        return lineNumber + 1;
    }

    /** Whether the input has ended: nothing is left to serve. */
    boolean atEnd() {
        return endOfInput;
    }

    /** Why the input itself could not be read, if it could not: no record can come after it. */
    IOException failure() {
        return failure;
    }

    @Override
    public int read(char[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (served == line.length() && !takeLine()) {
            return EOF;
        }
        int n = Math.min(length, line.length() - served);
        line.getChars(served, served + n, into, offset);
        served += n;
        return n;
    }

    /** Takes in the next physical line; false at the end of the input. */
    private boolean takeLine() throws IOException {
        line.setLength(0);
        served = 0;
        long length = 0;
        boolean tooLong = false;
        boolean ended = false;
        while (true) {
            int c = next();
            if (c == EOF) {
                break;
            }
            if (c == '\n' || c == '\r') {
                if (c == '\r' && peek() == '\n') {
                    next();
                }
                ended = true;
                break;
            }
            length++;
            if (recordChars + length > MAX_RECORD_CHARS) {
                tooLong = true; // the rest of the line is read and dropped, never held
            } else {
                line.append((char) c);
            }
        }
        if (length == 0 && !ended) {
            endOfInput = true;
            return false;
        }
        lineNumber++;
        if (length > 0 && firstContentLine == 0) {
            firstContentLine = lineNumber;
        }
        if (tooLong) {
            line.setLength(0);
            throw new RecordTooLongException();
        }
        if (ended) {
            line.append('\n');
        }
        recordChars += line.length();
        return true;
    }

    private int next() throws IOException {
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
        try {
            do {
                read = in.read(buffer, 0, buffer.length);
            } while (read == 0);
        } catch (IOException e) {
            failure = e;
            throw e;
        }
        if (read < 0) {
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** A record longer than {@value #MAX_RECORD_CHARS} characters; the line that made it too long is dropped. */
    static final class RecordTooLongException extends IOException {
        private static final long serialVersionUID = 1L;

        RecordTooLongException() {
            super("the record is longer than " + MAX_RECORD_CHARS + " characters (is a quote not closed?)");
        }
    }
}
