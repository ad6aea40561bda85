package kz.medcert.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import kz.medcert.application.fakes.FakeConsentGateway;
import kz.medcert.application.fakes.FakeSignatureVerifier;
import kz.medcert.application.testing.RequestFixtures;

/**
 * Steps of the applicant's journey over HTTP, for tests that need a request in some state. The story is the one of
 * {@link RequestFixtures}: a domestic pediatrics graduate whose registries hold all but the diploma.
 */
final class Journeys {
    static final String REQUESTS = "/api/v1/requests";
    static final String NOBODY = "0f8fad5b-d9cb-469f-a165-70867728950e";

    private final TestApi api;

    Journeys(TestApi api) {
        this.api = api;
    }

    /** The graduate's start: applicant and the form they declare (diploma, internship, residency). */
    static ObjectNode graduateStart() {
        ObjectNode body = TestApi.JSON.createObjectNode();
        body.putObject("applicant").put("iin", RequestFixtures.GRADUATE_IIN.value()).put("surname", "Сәрсенова")
                .put("givenName", "Әйгерім").put("patronymic", "Болатқызы").put("region", "ALMATY_CITY");
        ObjectNode form = body.putObject("form").put("category", "DOMESTIC").put("declaredSpecialty", "PEDIATRICS");
        form.putArray("education").addObject().put("level", "HIGHER").put("field", "PEDIATRICS")
                .put("graduationDate", "2025-06-30");
        form.putArray("postgraduate")
                .add(TestApi.JSON.createObjectNode().put("type", "INTERNSHIP").put("specialty", "PEDIATRICS")
                        .put("completedOn", "2025-06-30"))
                .add(TestApi.JSON.createObjectNode().put("type", "RESIDENCY").put("specialty", "PEDIATRICS")
                        .put("completedOn", "2026-06-30"));
        return body;
    }

    /** Started (201); returns its id. */
    String started() {
        HttpResponse<String> response = api.postJson(REQUESTS, graduateStart());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return TestApi.json(response).path("id").asText();
    }

    /** Started with the graduate's holdings in the registries, consent asked for and confirmed. */
    String awaitingDocuments() {
        RequestFixtures.graduateHoldings(api.journey().registries);
        String id = started();
        ok(api.post(path(id) + "/consent"), 202);
        ok(api.postJson(path(id) + "/consent/confirmation", "{\"code\":\"" + FakeConsentGateway.CODE + "\"}"), 200);
        return id;
    }

    /** Awaiting documents, with the diploma uploaded: ready to sign. */
    String readyToSign() {
        String id = awaitingDocuments();
        ok(api.postMultipart(path(id) + "/attachments", diploma()), 201);
        return id;
    }

    static Multipart diploma() {
        return new Multipart().file("file", "diploma.pdf", "application/pdf", RequestFixtures.pdf("diploma of 2025"))
                .field("document", "DIPLOMA");
    }

    JsonNode get(String id) {
        return ok(api.get(path(id)), 200);
    }

    /** What the fake EDS accepts for the request as it stands. */
    String validSignature(String id) {
        return FakeSignatureVerifier.signatureOver(get(id).path("contentDigest").asText());
    }

    HttpResponse<String> submit(String id, String signature) {
        return submit(api, id, signature);
    }

    /** The submission, by whoever {@code client} acts as. */
    static HttpResponse<String> submit(TestApi client, String id, String signature) {
        ObjectNode body = TestApi.JSON.createObjectNode().put("signature", signature);
        return client.postJson(path(id) + "/submission", body);
    }

    static String path(String id) {
        return REQUESTS + "/" + id;
    }

    static JsonNode ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        Problems.assertNoLeak(response.body());
        return TestApi.json(response);
    }
}
