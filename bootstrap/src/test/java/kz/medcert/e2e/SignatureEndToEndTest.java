package kz.medcert.e2e;

import static kz.medcert.e2e.DemoApplications.P01_ELIGIBLE;
import static kz.medcert.e2e.DemoApplications.P01_IIN;
import static kz.medcert.e2e.DemoApplications.P02_IIN;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.medcert.adapters.signature.testing.Pem;
import kz.medcert.adapters.signature.testing.PkiServer;
import kz.medcert.adapters.signature.testing.TestCa;
import kz.medcert.adapters.signature.testing.TestSigner;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real EDS check over HTTP (R17, R81), outside demo mode: the service trusts a test certification authority
 * (MEDCERT_EDS_TRUST_ANCHORS) and asks its OCSP responder (MEDCERT_EDS_OCSP), both started by the test. A CMS
 * signature of the request's contentToSign by the applicant's certificate is accepted; every wrong one is a 422
 * naming signature with its reason and leaves the request as it was; with the responder down the submission is a 503
 * with Retry-After that stores nothing, and the very same submission is accepted once the responder is back.
 */
class SignatureEndToEndTest {
    private static final Instant NOW = RunningService.DEMO_DAY;
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Instant SIGNED = NOW.minusSeconds(120);
    private static final String ISSUER = "https://idp.test/realms/medcert";
    private static final String AUDIENCE = "medcert-api";
    private static final String P02_START = """
            {"applicant": {"iin": "990203317687", "surname": "Сейтқали", "givenName": "Нұрлан", "region": "ASTANA"},
             "form": {"category": "DOMESTIC", "declaredSpecialty": "THERAPY"}}""";
    private static RSAKey idpKey;
    private static TestCa root;
    private static TestCa intermediate;
    private static PkiServer pki;
    private static final Pattern CODE = Pattern.compile("(?<![0-9])([0-9]{6})(?![0-9])");
    private static RunningService service;
    /** Outside demo mode consent codes go by SMS: the provider is a local double, read for the code it was sent. */
    private static WireMockServer smsProvider;

    @BeforeAll
    static void start() throws JOSEException, IOException {
        root = TestCa.root("MedCert e2e root", Instant.parse("2020-01-01T00:00:00Z"),
                Instant.parse("2040-01-01T00:00:00Z"));
        intermediate = root.intermediate("MedCert e2e intermediate", Instant.parse("2021-01-01T00:00:00Z"),
                Instant.parse("2036-01-01T00:00:00Z"));
        pki = PkiServer.start(intermediate, CLOCK);
        Path dir = Files.createTempDirectory("medcert-eds");
        idpKey = new RSAKeyGenerator(2048).keyID("idp-2026").generate();
        Path jwks = Files.writeString(dir.resolve("jwks.json"), new JWKSet(idpKey.toPublicJWK()).toString());
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        Path key = Files.write(dir.resolve("medcert.key"), secret);
        smsProvider = new WireMockServer(wireMockConfig().dynamicPort());
        smsProvider.start();
        smsProvider.stubFor(post("/sms").willReturn(aResponse().withStatus(202)));
        Map<String, String> env = new LinkedHashMap<>(RunningService.MANY_JOURNEYS);
        env.put("MEDCERT_SMS_URL", smsProvider.baseUrl() + "/sms");
        env.putAll(Map.of(
                "MEDCERT_DB_URL", "jdbc:hsqldb:mem:eds-" + UUID.randomUUID() + ";hsqldb.tx=mvcc",
                "MEDCERT_JWT_JWKS_FILE", jwks.toString(), "MEDCERT_JWT_ISSUER", ISSUER,
                "MEDCERT_JWT_AUDIENCE", AUDIENCE, "MEDCERT_KEY_FILE", key.toString(),
                "MEDCERT_CONSENT_CODE_INTERVAL", "PT0S",
                "MEDCERT_EDS_TRUST_ANCHORS", Pem.write(dir.resolve("root.pem"), root.certificate()) + ","
                        + Pem.write(dir.resolve("intermediate.pem"), intermediate.certificate()),
                "MEDCERT_EDS_OCSP", pki.ocspUrl().toString(),
                "MEDCERT_EDS_TIMEOUT", "PT2S"));
        service = RunningService.start(CLOCK, env);
    }

    @AfterAll
    static void stop() {
        service.close();
        pki.close();
        smsProvider.stop();
    }

    @AfterEach
    void responderUp() {
        pki.restart();
    }

