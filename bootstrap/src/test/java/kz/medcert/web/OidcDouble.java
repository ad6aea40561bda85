package kz.medcert.web;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A tiny OpenID Connect provider for tests, on the JDK's HTTP server: discovery, an authorization endpoint that signs
 * in whoever the test says at once, a token endpoint that checks the PKCE verifier against the S256 challenge and the
 * client's secret, and the JWK set of its RS256 key. It records what the client sent so that a test can check it.
 */
final class OidcDouble implements AutoCloseable {
    static final String CLIENT_ID = "medcert-web";
    static final String CLIENT_SECRET = "web-client-secret";

    private final HttpServer server;
    private final RSAKey key;
    private final Map<String, Authorization> codes = new ConcurrentHashMap<>();
    final List<Map<String, String>> authorizationRequests = new CopyOnWriteArrayList<>();
    final List<String> tokenErrors = new CopyOnWriteArrayList<>();
    private volatile Map<String, Object> nextUser = Map.of();

    private record Authorization(Map<String, String> request, Map<String, Object> claims) {
    }

    OidcDouble() throws IOException, JOSEException {
        key = new RSAKeyGenerator(2048).keyID("test-key").generate();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/.well-known/openid-configuration", this::discovery);
        server.createContext("/authorize", this::authorize);
        server.createContext("/token", this::token);
        server.createContext("/jwks", ex -> answer(ex, 200, "application/json",
                new JWKSet(key.toPublicJWK()).toString()));
        server.start();
    }

    String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Who the next authorization signs in: {@code sub} and the role claims. */
    void signsIn(Map<String, Object> claims) {
        nextUser = Map.copyOf(claims);
    }

    private void discovery(HttpExchange ex) throws IOException {
        String issuer = issuer();
        answer(ex, 200, "application/json", "{\"issuer\":\"" + issuer + "\",\"authorization_endpoint\":\"" + issuer
                + "/authorize\",\"token_endpoint\":\"" + issuer + "/token\",\"jwks_uri\":\"" + issuer + "/jwks\","
                + "\"response_types_supported\":[\"code\"],\"subject_types_supported\":[\"public\"],"
                + "\"id_token_signing_alg_values_supported\":[\"RS256\"],"
                + "\"code_challenge_methods_supported\":[\"S256\"]}");
    }

    private void authorize(HttpExchange ex) throws IOException {
        Map<String, String> request = form(ex.getRequestURI().getRawQuery());
        authorizationRequests.add(request);
        String code = UUID.randomUUID().toString();
        codes.put(code, new Authorization(request, nextUser));
        ex.getResponseHeaders().add("Location", request.get("redirect_uri") + "?code=" + code + "&state="
                + URLEncoder.encode(request.get("state"), StandardCharsets.UTF_8));
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

    private void token(HttpExchange ex) throws IOException {
        Map<String, String> form = form(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String basic = "Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        Authorization authorization = codes.remove(form.getOrDefault("code", ""));
        String error = authorization == null ? "unknown code"
                : !basic.equals(ex.getRequestHeaders().getFirst("Authorization")) ? "client authentication"
                : !"S256".equals(authorization.request().get("code_challenge_method")) ? "no S256 challenge"
                : !s256(form.getOrDefault("code_verifier", "")).equals(authorization.request().get("code_challenge"))
                        ? "PKCE verifier does not match" : null;
        if (error != null) {
            tokenErrors.add(error);
            answer(ex, 400, "application/json", "{\"error\":\"invalid_grant\"}");
            return;
        }
        try {
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer()).audience(CLIENT_ID)
                    .issueTime(new Date()).expirationTime(new Date(System.currentTimeMillis() + 300_000))
                    .claim("nonce", authorization.request().get("nonce"));
            authorization.claims().forEach((name, value) -> {
                if (name.equals("sub")) {
                    claims.subject((String) value);
                } else {
                    claims.claim(name, value);
                }
            });
            SignedJWT idToken = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims.build());
            idToken.sign(new RSASSASigner(key));
            answer(ex, 200, "application/json", "{\"access_token\":\"opaque\",\"token_type\":\"Bearer\","
                    + "\"expires_in\":300,\"id_token\":\"" + idToken.serialize() + "\"}");
        } catch (JOSEException e) {
            throw new IOException(e);
        }
    }

    private static String s256(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            String[] parts = pair.split("=", 2);
            values.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return values;
    }

    private static void answer(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    URI uri(String path) {
        return URI.create(issuer() + path);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
