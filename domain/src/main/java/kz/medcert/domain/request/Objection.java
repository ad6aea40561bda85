package kz.medcert.domain.request;

import java.time.Instant;
import java.util.Objects;

/** The applicant's objection to a preliminary refusal, heard before the officer decides finally. */
public record Objection(Instant at, String text) {
    /** Longest objection kept, in characters. */
    public static final int MAX_LENGTH = 8_000;

    public Objection {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(text, "text");
        text = text.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("an objection must say something");
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("the objection is longer than " + MAX_LENGTH + " characters");
        }
    }
}
