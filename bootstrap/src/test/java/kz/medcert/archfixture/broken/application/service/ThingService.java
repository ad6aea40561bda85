package kz.medcert.archfixture.broken.application.service;

/** A legitimate use-case implementation; ServiceCallingController bypasses the port to reach it. */
public final class ThingService {
    public String find(String id) {
        return id;
    }
}
