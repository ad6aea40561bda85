package kz.medcert.archfixture.broken.adapters.http;

import kz.medcert.archfixture.broken.adapters.web.ThingPageModel;

/** Breaks adaptersDoNotDependOnEachOther: the HTTP API answers with the web front's page model. */
public final class WebAwareController {
    public String show(String id) {
        return new ThingPageModel(id).title();
    }
}
