package kz.medcert.adapters.http.dto;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * {@code POST /api/v1/requests/{id}/decision/preliminary-refusal} and {@code .../decision/refusal}: the grounds
 * ({@code GROUND_1_UNRELIABLE_DATA} … {@code GROUND_6_NO_CONSENT}, R85–R90) and the reasoned text (R91), which the
 * request's {@code refusalDraft} pre-fills; with ground 1 (R85) the ids of the uploads whose unreliability the officer
 * established ({@code unreliableDocuments}).
 *
 * @param motivation         the reasoned text: a string, in Russian unless {@code motivationLanguage} says
 *                           {@code kk}; or an object {@code {"kk": …, "ru": …, "en": …}} with Kazakh or Russian or
 *                           both, and English if the officer likes. The language of the decision not written is the
 *                           rules' draft on the chosen grounds, marked as generated
 * @param motivationLanguage {@code ru} (the default) or {@code kk}: the language of a motivation given as a string
 */
public record RefusalRequest(List<String> grounds, JsonNode motivation, List<String> unreliableDocuments,
                             String motivationLanguage) {
}
