package kz.medcert.archfixture.broken.adapters.registries;

/** A legitimate registries class; CrossAdapterRepository reaches it from another adapter. */
public record RegistryRecord(String id) {
}
