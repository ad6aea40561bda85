package kz.medcert.adapters.http;

import static kz.medcert.adapters.http.Journeys.REQUESTS;
import static kz.medcert.adapters.http.Journeys.graduateStart;
import static kz.medcert.adapters.http.Journeys.ok;
import static kz.medcert.adapters.http.Journeys.path;
import static kz.medcert.adapters.http.Problems.assertProblem;
import static kz.medcert.adapters.http.Problems.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import kz.medcert.application.fakes.FakeSignatureVerifier;
import kz.medcert.application.port.in.SignatureReason;
import kz.medcert.application.testing.RequestFixtures;
import kz.medcert.domain.reference.Language;
import kz.medcert.domain.request.StateRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every documented error of the request routes, each an RFC 9457 problem naming what is wrong. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestErrorsTest {
    private final TestApi api = TestApi.start();
    private final Journeys journeys = new Journeys(api);

    RequestErrorsTest() {
        api.journey().setTime(RequestFixtures.FRIDAY_MORNING);
    }

    @AfterAll
    void stop() {
        api.close();
    }

    @Test
    void badIin_400NamingApplicantIinWithItsReason() {
        ObjectNode body = graduateStart();
        ((ObjectNode) body.path("applicant")).put("iin", "850412413719");

        JsonNode problem = assertProblem(api.postJson(REQUESTS, body), 400, "invalid-request");

        assertThat(fields(problem)).containsExactly("applicant.iin");
        assertThat(problem.path("errors").get(0).path("message").asText()).contains("check digit")
                .doesNotContain("850412413719");
    }

    @Test
    void everyInvalidFieldOfApplicantAndForm_400NamingEachByPath() {
        ObjectNode body = graduateStart();
        ((ObjectNode) body.path("applicant")).remove("iin");
        ((ObjectNode) body.path("applicant")).put("surname", "R2-D2").put("givenName", " ");
        ObjectNode form = (ObjectNode) body.path("form");
        form.put("declaredSpecialty", "ASTROLOGY");
        ((ObjectNode) form.path("education").get(0)).put("graduationDate", "2025-02-30");

        JsonNode problem = assertProblem(api.postJson(REQUESTS, body), 400, "invalid-request");

        assertThat(fields(problem)).containsExactlyInAnyOrder("applicant.iin", "applicant.surname",
                "applicant.givenName", "form.declaredSpecialty", "form.education[0].graduationDate");
    }

    @Test
    void missingApplicantAndForm_400NamingBoth() {
        JsonNode problem = assertProblem(api.postJson(REQUESTS, "{}"), 400, "invalid-request");

        assertThat(fields(problem)).containsExactlyInAnyOrder("applicant", "form");
    }

    /** What the service sets itself (dates, consent, prohibition, registry flags) is not part of the form. */
    @ParameterizedTest
    @ValueSource(strings = {"applicationDate", "submittedAt", "consent", "prohibition", "identityInRegistry",
            "nameChangeInRegistry"})
    void formFieldTheServiceSets_400UnknownField(String field) {
        ObjectNode body = graduateStart();
        ((ObjectNode) body.path("form")).put(field, "NONE");

        JsonNode problem = assertProblem(api.postJson(REQUESTS, body), 400, "invalid-request");

        assertThat(fields(problem)).containsExactly("form." + field);
    }

    @Test
    void inRegistryInTheForm_400UnknownField() {
        ObjectNode body = graduateStart();
        ((ObjectNode) body.path("form").path("postgraduate").get(1)).put("inRegistry", true);

        JsonNode problem = assertProblem(api.postJson(REQUESTS, body), 400, "invalid-request");

        assertThat(fields(problem)).containsExactly("form.postgraduate[1].inRegistry");
    }

    static Stream<String[]> routes() {
        return Stream.of(new String[] {"GET", ""}, new String[] {"POST", "/fetch"},
                new String[] {"POST", "/consent"}, new String[] {"POST", "/consent/confirmation"},
                new String[] {"POST", "/consent/refusal"}, new String[] {"POST", "/submission"});
    }

    @ParameterizedTest
    @MethodSource("routes")
    void unknownRequest_404(String method, String suffix) {
        JsonNode problem = assertProblem(call(method, path(Journeys.NOBODY) + suffix), 404, "not-found");

        assertThat(problem.path("detail").asText()).contains(Journeys.NOBODY);
    }

    @ParameterizedTest
    @MethodSource("routes")
    void malformedRequestId_400NamingId(String method, String suffix) {
        for (String id : new String[] {"42", "1-2-3-4-5", "0f8fad5b-d9cb-469f-a165-70867728950", "%20"}) {
            JsonNode problem = assertProblem(call(method, path(id) + suffix), 400, "invalid-request");

            assertThat(fields(problem)).as(id).containsExactly("id");
        }
    }

    private HttpResponse<String> call(String method, String path) {
        if (method.equals("GET")) {
            return api.get(path);
        }
        String body = path.endsWith("/confirmation") ? "{\"code\":\"123456\"}"
                : path.endsWith("/submission") ? "{\"signature\":\"SIGNED:x\"}" : "{}";
        return api.postJson(path, body);
    }

    @Test
    void wrongConsentCode_422NamingCode_R60() {
        String id = journeys.started();
        ok(api.post(path(id) + "/consent"), 202);

        JsonNode problem = assertProblem(api.postJson(path(id) + "/consent/confirmation", "{\"code\":\"654321\"}"),
                422, "business-rule-violation");

        assertThat(fields(problem)).containsExactly("code");
        assertThat(journeys.get(id).path("consent").path("status").asText()).isEqualTo("REQUESTED");
    }

    @Test
    void missingConsentCode_400NamingCode() {
        String id = journeys.started();

        JsonNode problem = assertProblem(api.postJson(path(id) + "/consent/confirmation", "{}"), 400,
                "invalid-request");

        assertThat(fields(problem)).containsExactly("code");
    }

    @Test
    void confirmationBeforeACodeWasSent_409() {
        String id = journeys.started();

        assertProblem(api.postJson(path(id) + "/consent/confirmation", "{\"code\":\"123456\"}"), 409, "conflict");
    }

    @Test
    void consentOnceAnswered_409() {
        String id = journeys.awaitingDocuments();

        assertProblem(api.post(path(id) + "/consent"), 409, "conflict");
        assertProblem(api.post(path(id) + "/consent/refusal"), 409, "conflict");
    }

    @Test
    void missingUpload_422ListingTheDocumentAndItsRules_R22() {
        String id = journeys.awaitingDocuments();

        JsonNode problem = assertProblem(journeys.submit(id, journeys.validSignature(id)), 422,
                "business-rule-violation");

        assertThat(fields(problem)).singleElement().asString().startsWith("uploads[DIPLOMA");
        assertThat(problem.path("errors").get(0).path("message").asText()).contains("Diploma", "R23");
        assertThat(problem.path("detail").asText()).contains("uploads[DIPLOMA");
        assertThat(journeys.get(id).path("status").asText()).isEqualTo("AWAITING_DOCUMENTS");
    }

    @Test
    void badSignature_422NamingSignatureWithTheDigestToSign_R17() {
        String id = journeys.readyToSign();
        String digest = journeys.get(id).path("contentDigest").asText();

        JsonNode problem = assertProblem(journeys.submit(id, FakeSignatureVerifier.signatureOver("0".repeat(64))),
                422, "business-rule-violation");

        assertThat(fields(problem)).containsExactly("signature");
        assertThat(problem.path("errors").get(0).path("code").asText()).isEqualTo("CONTENT_MISMATCH");
        assertThat(problem.path("errors").get(0).path("message").asText()).contains("other content");
        assertThat(problem.path("detail").asText()).contains(digest);
    }

    /** Each reason the verifier gives reaches the applicant as its code and its own words, under 422 (R17, R81). */
    @ParameterizedTest
    @EnumSource(SignatureReason.class)
    void everySignatureReason_422NamingSignature_withTheReasonsCodeAndWords(SignatureReason reason) {
        String id = journeys.readyToSign();

        JsonNode problem = assertProblem(journeys.submit(id, reason.name() + ":x"), 422, "business-rule-violation");

        assertThat(fields(problem)).containsExactly("signature");
        JsonNode error = problem.path("errors").get(0);
        assertThat(error.path("code").asText()).isEqualTo(reason.name());
        assertThat(error.path("message").asText()).isEqualTo(SignatureReasonTexts.sentence(reason).in(Language.EN))
                .doesNotContain(reason.name());
        assertThat(journeys.get(id).path("status").asText()).isEqualTo("AWAITING_DOCUMENTS");
    }

    @Test
    void signatureThatCannotBeCheckedNow_503WithRetryAfter_storesNothing_andTheSameSubmissionIsAcceptedLater() {
        String id = journeys.readyToSign();
        JsonNode before = journeys.get(id);

        HttpResponse<String> uncheckable = journeys.submit(id, FakeSignatureVerifier.UNCHECKABLE);

        JsonNode problem = assertProblem(uncheckable, 503, "service-unavailable");
        assertThat(uncheckable.headers().firstValue("Retry-After")).contains("30");
        assertThat(fields(problem)).containsExactly("signature");
        assertThat(problem.path("errors").get(0).path("code").asText()).isEqualTo("SIGNATURE_CHECK_UNAVAILABLE");
        assertThat(problem.path("detail").asText()).contains("Nothing was stored").doesNotContain("fake");
        assertThat(journeys.get(id)).isEqualTo(before);
        ok(journeys.submit(id, journeys.validSignature(id)), 200);
    }

    @Test
    void theRequestView_carriesTheContentToSign_whoseSha256IsTheContentDigest_R17() throws Exception {
        JsonNode view = journeys.get(journeys.readyToSign());

        byte[] content = view.path("contentToSign").asText().getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(view.path("contentToSign").asText()).startsWith("MedCert KZ request");
        assertThat(FakeSignatureVerifier.sha256(content)).isEqualTo(view.path("contentDigest").asText());
    }

    @Test
    void missingSignature_400NamingSignature() {
        String id = journeys.readyToSign();

        JsonNode problem = assertProblem(api.postJson(path(id) + "/submission", "{\"signature\":\"\"}"), 400,
                "invalid-request");

        assertThat(fields(problem)).containsExactly("signature");
    }

    @Test
    void secondSubmission_withAnotherSignature_409_aRetryWithTheSame_200_andNoMoreUploads() {
        String id = journeys.readyToSign();
        String signature = journeys.validSignature(id);
        ok(journeys.submit(id, signature), 200);

        ok(journeys.submit(id, signature), 200);
        assertProblem(journeys.submit(id, "SIGNED:another"), 409, "conflict");
        assertProblem(api.postMultipart(path(id) + "/attachments", Journeys.diploma()), 409, "conflict");
    }

    @Test
    void submissionAwaitingConsent_409NamingConsent() {
        String id = journeys.started();

        JsonNode problem = assertProblem(journeys.submit(id, "SIGNED:x"), 409, "conflict");

        assertThat(fields(problem)).containsExactly("consent");
    }

    @Test
    void submissionAwaitingARegistry_409NamingItWithItsFailure_R21() {
        RequestFixtures.graduateHoldings(api.journey().registries);
        api.journey().registries.failing(StateRegistry.PROHIBITIONS, RequestFixtures.GRADUATE_IIN, 1,
                "prohibition service down");
        String id = journeys.started();
        ok(api.post(path(id) + "/consent"), 202);
        ok(api.postJson(path(id) + "/consent/confirmation", "{\"code\":\"123456\"}"), 200);

        JsonNode problem = assertProblem(journeys.submit(id, "SIGNED:x"), 409, "conflict");

        assertThat(fields(problem)).containsExactly("registries[PROHIBITIONS]");
        assertThat(problem.path("errors").get(0).path("message").asText()).contains("prohibition service down",
                "next attempt at");
    }

    @Test
    void oversizedJson_413() {
        ObjectNode body = graduateStart();
        ((ObjectNode) body.path("applicant")).put("surname", "А".repeat(70 * 1024));

        assertProblem(api.postJson(REQUESTS, body), 413, "content-too-large");
    }
}
