package kz.medcert.archfixture.broken.adapters.web;

import kz.medcert.archfixture.broken.application.service.ThingService;

/** Breaks adaptersDoNotDependOnApplicationServices: a page calls a service class instead of its use case. */
public final class ServiceCallingPage {
    private final ThingService service = new ThingService();

    public String render(String id) {
        return "<p>" + service.find(id) + "</p>";
    }
}
