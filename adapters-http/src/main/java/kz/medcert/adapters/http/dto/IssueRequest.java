package kz.medcert.adapters.http.dto;

/**
 * {@code POST /api/v1/requests/{id}/decision/issue}, optional body: where the evaluation found grounds for refusal
 * (other than 4 and 5, which leave no discretion), the officer's written motivation for issuing nonetheless, in Kazakh
 * and/or Russian and optionally English (R74, R91). Without grounds no body is needed.
 */
public record IssueRequest(MotivationInput overrideMotivation) {

    /** A motivation by language: at least {@code kk} or {@code ru}. */
    public record MotivationInput(String kk, String ru, String en) {
    }
}
