package kz.medcert.adapters.persistence.stored;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** What an upgrade expects of a row of {@code format}: a row of another shape fails, saying what it lacks. */
record RowShape(int format) {

    ObjectNode object(JsonNode node, String what) {
        if (node instanceof ObjectNode object) {
            return object;
        }
        throw new IllegalArgumentException("a row of format " + format + " has an object as its " + what);
    }

    ArrayNode array(JsonNode node, String what) {
        if (node instanceof ArrayNode array) {
            return array;
        }
        throw new IllegalArgumentException("a row of format " + format + " has an array as its " + what);
    }
}
