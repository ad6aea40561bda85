package kz.medcert.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Uploads over the real wiring and database: a request stores at most so many copies (422) and bytes (413), counting
 * replaced copies; a new copy for the same item replaces the earlier one, which stays in the history; file names are
 * kept without control or bidirectional characters.
 */
class UploadLimitsEndToEndTest {
    private static RunningService service;

    @BeforeAll
    static void start() {
        service = RunningService.start(java.time.Clock.fixed(RunningService.DEMO_DAY, java.time.ZoneOffset.UTC),
                Map.of("MEDCERT_MAX_ATTACHMENTS_PER_REQUEST", "3", "MEDCERT_MAX_ATTACHMENT_BYTES_PER_REQUEST", "2000",
                        "MEDCERT_CONSENT_CODES_PER_PERSON_HOUR", "100"));
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void aNewCopyReplacesTheEarlier_andTheRequestTakesNoMoreThanItsFileLimit_422() {
        Journey journey = consented();

        HttpResponse<String> first = upload(journey, "pd\u202Egnp.pdf\u200F", pdf(100));
        HttpResponse<String> second = upload(journey, "pd.pdf", pdf(100));

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(Journey.json(first).path("attachment").path("fileName").asText()).isEqualTo("pdgnp.pdf");
        assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
        JsonNode answer = Journey.json(second);
        assertThat(answer.path("replaced").path("id").asText())
                .isEqualTo(Journey.json(first).path("attachment").path("id").asText());
        JsonNode view = journey.view();
        assertThat(view.path("attachments")).hasSize(1);
        assertThat(view.path("history").findValuesAsText("event")).contains("ATTACHED", "REPLACED");

        assertThat(upload(journey, "pd.pdf", pdf(100)).statusCode()).isEqualTo(201);
        HttpResponse<String> fourth = upload(journey, "pd.pdf", pdf(100));

        assertThat(fourth.statusCode()).as(fourth.body()).isEqualTo(422);
        assertThat(Journey.json(fourth).path("errors").get(0).path("field").asText()).isEqualTo("file");
    }

    @Test
    void aRequestTakesNoMoreBytesThanItsLimit_413() {
        Journey journey = consented();
        assertThat(upload(journey, "pd.pdf", pdf(1500)).statusCode()).isEqualTo(201);

        HttpResponse<String> over = upload(journey, "pd.pdf", pdf(600));

        assertThat(over.statusCode()).as(over.body()).isEqualTo(413);
        assertThat(Journey.json(over).path("type").asText()).endsWith("/content-too-large");
    }

    private static Journey consented() {
        Journey journey = new Journey(service, DemoApplications.P01_IIN);
        journey.start(DemoApplications.P01_ELIGIBLE);
        journey.consent();
        return journey;
    }

    private static HttpResponse<String> upload(Journey journey, String fileName, byte[] content) {
        Journey.Multipart body = new Journey.Multipart().field("document", "PROFESSIONAL_DEVELOPMENT")
                .file("file", fileName, "application/pdf", content);
        return service.asApplicant(journey.iin).send(HttpRequest.newBuilder(service.uri(journey.path("/attachments")))
                .header("Content-Type", body.contentType()).POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()))
                .build());
    }

    private static byte[] pdf(int size) {
        String head = "%PDF-1.4\n";
        return (head + "x".repeat(size - head.length())).getBytes(StandardCharsets.US_ASCII);
    }
}
