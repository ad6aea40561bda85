package kz.medcert.application.port.out;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.medcert.domain.certificate.IssuedCertificate;

/**
 * Reads a file of register entries (R75) in the register file layout, which only the adapter knows: the import sees
 * rows of domain values, each with the line it starts on and, when it cannot be an entry, what is wrong with which
 * field. Each row is checked on its own, so that one bad row neither stops nor hides the others.
 */
public interface RegisterFileReader {
    /** The field that holds an entry's number; the import names it in problems of its own (a number twice). */
    String NUMBER_FIELD = "number";
    /** The field named by a problem of a row as a whole rather than of one of its fields. */
    String RECORD_FIELD = "record";

    /**
     * Starts reading {@code content} (the caller closes it) and reads its header at once. Rows are checked against
     * {@code today}, the day in Almaty: nothing in a register was issued or revoked after it.
     *
     * @throws InvalidHeaderException when the file is empty or its header is wrong: no row can be read
     */
    RegisterRows open(InputStream content, LocalDate today);

    /** The rows of a file, in file order; read by one thread. */
    interface RegisterRows {
        /**
         * The next row, or empty at the end of the file.
         *
         * @throws IOException when the content cannot be read any further (not for a bad row, which is a row)
         */
        Optional<RegisterRow> next() throws IOException;

        /** The line reading has reached (the header is line 1), to say where it stopped. */
        long line();
    }

    /** One row: a register entry, or every problem it has. */
    sealed interface RegisterRow {
        /** The line the row starts on; the header is line 1. */
        long line();

        record Entry(long line, IssuedCertificate certificate) implements RegisterRow {
            public Entry {
                Objects.requireNonNull(certificate, "certificate");
            }
        }

        record Rejected(long line, List<RowProblem> problems) implements RegisterRow {
            public Rejected {
                problems = List.copyOf(problems);
                if (problems.isEmpty()) {
                    throw new IllegalArgumentException("a rejected row names at least one problem");
                }
            }
        }
    }

    /**
     * A field (a column of the layout, or {@link #RECORD_FIELD}) and what is wrong with it; the message never repeats
     * the value, which is a real person's data.
     */
    record RowProblem(String field, String message) {
        public RowProblem {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(message, "message");
        }
    }

    /** A file that has no header, or a wrong one: nothing of it can be imported. */
    final class InvalidHeaderException extends RuntimeException {
        private final String field;

        public InvalidHeaderException(String field, String message) {
            super(message);
            this.field = Objects.requireNonNull(field, "field");
        }

        /** {@code header}, or the column concerned. */
        public String field() {
            return field;
        }
    }
}
