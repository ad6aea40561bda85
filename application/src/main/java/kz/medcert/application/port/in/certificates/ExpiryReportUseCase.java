package kz.medcert.application.port.in.certificates;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.medcert.application.port.in.AccessDeniedException;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.reference.SpecialtyCode;

/**
 * Which certificates of the register expire in a window of dates, for planning the departments' workload and
 * reminding holders to confirm in time (R14, R79). Fixed-term entries count when their last day of validity lies in
 * the window and they were not revoked by then; indefinite ones (R13) have no such day and never count. Administrators
 * only: the holders' list is personal data, and each export of it is recorded in the audit log.
 */
public interface ExpiryReportUseCase {

    /** Counts per department and specialty; anyone but an administrator: {@link AccessDeniedException}. */
    ExpiryReport report(Actor actor, Window window);

    /**
     * Writes each counted entry that no later entry confirms yet (the holders to remind) to {@code out} in the
     * register file layout, so that the export can be imported again, by last day of validity, then number, and
     * records the export in the audit log; returns how many there were. {@code out} stays open. Anyone but an
     * administrator: {@link AccessDeniedException}.
     *
     * @throws UncheckedIOException when {@code out} fails (the reader went away); the export is audited all the same
     */
    long exportUnconfirmed(Actor actor, Window window, OutputStream out);

    /** Last days of validity from {@code from} to {@code to}, both included, in one department or in all. */
    record Window(LocalDate from, LocalDate to, Optional<Department> department) {
        public Window {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(department, "department");
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("to (" + to + ") is before from (" + from + ")");
            }
        }
    }

    /** The counts, ordered by department, then specialty; the totals sum the lines. */
    record ExpiryReport(Window window, List<Line> lines, long expiring, long confirmed) {
        public ExpiryReport {
            Objects.requireNonNull(window, "window");
            lines = List.copyOf(lines);
        }

        public long toConfirm() {
            return expiring - confirmed;
        }
    }

    /** {@code expiring} entries of one department and specialty; {@code confirmed} of them a later entry confirms. */
    record Line(Department department, SpecialtyCode specialty, long expiring, long confirmed) {
        public Line {
            Objects.requireNonNull(department, "department");
            Objects.requireNonNull(specialty, "specialty");
        }

        public long toConfirm() {
            return expiring - confirmed;
        }
    }
}
