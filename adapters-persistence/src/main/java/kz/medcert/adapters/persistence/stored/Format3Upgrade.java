package kz.medcert.adapters.persistence.stored;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns a row of format 3 into format 4, on the JSON alone. Format 4 holds the registry fallback of R21 and R70: a
 * registry given up on for the applicant has the status {@code UNAVAILABLE} and says since when
 * ({@code fetches[].unavailableSince}), and keeps that moment once it answers late. No row of an earlier format was
 * ever given up on, so each fetch gets null; the declared form an applicant may now amend has the same layout.
 */
final class Format3Upgrade {
    private static final RowShape ROW = new RowShape(3);

    private Format3Upgrade() {
    }

    static JsonNode toFormat4(JsonNode format3) {
        ObjectNode state = ROW.object(format3.deepCopy(), "state");
        JsonNode fetches = state.get("fetches");
        if (fetches == null || !fetches.isArray()) {
            throw new IllegalArgumentException("a row of format 3 has an array as its fetches");
        }
        for (JsonNode fetch : fetches) {
            ROW.object(fetch, "fetch").putNull("unavailableSince");
        }
        return state;
    }
}
