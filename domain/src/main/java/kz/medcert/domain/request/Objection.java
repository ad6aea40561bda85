package kz.medcert.domain.request;

import java.time.Instant;
import java.util.Objects;
import kz.medcert.domain.reference.DomainText;
import kz.medcert.domain.reference.InvalidValueException;

/** The applicant's objection to a preliminary refusal, heard before the officer decides finally. */
public record Objection(Instant at, String text) {
    /** Longest objection kept, in characters. */
    public static final int MAX_LENGTH = 8_000;

    public Objection {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(text, "text");
        text = text.strip();
        if (text.isEmpty()) {
            throw new InvalidValueException(DomainText.OBJECTION_BLANK.message());
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidValueException(DomainText.OBJECTION_TOO_LONG.message().with("max", MAX_LENGTH));
        }
    }
}
