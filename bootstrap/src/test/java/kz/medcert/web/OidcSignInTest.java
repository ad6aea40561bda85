package kz.medcert.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sign-in outside demo mode, through an OpenID Connect provider (a double started by the test): authorization code
 * with PKCE S256, state and nonce checked, the client authenticated, and the ID token's {@code role}, {@code sub} and
 * {@code department} naming the actor as the API's tokens do. Demo accounts are not offered.
 */
class OidcSignInTest {
    private static OidcDouble provider;
    private static WebService service;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        provider = new OidcDouble();
        Path jwks = Files.createTempFile("idp", ".jwks");
        Files.writeString(jwks, new JWKSet(new RSAKeyGenerator(2048).generate().toPublicJWK()).toString());
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        base = "http://localhost:" + port;
        Path serviceKey = Files.createTempFile("service", ".key");
        Files.write(serviceKey, new java.security.SecureRandom().generateSeed(32));
        service = WebService.onDemoDay(Map.of("MEDCERT_DEMO", "false", "MEDCERT_KEY_FILE", serviceKey.toString(),
                "MEDCERT_PORT", String.valueOf(port),
                "MEDCERT_PUBLIC_BASE_URL", base,
                "MEDCERT_JWT_JWKS_FILE", jwks.toString(), "MEDCERT_JWT_ISSUER", "https://idp.example",
                "MEDCERT_JWT_AUDIENCE", "medcert-api",
                "MEDCERT_OIDC_ISSUER", provider.issuer(), "MEDCERT_OIDC_CLIENT_ID", OidcDouble.CLIENT_ID,
                "MEDCERT_OIDC_CLIENT_SECRET", OidcDouble.CLIENT_SECRET));
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
        if (provider != null) {
            provider.close();
        }
    }

    @Test
    void anOfficerSignsInThroughTheProvider_withPkce_andLandsOnTheirDepartmentsQueue() throws Exception {
        provider.signsIn(Map.of("sub", "OFF-7", "role", "OFFICER", "department", "KARAGANDA"));
        Browserless browser = new Browserless();

        HttpResponse<String> landed = browser.get(base + "/sign-in/oidc");

        assertThat(landed.statusCode()).isEqualTo(200);
        assertThat(landed.uri().getPath()).isEqualTo("/officer");
        assertThat(landed.body()).contains("OFF-7", "Karaganda");
        Map<String, String> sent = provider.authorizationRequests.get(provider.authorizationRequests.size() - 1);
        assertThat(sent).containsEntry("response_type", "code").containsEntry("client_id", OidcDouble.CLIENT_ID)
                .containsEntry("code_challenge_method", "S256").containsEntry("redirect_uri", base + "/sign-in/callback")
                .containsKeys("state", "nonce", "code_challenge");
        assertThat(provider.tokenErrors).isEmpty();
        HttpCookie session = browser.cookie("medcert_session");
        assertThat(session.isHttpOnly()).isTrue();
    }

    @Test
    void anApplicantsIdTokenSignsInTheApplicant_byTheIinInSub() throws Exception {
        provider.signsIn(Map.of("sub", "850412413718", "role", "APPLICANT"));
        Browserless browser = new Browserless();

        HttpResponse<String> landed = browser.get(base + "/sign-in/oidc");

        assertThat(landed.uri().getPath()).isEqualTo("/applicant");
        assertThat(landed.body()).contains("8504******18");
    }

    @Test
    void anIdTokenWithARoleTheServiceDoesNotKnow_signsNoOneIn() throws Exception {
        provider.signsIn(Map.of("sub", "X-1", "role", "SUPERUSER"));
        Browserless browser = new Browserless();

        HttpResponse<String> landed = browser.get(base + "/sign-in/oidc");

        assertThat(landed.statusCode()).isEqualTo(401);
        assertThat(browser.get(base + "/officer").uri().getPath()).isEqualTo("/sign-in");
    }

    @Test
    void aCallbackWithAStateThisBrowserDidNotStart_signsNoOneIn() throws Exception {
        provider.signsIn(Map.of("sub", "ADM-1", "role", "ADMIN"));
        Browserless browser = new Browserless();
        browser.get(base + "/sign-in");

        HttpResponse<String> forged = browser.get(base + "/sign-in/callback?code=stolen&state=forged");

        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(browser.get(base + "/admin").uri().getPath()).isEqualTo("/sign-in");
    }

    @Test
    void outsideDemoModeTheSignInPageOffersTheProviderOnly_andTheDemoSignInIsNotThere() throws Exception {
        Browserless browser = new Browserless();

        HttpResponse<String> page = browser.get(base + "/sign-in");

        assertThat(page.body()).contains("/sign-in/oidc").doesNotContain("applicant:850412413718", "Demo");
        String csrf = page.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        HttpResponse<String> demo = browser.post(base + "/sign-in/demo", "_csrf=" + csrf + "&account=admin");
        assertThat(demo.statusCode()).isIn(403, 404);
    }

    /** An HTTP client with a cookie jar that follows redirects, as a browser does (without running scripts). */
    private static final class Browserless {
        private final CookieManager cookies = new CookieManager();
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.ALWAYS).build();

        HttpResponse<String> get(String url) throws Exception {
            return client.send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", "en").build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String url, String form) throws Exception {
            return client.send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", "en")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpCookie cookie(String name) {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).findFirst()
                    .orElseThrow();
        }
    }
}
