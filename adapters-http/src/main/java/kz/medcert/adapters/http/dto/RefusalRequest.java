package kz.medcert.adapters.http.dto;

import java.util.List;

/**
 * {@code POST /api/v1/requests/{id}/decision/preliminary-refusal} and {@code .../decision/refusal}: the grounds
 * ({@code GROUND_1_UNRELIABLE_DATA} … {@code GROUND_6_NO_CONSENT}, R85–R90) and the reasoned text (R91), which the
 * request's {@code refusalDraft} pre-fills; with ground 1 (R85) the ids of the uploads whose unreliability the officer
 * established ({@code unreliableDocuments}).
 */
public record RefusalRequest(List<String> grounds, String motivation, List<String> unreliableDocuments) {
}
