package kz.medcert.adapters.persistence.stored;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import kz.medcert.domain.evaluation.ChecklistSubjects;
import kz.medcert.domain.reference.LocalizedText;
import kz.medcert.domain.reference.SpecialtyCatalogue;

/**
 * Turns a row of format 5 into format 6, on the JSON alone. Format 6 holds a checklist item's subject in words
 * whenever it holds its key (the domain keeps them together): a row of format 5 upgraded from format 4 holds the key
 * alone, and gets the words the rules give that key now ({@link ChecklistSubjects}), or the key itself in every
 * language where the key has no shape the rules make.
 */
final class Format5Upgrade {
    private static final RowShape ROW = new RowShape(5);

    private Format5Upgrade() {
    }

    static JsonNode toFormat6(JsonNode format5) {
        ObjectNode state = ROW.object(format5.deepCopy(), "state");
        if (state.get("submission") instanceof ObjectNode submission) {
            ObjectNode evaluation = ROW.object(submission.get("evaluation"), "submission's evaluation");
            for (JsonNode node : ROW.array(evaluation.get("checklist"), "checklist")) {
                ObjectNode item = ROW.object(node, "checklist item");
                JsonNode key = item.get("subject");
                if (key != null && key.isTextual() && item.path("subjectText").isNull()) {
                    LocalizedText words = ChecklistSubjects.wordsOf(key.asText(), SpecialtyCatalogue.standard())
                            .orElseGet(() -> LocalizedText.same(key.asText()));
                    ObjectNode text = item.putObject("subjectText");
                    text.put("kk", words.kk());
                    text.put("ru", words.ru());
                    text.put("en", words.en());
                }
            }
        }
        return state;
    }
}
