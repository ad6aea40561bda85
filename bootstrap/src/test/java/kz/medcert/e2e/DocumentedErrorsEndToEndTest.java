package kz.medcert.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every documented error over the real wiring: RFC 9457 problem+json with the right status, naming the field, and
 * never a stack trace or a Java class name.
 */
class DocumentedErrorsEndToEndTest {
    private static final String P01 = """
            {"applicant": {"iin": "850412413718", "surname": "Абенова", "givenName": "Айгерим",
                           "region": "ALMATY_CITY"},
             "form": {"category": "DOMESTIC", "declaredSpecialty": "PEDIATRICS"}}
            """;
    private static RunningService service;
    /** Demo person P01, with her token. */
    private static RunningService applicant;

    @BeforeAll
    static void start() {
        service = RunningService.onDemoDay();
        applicant = service.asApplicant("850412413718");
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void malformedJson_400() {
        problem(service.postJson("/api/v1/evaluations", "{\"category\": "), 400, "malformed-json");
    }

    @Test
    void unknownField_400_namesIt() {
        problem(service.postJson("/api/v1/evaluations",
                "{\"category\": \"DOMESTIC\", \"declaredSpecialty\": \"PEDIATRICS\", \"shoeSize\": 42}"), 400,
                "shoeSize");
    }

    @Test
    void missingRequiredField_400_namesIt() {
        problem(service.postJson("/api/v1/evaluations", "{\"declaredSpecialty\": \"PEDIATRICS\"}"), 400, "category");
    }

    @Test
    void unknownCodeAndInvalidDate_400_nameTheirFields() {
        HttpResponse<String> response = service.postJson("/api/v1/evaluations", """
                {"category": "DOMESTIC", "declaredSpecialty": "PEDIATRICS",
                 "education": [{"level": "HIGHER", "field": "ASTROLOGY", "graduationDate": "2010-02-30"}]}
                """);
        problem(response, 400, "education[0].field");
        assertThat(response.body()).contains("education[0].graduationDate");
    }

    @Test
    void bodyTooLarge_413() {
        String huge = "{\"category\": \"DOMESTIC\", \"declaredSpecialty\": \"" + "A".repeat(200_000) + "\"}";
        problem(service.postJson("/api/v1/evaluations", huge), 413, "content-too-large");
    }

    @Test
    void wrongContentType_415() {
        problem(service.send(HttpRequest.newBuilder(service.uri("/api/v1/evaluations"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hello")).build()),
                415, "unsupported-media-type");
    }

    @Test
    void unknownRoute_404_andWrongMethod_405() {
        problem(applicant.get("/api/v1/nothing-here"), 404, "not-found");
        problem(service.get("/api/v1/evaluations"), 405, "method-not-allowed");
    }

    @Test
    void invalidIin_400_namesApplicantIin() {
        problem(applicant.postJson("/api/v1/requests", P01.replace("850412413718", "850412413719")), 400,
                "applicant.iin");
    }

    @Test
    void unknownRequest_404_andMalformedId_400() {
        problem(applicant.get("/api/v1/requests/00000000-0000-0000-0000-000000000000"), 404, "not-found");
        problem(applicant.get("/api/v1/requests/not-a-uuid"), 400, "id");
    }

    @Test
    void wrongConsentCode_422_andConsentTwice_409() {
        Journey journey = new Journey(service, "850412413718");
        journey.start(P01);
        applicant.postJson(journey.path("/consent"), "");

        problem(applicant.postJson(journey.path("/consent/confirmation"), "{\"code\": \"000000\"}"), 422, "code");
        applicant.postJson(journey.path("/consent/confirmation"), "{\"code\": \"123456\"}");
        problem(applicant.postJson(journey.path("/consent"), ""), 409, "conflict");
    }

    @Test
    void submissionErrors_missingUpload422_badSignature422_secondSubmit409_R22() {
        Journey journey = new Journey(service, "850412413718");
        journey.start(P01.replace("\"PEDIATRICS\"}}", "\"PEDIATRICS\", \"professionalDevelopment\": "
                + "[{\"specialty\": \"PEDIATRICS\", \"credits\": 5, \"completedOn\": \"2025-02-10\"}]}}"));
        journey.consent();

        problem(journey.submit(), 422, "PROFESSIONAL_DEVELOPMENT");
        journey.uploadMissing();
        HttpResponse<String> badSignature = journey.submitWith("DEMO-EDS:850412413718:" + "0".repeat(64));
        problem(badSignature, 422, "signature");
        assertThat(badSignature.body()).contains(journey.view().get("contentDigest").asText());
        assertThat(journey.submit().statusCode()).isEqualTo(200);
        problem(journey.submitWith("DEMO-EDS:850412413718:" + "1".repeat(64)), 409, "conflict");
    }

    @Test
    void uploadErrors_notAPdf422_missingFilePart400() {
        Journey journey = new Journey(service, "850412413718");
        journey.start(P01);

        problem(journey.attach("DIPLOMA", null, null, null, "just text".getBytes(StandardCharsets.UTF_8),
                "application/pdf"), 422, "file");
        Journey.Multipart noFile = new Journey.Multipart().field("document", "DIPLOMA");
        problem(applicant.send(HttpRequest.newBuilder(service.uri(journey.path("/attachments")))
                .header("Content-Type", noFile.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(noFile.bytes())).build()), 400, "file");
    }

    @Test
    void noToken_401WithABearerChallenge_invalidToken_401_wrongRole_403() {
        HttpResponse<String> anonymous = service.get("/api/v1/requests/00000000-0000-0000-0000-000000000000");
        HttpResponse<String> forged = service.withAuthorization("Bearer eyJhbGciOiJub25lIn0.e30.")
                .postJson("/api/v1/requests", P01);
        HttpResponse<String> officer = service.as(new Actor.Officer("OFF-1", Department.of(Region.ALMATY_CITY)))
                .postJson("/api/v1/requests", P01);

        problem(anonymous, 401, "unauthorized");
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"medcert\"");
        problem(forged, 401, "invalid");
        assertThat(forged.headers().firstValue("WWW-Authenticate"))
                .hasValue("Bearer realm=\"medcert\", error=\"invalid_token\"");
        problem(officer, 403, "forbidden");
    }

    /**
     * An IIN typed where a request id, an attachment id or a certificate number belongs, or into a path no route has:
     * the problem names the path with the IIN masked as the logs mask it, and echoes the IIN nowhere.
     */
    @Test
    void anIinTypedIntoAPath_isMaskedInTheProblem() {
        String iin = "850412413718";
        String masked = "85041*******";
        String id = "0f8fad5b-d9cb-469f-a165-70867728950e";
        for (String path : new String[] {"/api/v1/requests/" + iin, "/api/v1/requests/" + iin + "/audit",
                "/api/v1/requests/" + id + "/attachments/" + iin, "/api/v1/certificates/" + iin + "/pdf",
                "/api/v1/public/certificates/" + iin, "/api/v1/persons/" + iin}) {
            HttpResponse<String> response = applicant.get(path);
            assertThat(response.statusCode()).as(path).isIn(400, 403, 404);
            assertThat(response.body()).as(path).doesNotContain(iin)
                    .contains("\"instance\":\"" + path.replace(iin, masked) + "\"");
        }
        HttpResponse<String> wrongMethod = applicant.send(HttpRequest.newBuilder(service.uri("/api/v1/requests/" + iin))
                .DELETE().build());
        problem(wrongMethod, 405, masked);
        assertThat(wrongMethod.body()).doesNotContain(iin);
    }

    private static void problem(HttpResponse<String> response, int status, String mentioned) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":" + status).contains(mentioned)
                .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("kz.medcert.");
    }
}
