package kz.medcert.adapters.http.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which paths need a token; no spelling of a protected path passes for a public one. */
class PublicPathsTest {

    @ParameterizedTest(name = "{0} is public")
    @ValueSource(strings = {"/health", "/openapi.json", "/docs", "/docs/swagger-ui/swagger-ui.css",
            "/verify/KZ-2026-000001", "/api/v1/evaluations", "/api/v1/evaluations/", "/api/v1/reference-data",
            "/api/v1/public/certificates/KZ-1", "/", "/api/v10/requests"})
    void publicPaths(String path) {
        assertThat(Authentication.isProtected(path)).isFalse();
    }

    @ParameterizedTest(name = "{0} is protected")
    @ValueSource(strings = {"/api/v1", "/api/v1/", "/api/v1/requests", "/api/v1/requests/42/consent",
            "/api/v1/evaluations/../requests", "/api/v1/public/../requests", "/api/v1/public/%2e%2e/requests",
            "/api/v1/%65valuations", "/api/v1//evaluations", "/api/v1/evaluations;x=1", "/api/v1/./evaluations",
            "/api/v1/reference-data/..", "/api/v1/public", "/api/v1/EVALUATIONS", "/api/v1/evaluations\\"})
    void protectedPaths(String path) {
        assertThat(Authentication.isProtected(path)).isTrue();
    }
}
