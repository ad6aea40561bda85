package kz.medcert.adapters.persistence.stored;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns a row of format 1 into format 2. Format 1 was the domain's own records written by reflection (the
 * RequestStateJson of November 2026; golden/v1 holds examples); its rows come from three generations of the code, the
 * first ones without an actor in history entries, without a region for the applicant, and without a decision. This
 * works on the JSON alone and knows no domain type, so that it goes on reading those rows whatever the domain becomes:
 * <ul>
 *   <li>single-value records ({@code {"value": x}}: request id, IIN, specialty and country codes, certificate
 *       number) become {@code x};</li>
 *   <li>the form's employment history ({@code {"periods": [...]}}) becomes the list of its periods, and a
 *       professional development's volume ({@code "volume": {"hours": h}}) becomes {@code "hours": h};</li>
 *   <li>the route's flags are listed in alphabetical order, and the copy of the version is dropped (the row's
 *       {@code version} column holds it);</li>
 *   <li>what the first builds did not write gets the value it meant then: a history entry without an actor was
 *       the service's ({@code SYSTEM}), an applicant without a region had none, a request without a decision was
 *       undecided.</li>
 * </ul>
 */
final class Format1Upgrade {
    private static final RowShape ROW = new RowShape(1);

    /** The actor of a step the service took: {@code HistoryEntry.SYSTEM}, copied so that it never changes here. */
    private static final String SYSTEM = "SYSTEM";

    private Format1Upgrade() {
    }

    static JsonNode toFormat2(JsonNode format1) {
        ObjectNode state = ROW.object(unwrapValues(format1.deepCopy()), "state");
        state.remove("version");
        if (!state.has("decision")) {
            state.set("decision", NullNode.instance);
        }
        ObjectNode applicant = ROW.object(state.get("applicant"), "applicant");
        if (!applicant.has("region")) {
            applicant.set("region", NullNode.instance);
        }
        for (JsonNode entry : state.path("history")) {
            JsonNode actor = entry.get("actor");
            if (actor == null || actor.isNull() || actor.asText().isBlank()) {
                ROW.object(entry, "history entry").put("actor", SYSTEM);
            }
        }
        ObjectNode form = ROW.object(state.get("form"), "form");
        form.set("employment", form.path("employment").path("periods"));
        for (JsonNode development : form.path("professionalDevelopment")) {
            ObjectNode pd = ROW.object(development, "professional development");
            pd.set("hours", pd.path("volume").path("hours"));
            pd.remove("volume");
        }
        JsonNode flags = state.path("submission").path("evaluation").path("route").path("flags");
        if (flags instanceof ArrayNode array) {
            List<JsonNode> sorted = new ArrayList<>();
            array.forEach(sorted::add);
            sorted.sort(Comparator.comparing(JsonNode::asText));
            array.removeAll();
            array.addAll(sorted);
        }
        return state;
    }

    /** Replaces every {@code {"value": x}} with {@code x}, depth first. */
    private static JsonNode unwrapValues(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.size() == 1 && object.has("value") && object.get("value").isValueNode()) {
                return object.get("value");
            }
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            names.forEach(name -> object.set(name, unwrapValues(object.get(name))));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, unwrapValues(array.get(i)));
            }
        }
        return node;
    }
}
