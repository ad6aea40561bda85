package kz.medcert.domain.calendar;

import java.util.Objects;
import kz.medcert.domain.reference.ReferenceDataProblem;

/** Where a piece of calendar data was read (file and line), so that a problem with it can point there. */
public record Origin(String file, int line) {

    public Origin {
        Objects.requireNonNull(file, "file");
    }

    ReferenceDataProblem problem(String message) {
        return new ReferenceDataProblem(file, line, message);
    }

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