    @Test
    void everyWrongSignature_is422_namingSignatureWithItsReason_andTheRightOneIsAcceptedAfterThem_R17_R81()
            throws JOSEException {
        Journey journey = readyToSign(P02_IIN, P02_START);
        journey.uploadMissing();
        // signed before one more upload changed the content
        String older = intermediate.issue(TestCa.signer(P02_IIN)).sign(contentToSign(journey), SIGNED);
        HttpResponse<String> upload = journey.attach("PROFESSIONAL_DEVELOPMENT", null, null, null);
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
        byte[] content = contentToSign(journey);
        TestSigner revoked = intermediate.issue(TestCa.signer(P02_IIN));
        pki.revoke(revoked.serial(), NOW.minus(Duration.ofDays(1)));
        Map<String, Function<byte[], String>> wrong = new LinkedHashMap<>();
        wrong.put("SIGNATURE_NOT_CMS", c -> "DEMO-EDS:" + P02_IIN + ":" + journey.view().get("contentDigest")
                .asText());
        wrong.put("CONTENT_MISMATCH", c -> older);
        wrong.put("SIGNER_IS_NOT_APPLICANT", c -> intermediate.issue(TestCa.signer(P01_IIN)).sign(c, SIGNED));
        wrong.put("CERTIFICATE_REVOKED", c -> revoked.sign(c, SIGNED));
        wrong.put("CERTIFICATE_EXPIRED", c -> intermediate.issue(TestCa.signer(P02_IIN).validBetween(
                Instant.parse("2021-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"))).sign(c, SIGNED));
        wrong.put("CERTIFICATE_UNTRUSTED", c -> TestCa.root("Another root", Instant.parse("2020-01-01T00:00:00Z"),
                Instant.parse("2040-01-01T00:00:00Z")).issue(TestCa.signer(P02_IIN)).sign(c, SIGNED));
        wrong.put("KEY_USAGE_NOT_DIGITAL_SIGNATURE", c -> intermediate.issue(TestCa.signer(P02_IIN)
                .keyUsage(KeyUsage.keyEncipherment)).sign(c, SIGNED));
        JsonNode unchanged = journey.view();

        wrong.forEach((reason, signature) -> {
            HttpResponse<String> refused = journey.submitWith(signature.apply(content));

            assertThat(refused.statusCode()).as(reason + ": " + refused.body()).isEqualTo(422);
            JsonNode error = Journey.json(refused).at("/errors/0");
            assertThat(error.path("field").asText()).isEqualTo("signature");
            assertThat(error.path("code").asText()).isEqualTo(reason);
            assertThat(journey.view()).as(reason).isEqualTo(unchanged);
        });
        HttpResponse<String> accepted = journey.submitWith(intermediate.issue(TestCa.signer(P02_IIN).ecdsa())
                .signAttached(content, SIGNED));

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(Journey.json(accepted).path("submission").path("registeredOn").asText()).isNotBlank();
    }

    @Test
    void withTheResponderDown_theSubmissionIs503WithRetryAfter_storingNothing_andTheSameIsAcceptedOnceItIsBack_R17()
            throws JOSEException {
        Journey journey = readyToSign(P01_IIN, P01_ELIGIBLE);
        journey.uploadMissing();
        String signature = intermediate.issue(TestCa.signer(P01_IIN).rsa()).sign(contentToSign(journey), SIGNED);
        JsonNode before = journey.view();
        int asked = pki.ocspRequests();
        pki.stop();

        HttpResponse<String> uncheckable = journey.submitWith(signature);

        assertThat(uncheckable.statusCode()).as(uncheckable.body()).isEqualTo(503);
        assertThat(uncheckable.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(uncheckable.headers().firstValue("Retry-After")).contains("30");
        assertThat(Journey.json(uncheckable).at("/errors/0/code").asText()).isEqualTo("SIGNATURE_CHECK_UNAVAILABLE");
        assertThat(journey.view()).isEqualTo(before);

        pki.restart();
        HttpResponse<String> accepted = journey.submitWith(signature);
        HttpResponse<String> retried = journey.submitWith(signature);

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(Journey.json(accepted).path("status").asText()).isNotEqualTo("AWAITING_DOCUMENTS");
        assertThat(Journey.json(accepted).path("submission").path("contentDigest").asText())
                .isEqualTo(before.path("contentDigest").asText());
        assertThat(pki.ocspRequests()).isEqualTo(asked + 1);
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
        assertThat(Journey.json(retried)).isEqualTo(Journey.json(accepted));
    }

    /** Started and consented (with the code the gateway delivered), before any upload. */
    private static Journey readyToSign(String iin, String startBody) throws JOSEException {
        Journey journey = Journey.authorized(service.withAuthorization("Bearer " + idpToken(iin)), iin);
        journey.start(startBody);
        JsonNode consented = journey.consent(SignatureEndToEndTest::lastCodeSent);
        assertThat(consented.get("status").asText()).isEqualTo("AWAITING_DOCUMENTS");
        return journey;
    }

    private static String lastCodeSent() {
        List<LoggedRequest> texts = smsProvider.findAll(postRequestedFor(urlEqualTo("/sms")));
        try {
            String text = new ObjectMapper().readTree(texts.get(texts.size() - 1).getBodyAsString()).path("text")
                    .asText();
            Matcher code = CODE.matcher(text);
            assertThat(code.find()).as(text).isTrue();
            return code.group(1);
        } catch (IOException e) {
            throw new IllegalStateException("the SMS provider was sent no JSON", e);
        }
    }

    private static byte[] contentToSign(Journey journey) {
        return journey.view().get("contentToSign").asText().getBytes(StandardCharsets.UTF_8);
    }

    private static String idpToken(String iin) throws JOSEException {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(iin).claim("role", "APPLICANT").issuer(ISSUER)
                .audience(AUDIENCE).issueTime(Date.from(NOW)).expirationTime(Date.from(NOW.plusSeconds(3600)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(idpKey.getKeyID()).build(),
                claims);
        jwt.sign(new RSASSASigner(idpKey));
        return jwt.serialize();
    }
}
