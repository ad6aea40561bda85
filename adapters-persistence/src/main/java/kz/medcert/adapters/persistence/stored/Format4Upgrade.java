package kz.medcert.adapters.persistence.stored;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import kz.medcert.domain.evaluation.NotRequiredItem;
import kz.medcert.domain.reference.LocalizedText;

/**
 * Turns a row of format 4 into format 5, on the JSON alone. Format 5 holds every text a person reads in Kazakh,
 * Russian and English (issue 11): before it, a refusal's motivation was one string and the evaluation's exemptions and
 * subjects were English only. So:
 * <ul>
 *   <li>a refusal's motivation ({@code decision.reasons}, {@code decision.proposed.reasons}) becomes the Russian text
 *       written by the officer ({@code {"kk": null, "ru": …, "en": null}}), nothing generated: the officers of the
 *       demo and of the walk-throughs wrote it in Russian, and a Kazakh draft added now would be a text nobody
 *       signed;</li>
 *   <li>the reason a document is not required ({@code notRequired[].reason}) becomes its text in the three
 *       languages where the rules still word it so ({@link NotRequiredItem#reasonWorded}), else the English text in
 *       all three;</li>
 *   <li>a checklist item's subject in words ({@code checklist[].subjectText}) is null: a row of format 4 holds only
 *       its key, whose words the rules of that day did not keep ({@link Format5Upgrade} gives it words);</li>
 *   <li>the language the applicant chose ({@code details.language}): null, none was kept.</li>
 * </ul>
 */
final class Format4Upgrade {
    private static final RowShape ROW = new RowShape(4);

    private Format4Upgrade() {
    }

    static JsonNode toFormat5(JsonNode format4) {
        ObjectNode state = ROW.object(format4.deepCopy(), "state");
        ROW.object(state.get("details"), "details").putNull("language");
        if (state.get("submission") instanceof ObjectNode submission) {
            ObjectNode evaluation = ROW.object(submission.get("evaluation"), "submission's evaluation");
            for (JsonNode item : ROW.array(evaluation.get("checklist"), "checklist")) {
                ROW.object(item, "checklist item").putNull("subjectText");
            }
            for (JsonNode item : ROW.array(evaluation.get("notRequired"), "notRequired")) {
                ObjectNode exemption = ROW.object(item, "notRequired item");
                String english = exemption.path("reason").asText();
                LocalizedText reason = NotRequiredItem.reasonWorded(english).orElse(LocalizedText.same(english));
                ObjectNode text = exemption.putObject("reason");
                text.put("kk", reason.kk());
                text.put("ru", reason.ru());
                text.put("en", reason.en());
            }
        }
        if (state.get("decision") instanceof ObjectNode decision) {
            russianByTheOfficer(decision.path("reasons"));
            russianByTheOfficer(decision.path("proposed").path("reasons"));
        }
        return state;
    }

    private static void russianByTheOfficer(JsonNode reasons) {
        if (reasons instanceof ObjectNode object) {
            String motivation = object.path("motivation").asText();
            ObjectNode text = object.putObject("motivation");
            text.putNull("kk");
            text.put("ru", motivation);
            text.putNull("en");
            object.putArray("generated");
        }
    }
}
