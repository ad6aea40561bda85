package kz.medcert.adapters.web;

/** What a page does with one request. */
@FunctionalInterface
public interface WebHandler {
    void handle(WebRequest request) throws Exception;
}
