package kz.medcert.adapters.http;

import java.time.Duration;
import java.util.Objects;

/**
 * Told of every request the API answered, once it is answered: e.g. to count it in the operators' metrics (bootstrap
 * does, with Micrometer). Sees the route template, never the path: no IIN, number or id a path carries reaches it.
 */
@FunctionalInterface
public interface RequestObserver {
    /** The route of a request that matched none (and was not a 404), e.g. a static asset of the docs page. */
    String UNMATCHED = "UNMATCHED";
    /** The route of a request answered 404 because no route has its path. */
    String NOT_FOUND = "NOT_FOUND";
    /** The method of a request whose method is none of HTTP's usual ones. */
    String OTHER_METHOD = "OTHER";

    void completed(CompletedRequest request);

    /**
     * @param method   GET, POST, … ({@link #OTHER_METHOD} for any other)
     * @param route    the route template that answered, e.g. {@code /api/v1/requests/{id}}, or {@link #NOT_FOUND} or
     *                 {@link #UNMATCHED}
     * @param status   the response's status code
     * @param duration how long the server took
     */
    record CompletedRequest(String method, String route, int status, Duration duration) {
        public CompletedRequest {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(route, "route");
            Objects.requireNonNull(duration, "duration");
        }
    }
}
