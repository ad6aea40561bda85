package kz.medcert.archfixture.broken.application.port.out;

/** Breaks outPortsNameEachOperation: two writes called update, told apart only by their arguments. */
public interface OverloadedThingStore {
    void update(String thing);

    void update(String thing, byte[] content);
}
