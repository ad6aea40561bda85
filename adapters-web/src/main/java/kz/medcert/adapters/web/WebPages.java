package kz.medcert.adapters.web;

/** A group of pages of the front (one role's work, sign-in, …); {@link WebFront} registers each once. */
public interface WebPages {

    void register(WebRoutes routes);
}
