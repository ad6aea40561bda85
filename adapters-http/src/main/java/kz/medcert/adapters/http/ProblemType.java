package kz.medcert.adapters.http;

import java.net.URI;
import java.util.Optional;

/**
 * The catalogue of problem types this API answers with (RFC 9457). The type URIs are stable identifiers for clients
 * to branch on; the titles are fixed per type, the detail varies per occurrence.
 */
public enum ProblemType {
    /** The body is not JSON at all, is empty, or is not a JSON object. */
    MALFORMED_JSON("malformed-json", 400, "Malformed JSON"),
    /** Well-formed JSON that breaks the contract: wrong types, unknown or missing fields, unknown codes, bad dates. */
    INVALID_REQUEST("invalid-request", 400, "Invalid request"),
    /** Any other bad request (e.g. a malformed query or path parameter). */
    BAD_REQUEST("bad-request", 400, "Bad request"),
    /** No bearer token, or one that is not accepted (malformed, wrongly signed, expired); never says which. */
    UNAUTHORIZED("unauthorized", 401, "Unauthorized"),
    /** The caller's role does not admit this operation, or the caller may not take this step. */
    FORBIDDEN("forbidden", 403, "Forbidden"),
    NOT_FOUND("not-found", 404, "Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed"),
    CONTENT_TOO_LARGE("content-too-large", 413, "Content too large"),
    /** The request conflicts with the resource's current state (e.g. a concurrent update). */
    CONFLICT("conflict", 409, "Conflict"),
    /** An If-Match that names a version the resource is no longer at: someone changed it since it was read. */
    PRECONDITION_FAILED("precondition-failed", 412, "Precondition failed"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type"),
    /** Reserved for business refusals of a well-formed request (e.g. a transition the application cannot make). */
    BUSINESS_RULE_VIOLATION("business-rule-violation", 422, "Business rule violation"),
    /** Asked too often (public verification, consent codes); {@code Retry-After} says when to ask again. */
    TOO_MANY_REQUESTS("too-many-requests", 429, "Too many requests"),
    /** A state registry or another dependency did not answer; the request may be retried. */
    SERVICE_UNAVAILABLE("service-unavailable", 503, "Service unavailable"),
    /** A failure on our side; the answer carries only an error id that the log records with the cause. */
    INTERNAL_ERROR("internal-error", 500, "Internal server error");

    /** Where every type URI of this catalogue starts. */
    public static final String BASE_URI = "https://medcert.kz/problems/";

    private final String slug;
    private final int status;
    private final String title;

    ProblemType(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    /** The type for an HTTP error that carries no more than its status, when the catalogue has one. */
    public static Optional<ProblemType> forStatus(int status) {
        return Optional.ofNullable(switch (status) {
            case 400 -> BAD_REQUEST;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 409 -> CONFLICT;
            case 412 -> PRECONDITION_FAILED;
            case 413 -> CONTENT_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 422 -> BUSINESS_RULE_VIOLATION;
            case 429 -> TOO_MANY_REQUESTS;
            case 500 -> INTERNAL_ERROR;
            case 503 -> SERVICE_UNAVAILABLE;
            default -> null;
        });
    }

    public URI uri() {
        return URI.create(BASE_URI + slug);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
