package kz.medcert.e2e;

import static kz.medcert.e2e.DemoApplications.P01_ELIGIBLE;
import static kz.medcert.e2e.DemoApplications.P01_IIN;
import static kz.medcert.e2e.DemoApplications.P02_IIN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
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
    private static final String P02_START = """
            {"applicant": {"iin": "990203317687", "surname": "Сейтқали", "givenName": "Нұрлан", "region": "ASTANA"},
             "form": {"category": "DOMESTIC", "declaredSpecialty": "THERAPY"}}""";
    private static TestCa root;
    private static TestCa intermediate;
    private static PkiServer pki;
    /** Outside demo mode consent codes go by SMS: the provider is a local double, read for the code it was sent. */
    private static ProductionModeService production;

    @BeforeAll
    static void start() throws IOException {
        root = TestCa.root("MedCert e2e root");
        intermediate = root.intermediate("MedCert e2e intermediate");
        pki = PkiServer.start(intermediate, CLOCK);
        Path dir = Files.createTempDirectory("medcert-eds");
        Map<String, String> env = new LinkedHashMap<>(RunningService.MANY_JOURNEYS);
        env.putAll(Map.of(
                "MEDCERT_EDS_TRUST_ANCHORS", Pem.write(dir.resolve("root.pem"), root.certificate()) + ","
                        + Pem.write(dir.resolve("intermediate.pem"), intermediate.certificate()),
                "MEDCERT_EDS_OCSP", pki.ocspUrl().toString(),
                "MEDCERT_EDS_TIMEOUT", "PT2S"));
        production = ProductionModeService.start(CLOCK, env);
    }

    @AfterAll
    static void stop() {
        production.close();
        pki.close();
    }

    @AfterEach
    void responderUp() {
        pki.restart();
    }

    @Test
    void everyWrongSignature_is422_namingSignatureWithItsReason_andTheRightOneIsAcceptedAfterThem_R17_R81() {
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
        wrong.put("CERTIFICATE_UNTRUSTED", c -> TestCa.root("Another root").issue(TestCa.signer(P02_IIN))
                .sign(c, SIGNED));
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
    void withTheResponderDown_theSubmissionIs503WithRetryAfter_storingNothing_andTheSameIsAcceptedOnceItIsBack_R17() {
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
    private static Journey readyToSign(String iin, String startBody) {
        Journey journey = Journey.authorized(production.as(iin, "APPLICANT"), iin);
        journey.start(startBody);
        JsonNode consented = journey.consent(production::lastCodeSent);
        assertThat(consented.get("status").asText()).isEqualTo("AWAITING_DOCUMENTS");
        return journey;
    }

    private static byte[] contentToSign(Journey journey) {
        return journey.view().get("contentToSign").asText().getBytes(StandardCharsets.UTF_8);
    }
}
