package kz.medcert.archfixture.broken.adapters.web;

/** A legitimate web page model; WebAwareController reaches it from the HTTP adapter. */
public record ThingPageModel(String title) {
}
