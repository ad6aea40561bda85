package kz.medcert.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import kz.medcert.domain.access.Actor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A Content-Type whose charset the container cannot use is the client's mistake on every endpoint: 400 for a malformed
 * charset name, 415 for an unknown one, each a problem naming the header; never the 500 that the register import
 * answered (found by the endpoint fuzzer, seed -3624890363405734151).
 */
class MalformedContentTypeTest {
    private static TestApi api;
    private static TestApi admin;

    /** Every kind of body the API reads, and a route that reads none. */
    static List<String[]> endpoints() {
        return List.of(new String[] {"POST", AdminRegisterEndpointsTest.IMPORTS, "text/csv"},
                new String[] {"POST", "/api/v1/evaluations", "application/json"},
                new String[] {"POST", "/api/v1/requests", "application/json"},
                new String[] {"POST", "/api/v1/requests/" + java.util.UUID.randomUUID() + "/attachments",
                        "multipart/form-data; boundary=x"},
                new String[] {"GET", "/api/v1/reference-data", "text/plain"},
                new String[] {"GET", "/docs", "text/html"});
    }

    @BeforeAll
    static void start() {
        api = TestApi.start();
        admin = api.as(new Actor.Admin("ADM-1"));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void aMalformedCharsetIs400NamingTheHeader(String method, String path, String mediaType) {
        for (String broken : List.of("; charset=\"", "; charset=\"utf-8", "; charset=", "; charset=@@")) {
            HttpResponse<String> response = send(method, path, mediaType + broken);

            assertThat(response.statusCode()).as(broken + ": " + response.body()).isEqualTo(400);
            assertNamesTheHeader(response);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("endpoints")
    void anUnknownCharsetIs415NamingTheHeader(String method, String path, String mediaType) {
        HttpResponse<String> response = send(method, path, mediaType + "; charset=no-such-charset");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(415);
        assertNamesTheHeader(response);
    }

    private static HttpResponse<String> send(String method, String path, String contentType) {
        return admin.send(java.net.http.HttpRequest.newBuilder(admin.uri(path)).header("Content-Type", contentType)
                .method(method, java.net.http.HttpRequest.BodyPublishers.ofString("a,b\n")));
    }

    private static void assertNamesTheHeader(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = TestApi.json(response);
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("Content-Type");
    }
}
