package kz.medcert.archfixture.broken.adapters.http;

/** A legitimate HTTP class; CrossAdapterRegistry reaches it from another adapter. */
public record ThingResponse(String id) {
}
