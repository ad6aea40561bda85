package kz.medcert.adapters.http.dto;

/** {@code POST /api/v1/requests/{id}/submission}: the applicant's EDS signature over the request's contentDigest. */
public record SubmitRequestRequest(String signature) {
}
