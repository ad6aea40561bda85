package kz.medcert.adapters.http;

import static kz.medcert.adapters.http.Journeys.ok;
import static kz.medcert.adapters.http.Journeys.path;
import static kz.medcert.adapters.http.Problems.assertProblem;
import static kz.medcert.adapters.http.Problems.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import kz.medcert.application.fakes.FakeSignatureVerifier;
import kz.medcert.application.testing.RequestFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code POST /api/v1/requests/{id}/attachments}: multipart parts checked at the edge, copies checked by R19. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttachmentUploadTest {
    private final TestApi api = TestApi.start();
    private final Journeys journeys = new Journeys(api);
    private final String id;

    AttachmentUploadTest() {
        api.journey().setTime(RequestFixtures.FRIDAY_MORNING);
        id = journeys.awaitingDocuments();
    }

    @AfterAll
    void stop() {
        api.close();
    }

    private HttpResponse<String> upload(Multipart body) {
        return api.postMultipart(path(id) + "/attachments", body);
    }

    @Test
    void keepsAPdfWithItsDigest_201_R19() {
        byte[] pdf = RequestFixtures.pdf("diploma of 2025, Сәрсенова");

        JsonNode body = ok(upload(new Multipart().file("file", "диплом.pdf", "application/pdf", pdf)
                .field("document", "DIPLOMA").field("foreignLanguage", "false")), 201);

        JsonNode attachment = body.path("attachment");
        assertThat(attachment.path("id").asText()).matches("[0-9a-f-]{36}");
        assertThat(attachment.path("document").asText()).isEqualTo("DIPLOMA");
        assertThat(attachment.path("fileName").asText()).isEqualTo("диплом.pdf");
        assertThat(attachment.path("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(attachment.path("size").asLong()).isEqualTo(pdf.length);
        assertThat(attachment.path("sha256").asText()).isEqualTo(FakeSignatureVerifier.sha256(pdf));
        assertThat(attachment.path("foreignLanguage").asBoolean()).isFalse();
        assertThat(body.path("request").path("attachments").findValuesAsText("id"))
                .contains(attachment.path("id").asText());
    }

    @Test
    void refusesTextDeclaredAsPdf_422NamingFile_R19() {
        JsonNode problem = assertProblem(upload(new Multipart()
                .file("file", "diploma.pdf", "application/pdf", RequestFixtures.text("not a pdf at all"))
                .field("document", "DIPLOMA")), 422, "business-rule-violation");

        assertThat(fields(problem)).containsExactly("file");
        assertThat(problem.path("errors").get(0).path("message").asText()).contains("PDF, JPEG and PNG");
    }

    @Test
    void tooLargeByDeclaredLength_413() {
        byte[] big = new byte[(int) HttpSettings.DEFAULT_MAX_UPLOAD_BYTES + 1];
        System.arraycopy(RequestFixtures.pdf("x"), 0, big, 0, 10);

        assertProblem(upload(new Multipart().file("file", "big.pdf", "application/pdf", big)
                .field("document", "DIPLOMA")), 413, "content-too-large");
    }

    @Test
    void tooLargeWhileStreamed_413() {
        byte[] big = new byte[300 * 1024];
        Arrays.fill(big, (byte) 'a');
        try (TestApi small = TestApi.start(b -> b.settings(new HttpSettings(64 * 1024, 100 * 1024)))) {
            small.journey().setTime(RequestFixtures.FRIDAY_MORNING);
            String other = new Journeys(small).started();
            Multipart body = new Multipart().file("file", "big.pdf", "application/pdf", big)
                    .field("document", "DIPLOMA");

            HttpResponse<String> response = small.send(HttpRequest.newBuilder(small.uri(path(other) + "/attachments"))
                    .header("Content-Type", body.contentType())
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body.bytes()))));

            assertProblem(response, 413, "content-too-large");
        }
    }

    @Test
    void refusesADeclaredTypeOtherThanTheContent_422NamingFileContentType_R19() {
        JsonNode problem = assertProblem(upload(new Multipart()
                .file("file", "diploma.pdf", "application/pdf", RequestFixtures.png()).field("document", "DIPLOMA")),
                422, "business-rule-violation");

        assertThat(fields(problem)).containsExactly("file.contentType");
        assertThat(problem.path("detail").asText()).contains("image/png");
    }

    @Test
    void refusesATranslationThatNamesNoDocument_422NamingTranslates_R20() {
        JsonNode problem = assertProblem(upload(new Multipart()
                .file("file", "translation.jpg", "image/jpeg", RequestFixtures.jpeg())
                .field("document", "NOTARIZED_TRANSLATION")), 422, "business-rule-violation");

        assertThat(fields(problem)).containsExactly("translates");
    }

    @Test
    void missingFilePart_400NamingIt() {
        JsonNode problem = assertProblem(upload(new Multipart().field("document", "DIPLOMA")), 400,
                "invalid-request");

        assertThat(fields(problem)).containsExactly("file");
    }

    @Test
    void missingEveryRequiredPart_400NamingEach() {
        JsonNode problem = assertProblem(upload(new Multipart().field("subject", "HIGHER PEDIATRICS 2025-06-30")),
                400, "invalid-request");

        assertThat(fields(problem)).containsExactlyInAnyOrder("file", "document");
    }

    @Test
    void malformedParts_400NamingEach() {
        JsonNode problem = assertProblem(upload(new Multipart().field("file", "not a file")
                .field("document", "PASSPORT").field("foreignLanguage", "yes").field("translates", "DIPLOMA")
                .field("translates", "RESIDENCY").field("comment", "hello")), 400, "invalid-request");

        assertThat(fields(problem)).containsExactlyInAnyOrder("comment", "file", "document", "foreignLanguage",
                "translates");
    }

    @Test
    void fileWithoutContentType_400NamingFile() {
        JsonNode problem = assertProblem(upload(new Multipart()
                .file("file", "diploma.pdf", null, RequestFixtures.pdf("diploma")).field("document", "DIPLOMA")),
                400, "invalid-request");

        assertThat(fields(problem)).containsExactly("file");
    }

    @Test
    void notMultipart_415() {
        assertProblem(api.postJson(path(id) + "/attachments", "{\"document\":\"DIPLOMA\"}"), 415,
                "unsupported-media-type");
    }

    @Test
    void malformedCharsetParameter_400NotA500() {
        // found by EndpointFuzzTest: the servlet API's content type threw IllegalCharsetNameException
        Multipart body = Journeys.diploma();
        HttpResponse<String> response = api.send(HttpRequest.newBuilder(api.uri(path(id) + "/attachments"))
                .header("Content-Type", body.contentType() + "; charset=\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())));

        assertProblem(response, 400, "invalid-request");
    }

    @Test
    void malformedMultipart_400() {
        assertProblem(api.post(path(id) + "/attachments", "multipart/form-data; boundary=XYZ", "no parts here"),
                400, "bad-request");
    }

    @Test
    void unknownRequest_404() {
        assertProblem(api.postMultipart(path(Journeys.NOBODY) + "/attachments", Journeys.diploma()), 404,
                "not-found");
    }

    @Test
    void malformedRequestId_400NamingId() {
        JsonNode problem = assertProblem(api.postMultipart(path("42") + "/attachments", Journeys.diploma()), 400,
                "invalid-request");

        assertThat(fields(problem)).containsExactly("id");
    }
}
