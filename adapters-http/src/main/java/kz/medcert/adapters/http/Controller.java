package kz.medcert.adapters.http;

/**
 * A group of API operations backed by use cases. {@link HttpApi} calls {@link #registerRoutes} once while it builds
 * the server; every route must also be described in the OpenAPI document ({@code openapi.json}), which a test
 * checks.
 */
public interface Controller {

    /** Registers this controller's routes; their paths are relative to {@link ApiRoutes#BASE_PATH}. */
    void registerRoutes(ApiRoutes routes);
}
