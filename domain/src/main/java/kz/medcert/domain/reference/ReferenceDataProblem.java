package kz.medcert.domain.reference;

import java.util.Objects;

/**
 * One thing wrong in a reference data file, where it is.
 *
 * @param file    the file's name as given to the reader (a classpath resource or a configured path)
 * @param line    the 1-based line, or 0 for the file as a whole
 * @param message what is wrong, in words an administrator can act on
 */
public record ReferenceDataProblem(String file, int line, String message) {

    public ReferenceDataProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return (line > 0 ? file + ":" + line : file) + ": " + message;
    }
}
