package kz.medcert.archfixture.broken.application.port.out;

/** A legitimate out-port; LeakyThingQuery exposes it to callers of a use case. */
public interface ThingStore {
    boolean exists(String id);
}
