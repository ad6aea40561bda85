package kz.medcert.archfixture.broken.adapters.http;

import kz.medcert.archfixture.broken.application.service.ThingService;

/** Breaks adaptersDoNotDependOnApplicationServices. */
public final class ServiceCallingController {
    private final ThingService service = new ThingService();

    public String show(String id) {
        return service.find(id);
    }
}
