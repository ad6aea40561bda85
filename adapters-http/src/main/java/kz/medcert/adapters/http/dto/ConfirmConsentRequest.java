package kz.medcert.adapters.http.dto;

/** {@code POST /api/v1/requests/{id}/consent/confirmation}: the one-time code the applicant received. */
public record ConfirmConsentRequest(String code) {
}
