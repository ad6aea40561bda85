package kz.medcert.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every answer says: do not sniff, do not frame; pages carry a content security policy that admits only what they
 * load; behind TLS, browsers are told to stay on HTTPS.
 */
class SecurityHeadersTest {

    @Test
    void theApiPageAdmitsOnlyItsOwnScriptsAndTheStarterByItsHash_andCannotBeFramed() throws Exception {
        try (TestApi api = TestApi.start()) {
            HttpResponse<String> docs = api.anonymous().get("/docs");

            assertThat(docs.statusCode()).isEqualTo(200);
            assertThat(docs.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
            String policy = docs.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(policy).contains("frame-ancestors 'none'", "default-src 'none'", "script-src 'self' 'sha256-")
                    .doesNotContain("unsafe-eval").doesNotContain("script-src 'self' 'unsafe-inline'");
            Matcher inline = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(docs.body());
            assertThat(inline.find()).isTrue();
            assertThat(policy).contains("'sha256-" + Base64.getEncoder().encodeToString(MessageDigest
                    .getInstance("SHA-256").digest(inline.group(1).getBytes(StandardCharsets.UTF_8))) + "'");
            assertThat(docs.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(docs.headers().firstValue("Strict-Transport-Security")).isEmpty();
        }
    }

    @Test
    void everyKindOfAnswerSaysNosniffAndNoFraming() {
        try (TestApi api = TestApi.start()) {
            for (String path : List.of("/docs", "/verify", "/verify/MC-2022-00000001-4", "/openapi.json", "/health",
                    "/ping", "/api/v1/reference-data", "/api/v1/requests", "/no/such/page",
                    ApiDocs.ASSETS_PATH + "/swagger-ui.css")) {
                HttpResponse<String> answer = api.anonymous().get(path);

                assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
                assertThat(answer.headers().firstValue("Content-Security-Policy")).as(path)
                        .hasValueSatisfying(policy -> assertThat(policy).contains("frame-ancestors 'none'"));
                assertThat(answer.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
            }
        }
    }

    @Test
    void behindTlsEveryAnswerAsksForHttpsOnly() {
        try (TestApi api = TestApi.start(b -> b.strictTransportSecurity(Duration.ofDays(365)))) {
            for (String path : List.of("/docs", "/verify", "/api/v1/requests", "/ping")) {
                assertThat(api.anonymous().get(path).headers().firstValue("Strict-Transport-Security")).as(path)
                        .contains("max-age=31536000; includeSubDomains");
            }
        }
    }
}
