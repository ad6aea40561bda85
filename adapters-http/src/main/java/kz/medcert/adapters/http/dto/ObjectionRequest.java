package kz.medcert.adapters.http.dto;

/** {@code POST /api/v1/requests/{id}/objection}: the applicant's objection to a preliminary refusal. */
public record ObjectionRequest(String text) {
}
