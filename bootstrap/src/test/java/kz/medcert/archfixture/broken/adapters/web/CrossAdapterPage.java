package kz.medcert.archfixture.broken.adapters.web;

import kz.medcert.archfixture.broken.adapters.http.ThingResponse;

/** Breaks adaptersDoNotDependOnEachOther: a web page renders the HTTP API's response instead of calling a use case. */
public final class CrossAdapterPage {
    public String render(ThingResponse response) {
        return "<p>" + response + "</p>";
    }
}
