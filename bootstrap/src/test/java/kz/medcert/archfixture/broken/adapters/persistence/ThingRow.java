package kz.medcert.archfixture.broken.adapters.persistence;

/** A legitimate persistence class; CrossAdapterController reaches it from another adapter. */
public record ThingRow(String id) {
}
