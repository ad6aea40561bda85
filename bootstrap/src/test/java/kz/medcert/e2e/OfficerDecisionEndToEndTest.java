package kz.medcert.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.person.Iin;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * From submission to the certificate in the holder's hands over the real wiring: P01 submits, an officer of the Almaty
 * city department finds the request in the queue and issues the certificate, P01 downloads the PDF, and the public
 * verification shows the certificate VALID (R73, R74, R75, R79).
 */
class OfficerDecisionEndToEndTest {
    private static final String P01 = "850412413718";
    private static RunningService service;

    @BeforeAll
    static void start() {
        service = RunningService.start(Clock.fixed(Instant.parse("2026-11-20T05:00:00Z"), ZoneOffset.UTC),
                // with automatic confirmation off, P01's matching confirmation goes to an officer (R14, R74)
                Map.of("MEDCERT_PUBLIC_BASE_URL", "https://medcert.example", "MEDCERT_AUTO_CONFIRMATION", "false"));
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void p01Submits_anAlmatyOfficerIssues_andP01DownloadsTheValidCertificate_R74_R75() throws Exception {
        Journey journey = new Journey(service, P01);
        journey.start(DemoApplications.P01_ELIGIBLE);
        journey.consent();
        journey.uploadMissing();
        HttpResponse<String> submitted = journey.submit();
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);

        RunningService officer = service.as(new Actor.Officer("OFF-1", Department.of(Region.ALMATY_CITY)));
        HttpResponse<String> queue = officer.get("/api/v1/officer/queue");
        assertThat(queue.statusCode()).as(queue.body()).isEqualTo(200);
        assertThat(Journey.json(queue).findValuesAsText("id")).contains(journey.id);

        HttpResponse<String> issued = officer.postJson("/api/v1/requests/" + journey.id + "/decision/issue", "");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
        JsonNode decision = Journey.json(issued);
        String number = decision.get("certificateNumber").asText();
        assertThat(decision.at("/request/status").asText()).isEqualTo("ISSUED");
        assertThat(Journey.json(officer.get("/api/v1/officer/queue")).findValuesAsText("id"))
                .doesNotContain(journey.id);

        HttpRequest download = HttpRequest.newBuilder(service.uri("/api/v1/certificates/" + number + "/pdf"))
                .header("Authorization", "Bearer " + service.tokens().mint(new Actor.Applicant(Iin.parse(P01))))
                .GET().build();
        HttpResponse<byte[]> pdf = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                .send(download, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(number).contains("https://medcert.example/verify/" + number);
        }

        HttpResponse<String> verified = service.get("/api/v1/public/certificates/" + number);
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(200);
        assertThat(Journey.json(verified).get("status").asText()).isEqualTo("VALID");
    }
}
