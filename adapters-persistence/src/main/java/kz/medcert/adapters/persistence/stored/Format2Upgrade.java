package kz.medcert.adapters.persistence.stored;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns a row of format 2 into format 3, on the JSON alone. Format 3 holds what the integrity work of December 2026
 * added; none of it existed before, so each part gets the value that means "none":
 * <ul>
 *   <li>the applicant's contact, postal address and phone (Appendix 5): both null;</li>
 *   <li>the person the state database of individuals holds ({@code fetched.person}; before, only whether it held
 *       one): null;</li>
 *   <li>the form's details, the qualification level named and the organisation ({@code details}): both null;</li>
 *   <li>an issue's level granted and override ({@code decision.level}, {@code decision.override}): null;</li>
 *   <li>the documents a ground-1 refusal names ({@code reasons.unreliableDocuments}): none.</li>
 * </ul>
 */
final class Format2Upgrade {
    private static final RowShape ROW = new RowShape(2);

    private Format2Upgrade() {
    }

    static JsonNode toFormat3(JsonNode format2) {
        ObjectNode state = ROW.object(format2.deepCopy(), "state");
        ObjectNode applicant = ROW.object(state.get("applicant"), "applicant");
        ObjectNode contact = applicant.putObject("contact");
        contact.putNull("postalAddress");
        contact.putNull("phone");
        ROW.object(state.get("fetched"), "fetched").putNull("person");
        ObjectNode details = state.putObject("details");
        details.putNull("qualificationLevel");
        details.putNull("organisation");
        if (state.get("decision") instanceof ObjectNode decision) {
            if ("ISSUED".equals(decision.path("kind").asText())) {
                decision.putNull("level");
                decision.putNull("override");
            }
            noDocuments(decision.path("reasons"));
            noDocuments(decision.path("proposed").path("reasons"));
        }
        return state;
    }

    private static void noDocuments(JsonNode reasons) {
        if (reasons instanceof ObjectNode object) {
            object.putArray("unreliableDocuments");
        }
    }
}
