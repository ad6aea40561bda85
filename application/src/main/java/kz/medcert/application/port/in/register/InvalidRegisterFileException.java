package kz.medcert.application.port.in.register;

import java.util.Objects;

/**
 * A register file that cannot be imported at all (no header, an unknown or missing column): nothing was written.
 *
 * @see ImportRegisterUseCase
 */
public class InvalidRegisterFileException extends RuntimeException {
    private final String field;

    public InvalidRegisterFileException(String field, String message) {
        super(message);
        this.field = Objects.requireNonNull(field, "field");
    }

    /** What is wrong: {@code header}, or the column concerned. */
    public String field() {
        return field;
    }
}
