package kz.medcert.adapters.persistence.stored;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns a row of format 6 into format 7, on the JSON alone. Format 7 holds the form's statements a request carries
 * (R92, R93), which its signed content includes (R17): a request stored before carries none, so that its content,
 * and the digest its signature covers, read exactly as they were.
 */
final class Format6Upgrade {
    private static final RowShape ROW = new RowShape(6);

    private Format6Upgrade() {
    }

    static JsonNode toFormat7(JsonNode format6) {
        ObjectNode state = ROW.object(format6.deepCopy(), "state");
        state.putArray("statements");
        return state;
    }
}
