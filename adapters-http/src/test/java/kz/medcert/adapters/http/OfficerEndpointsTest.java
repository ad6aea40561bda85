package kz.medcert.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import kz.medcert.application.fakes.FakeSignatureVerifier;
import kz.medcert.application.testing.RequestFixtures;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.certificate.CertificateNumber;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The officer's queue and decision and the holder's PDF download over HTTP, with their access matrix: no token 401,
 * a role the operation does not admit 403, another department's request or another's certificate 404.
 */
class OfficerEndpointsTest {
    static final String QUEUE = "/api/v1/officer/queue";
    static final Actor.Officer ALMATY = new Actor.Officer("OFF-7", Department.of(Region.ALMATY_CITY));
    static final Actor.Officer ALMATY_COLLEAGUE = new Actor.Officer("OFF-8", Department.of(Region.ALMATY_CITY));
    static final Actor.Officer KARAGANDA = new Actor.Officer("OFF-9", Department.of(Region.KARAGANDA));
    static final Actor.Admin ADMIN = new Actor.Admin("ADM-1");
    static final Actor.Applicant OTHER_APPLICANT = new Actor.Applicant(RequestFixtures.PEDIATRICIAN_IIN);

    private final TestApi api = TestApi.start();
    private final Journeys journeys = new Journeys(api);

    OfficerEndpointsTest() {
        api.journey().setTime(RequestFixtures.FRIDAY_MORNING);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private String submitted() {
        String id = journeys.readyToSign();
        Journeys.ok(journeys.submit(id, FakeSignatureVerifier.signatureOver(
                journeys.get(id).path("contentDigest").asText())), 200);
        return id;
    }

    private static String issuePath(String id) {
        return Journeys.path(id) + "/decision/issue";
    }

    private static String pdfPath(String number) {
        return "/api/v1/certificates/" + number + "/pdf";
    }

    @Test
    void queue_showsTheDepartmentsAcceptedRequest_withItsDeadline_R73_R78() {
        String id = submitted();

        JsonNode page = Journeys.ok(api.as(ALMATY).get(QUEUE), 200);
        JsonNode queue = page.path("entries");

        assertThat(queue).hasSize(1);
        assertThat(List.of(page.path("total").asLong(), page.path("overdue").asLong(), page.path("offset").asLong(),
                page.path("limit").asLong())).containsExactly(1L, 0L, 0L, 50L);
        assertThat(queue.get(0).path("id").asText()).isEqualTo(id);
        assertThat(queue.get(0).path("decisionDue").asText()).isNotBlank();
        assertThat(queue.get(0).path("workingDaysLeft").isInt()).isTrue();
        assertThat(queue.get(0).path("overdue").asBoolean()).isFalse();
        assertThat(Journeys.ok(api.as(ADMIN).get(QUEUE), 200).path("entries")).hasSize(1);
        assertThat(Journeys.ok(api.as(KARAGANDA).get(QUEUE), 200).path("entries")).isEmpty();
        assertThat(Journeys.ok(api.as(ALMATY).get(QUEUE + "?offset=1&limit=10"), 200).path("entries")).isEmpty();
    }

    @Test
    void queue_pageOutOfBounds_is400_namingTheParameter() {
        for (String query : List.of("limit=0", "limit=501", "limit=ten", "offset=-1", "offset=")) {
            HttpResponse<String> answer = api.as(ALMATY).get(QUEUE + "?" + query);
            assertThat(answer.statusCode()).as(query).isEqualTo(400);
            assertThat(answer.body()).contains(query.substring(0, query.indexOf('=')));
        }
    }

    @Test
    void queue_accessMatrix() {
        assertThat(api.anonymous().get(QUEUE).statusCode()).isEqualTo(401);
        assertThat(api.get(QUEUE).statusCode()).isEqualTo(403);
    }

    @Test
    void issue_byTheDepartmentsOfficer_answersTheNumberAndTheIssuedRequest_thenASecondDecisionIs409_R74() {
        String id = submitted();

        JsonNode issued = Journeys.ok(api.as(ALMATY).post(issuePath(id)), 200);

        assertThat(issued.path("certificateNumber").asText()).startsWith("MC-");
        assertThat(issued.path("request").path("status").asText()).isEqualTo("ISSUED");
        assertThat(api.journey().register.find(new CertificateNumber(
                issued.path("certificateNumber").asText()))).isPresent();
        HttpResponse<String> second = api.as(ALMATY_COLLEAGUE).post(issuePath(id));
        assertThat(second.statusCode()).as(second.body()).isEqualTo(409);
        assertThat(Journeys.ok(api.as(ALMATY).get(QUEUE), 200).path("entries")).isEmpty();
    }

    @Test
    void issue_accessMatrix_R71() {
        String id = submitted();

        assertThat(api.anonymous().post(issuePath(id)).statusCode()).isEqualTo(401);
        assertThat(api.post(issuePath(id)).statusCode()).isEqualTo(403);
        assertThat(api.as(ADMIN).post(issuePath(id)).statusCode()).isEqualTo(403);
        assertThat(api.as(KARAGANDA).post(issuePath(id)).statusCode()).isEqualTo(404);
        assertThat(api.as(ALMATY).post(issuePath(Journeys.NOBODY)).statusCode()).isEqualTo(404);
        assertThat(api.journey().register.heldBy(RequestFixtures.GRADUATE_IIN)).isEmpty();
    }

    @Test
    void pdf_forTheHolder_isTheBilingualCertificate_andOthersGet404_R75() throws IOException {
        String id = submitted();
        String number = Journeys.ok(api.as(ALMATY).post(issuePath(id)), 200).path("certificateNumber").asText();

        HttpResponse<byte[]> pdf = bytes(api, pdfPath(number));

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/pdf"));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(number).contains("https://medcert.test/verify/" + number);
        }
        assertThat(api.anonymous().get(pdfPath(number)).statusCode()).isEqualTo(401);
        assertThat(api.as(ALMATY).get(pdfPath(number)).statusCode()).isEqualTo(403);
        assertThat(api.as(OTHER_APPLICANT).get(pdfPath(number)).statusCode()).isEqualTo(404);
        assertThat(api.get(pdfPath("MC-2026-00099999-1")).statusCode()).isIn(400, 404);
        assertThat(api.get(pdfPath("not-a-number")).statusCode()).isEqualTo(400);
    }

    private static HttpResponse<byte[]> bytes(TestApi client, String path) {
        HttpResponse<String> probe = client.get(path);
        assertThat(probe.statusCode()).as(probe.body()).isEqualTo(200);
        // the string body is lossy for binary content: fetch the bytes with the same authorization
        return client.sendBytes(HttpRequest.newBuilder(client.uri(path)).GET());
    }
}
