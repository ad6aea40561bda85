package kz.medcert.application.port.in.register;

import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import kz.medcert.application.port.in.AccessDeniedException;
import kz.medcert.domain.access.Actor;

/**
 * An administrator loads the existing national register of certificates (R75) from a file in the register file
 * layout (a CSV file whose columns the README lists; read by an adapter behind the core).
 * The file is streamed: each row is checked and the valid ones are written in batches, one transaction each, so that
 * a register of millions of entries loads in minutes and memory does not grow with it. A row that fails a check is
 * reported by its line and field and not written; the others still are. Rerunning an import is safe: an entry the
 * register already holds unchanged is skipped and counted; a different entry under a registered number is a reject.
 * Each import is recorded in the audit log (start and end: who, which file, its SHA-256, the counts).
 */
public interface ImportRegisterUseCase {

    /**
     * Imports {@code file}; reads its content to the end (the caller closes it).
     *
     * @param actor    an administrator; anyone else is refused with {@link AccessDeniedException}
     * @param listener told of each batch written and of each rejected row, as they happen
     * @throws InvalidRegisterFileException when the header is missing or wrong: nothing is written
     */
    ImportSummary importRegister(Actor actor, RegisterFile file, ImportListener listener);

    /** A file to import: its name (for the audit log and the summary only) and its content. */
    record RegisterFile(String name, InputStream content) {
        public RegisterFile {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(content, "content");
        }
    }

    /** Follows an import as it runs, e.g. to print progress; called on the importing thread. */
    interface ImportListener {
        ImportListener NONE = new ImportListener() {
        };

        /** After each batch is committed, and once at the end. */
        default void progress(ImportProgress progress) {
        }

        /** For each rejected row (the summary lists only the first {@value ImportSummary#LISTED_REJECTS}). */
        default void rejected(RowReject reject) {
        }
    }

    /** Counts so far; {@code rowsRead} counts every row after the header (blank lines aside). */
    record ImportProgress(long rowsRead, long imported, long alreadyRegistered, long rejected, Duration elapsed) {
        public ImportProgress {
            Objects.requireNonNull(elapsed, "elapsed");
        }

        /** Rows read per second so far (0 before any time has passed). */
        public double rowsPerSecond() {
            long micros = elapsed.toNanos() / 1_000;
            return micros <= 0 ? 0 : rowsRead * 1_000_000.0 / micros;
        }
    }

    /** One rejected row: the line it starts on (the header is line 1) and what is wrong with which field. */
    record RowReject(long line, List<FieldProblem> problems) {
        public RowReject {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a rejected row names at least one problem");
            }
        }
    }

    /** A field (a column of the file, or {@code record} for the row as a whole) and what is wrong with it. */
    record FieldProblem(String field, String message) {
        public FieldProblem {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * How an import ended.
     *
     * @param importId       the id of its entries in the audit log
     * @param sha256         of the bytes read (the whole file, unless aborted)
     * @param firstRejects   the first {@value #LISTED_REJECTS} rejected rows; {@code rejected} counts them all
     * @param abortedBecause why reading stopped before the end of the file (the batches before stay written and a
     *                       rerun skips them); empty when the whole file was read
     */
    record ImportSummary(UUID importId, String fileName, String sha256, ImportProgress counts,
                         List<RowReject> firstRejects, Optional<String> abortedBecause) {
        public static final int LISTED_REJECTS = 1_000;

        public ImportSummary {
            Objects.requireNonNull(importId, "importId");
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(sha256, "sha256");
            Objects.requireNonNull(counts, "counts");
            firstRejects = List.copyOf(firstRejects);
            Objects.requireNonNull(abortedBecause, "abortedBecause");
        }

        public boolean completed() {
            return abortedBecause.isEmpty();
        }
    }
}
