package kz.medcert.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import kz.medcert.application.fakes.FakeSignatureVerifier;
import kz.medcert.application.testing.CertificateFixtures;
import kz.medcert.application.testing.RequestFixtures;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.certificate.IssuedCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The two lists over HTTP: the applicant's own requests ({@code GET /api/v1/requests}) and a holder's certificates
 * ({@code GET /api/v1/certificates}), with their access rules (no token 401, a role not admitted 403, another's 404)
 * and their documented examples shaped like real answers.
 */
class HolderListsEndpointsTest {
    private static final String CERTIFICATES = "/api/v1/certificates";
    private static final String GRADUATE_IIN = RequestFixtures.GRADUATE_IIN.value();
    private static final Actor.Officer ALMATY = new Actor.Officer("OFF-7", Department.of(Region.ALMATY_CITY));
    private static final Actor.Officer KARAGANDA = new Actor.Officer("OFF-9", Department.of(Region.KARAGANDA));
    private static final Actor.Applicant OTHER = new Actor.Applicant(RequestFixtures.PEDIATRICIAN_IIN);

    private final TestApi api = TestApi.start();
    private final Journeys journeys = new Journeys(api);

    HolderListsEndpointsTest() {
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

    /**
     * The graduate's certificate of 2021 in pediatrics (Almaty), registered after she submitted (so that her request
     * stays a first application), then the officer issues the new one, which confirms and replaces it.
     */
    private String confirmedByAnOfficer() {
        String id = submitted();
        api.journey().register.add(earlier());
        return Journeys.ok(api.as(ALMATY).postJson(Journeys.path(id) + "/decision/issue", ""), 200)
                .path("certificateNumber").asText();
    }

    private static IssuedCertificate earlier() {
        return CertificateFixtures.withHolder(CertificateFixtures.issued(CertificateFixtures.number(2021, 3),
                LocalDate.of(2021, 6, 1)), RequestFixtures.GRADUATE_IIN, RequestFixtures.graduate().name());
    }

    @Test
    void theApplicant_listsTheirRequests_newestFirst_withStatusSpecialtyRegistrationDayAndDueDate() {
        String started = journeys.readyToSign();
        api.journey().clock.advance(java.time.Duration.ofMinutes(10));
        String accepted = submitted();

        JsonNode page = Journeys.ok(api.get(Journeys.REQUESTS), 200);

        assertThat(page.path("total").asLong()).isEqualTo(2);
        assertThat(page.path("limit").asInt()).isEqualTo(20);
        JsonNode newest = page.path("requests").get(0);
        assertThat(newest.path("id").asText()).isEqualTo(accepted);
        assertThat(newest.path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(newest.path("specialty").path("code").asText()).isEqualTo("PEDIATRICS");
        assertThat(newest.path("registeredOn").asText()).isEqualTo("2026-11-20");
        assertThat(newest.path("decisionDue").asText()).isEqualTo("2026-11-27");
        JsonNode older = page.path("requests").get(1);
        assertThat(older.path("id").asText()).isEqualTo(started);
        assertThat(older.path("status").asText()).isEqualTo("AWAITING_DOCUMENTS");
        assertThat(older.path("registeredOn").isNull()).isTrue();
        assertThat(Journeys.ok(api.get(Journeys.REQUESTS + "?offset=1&limit=1"), 200).path("requests"))
                .singleElement().satisfies(r -> assertThat(r.path("id").asText()).isEqualTo(started));
        // nobody else's requests
        assertThat(Journeys.ok(api.as(OTHER).get(Journeys.REQUESTS), 200).path("requests")).isEmpty();
    }

    @Test
    void listingRequests_needsAnApplicantsToken_andAValidPage() {
        assertThat(api.anonymous().get(Journeys.REQUESTS).statusCode()).isEqualTo(401);
        assertProblem(api.as(ALMATY).get(Journeys.REQUESTS), 403);
        assertProblem(api.as(new Actor.Admin("ADM-1")).get(Journeys.REQUESTS), 403);
        assertThat(assertProblem(api.get(Journeys.REQUESTS + "?limit=0"), 400).toString()).contains("limit");
        assertThat(assertProblem(api.get(Journeys.REQUESTS + "?limit=101"), 400).toString()).contains("limit");
        assertThat(assertProblem(api.get(Journeys.REQUESTS + "?offset=x"), 400).toString()).contains("offset");
    }

    @Test
    void theHolder_listsTheirCertificates_andTheOneAConfirmationReplaced_saysSuperseded_R14_R75() {
        String issued = confirmedByAnOfficer();

        JsonNode listed = Journeys.ok(api.get(CERTIFICATES), 200);

        assertThat(listed.path("holder").asText()).isEqualTo(GRADUATE_IIN);
        assertThat(listed.path("checkedOn").asText()).isEqualTo("2026-11-20");
        assertThat(listed.path("certificates")).hasSize(2);
        JsonNode newest = listed.path("certificates").get(0);
        assertThat(newest.path("number").asText()).isEqualTo(issued);
        assertThat(newest.path("status").asText()).isEqualTo("VALID");
        assertThat(newest.path("confirms").asText()).isEqualTo(earlier().number().value());
        JsonNode replaced = listed.path("certificates").get(1);
        assertThat(replaced.path("status").asText()).isEqualTo("SUPERSEDED");
        assertThat(replaced.path("supersededBy").asText()).isEqualTo(issued);
        assertThat(replaced.path("supersededOn").asText()).isEqualTo("2026-11-20");
        assertThat(Journeys.ok(api.get(CERTIFICATES + "?holder=" + GRADUATE_IIN), 200)).isEqualTo(listed);
    }

    @Test
    void anOfficerOfTheDepartmentThatReceivesTheHoldersRequest_listsThem_anotherDepartmentGets404_R71() {
        confirmedByAnOfficer();

        assertThat(Journeys.ok(api.as(ALMATY).get(CERTIFICATES + "?holder=" + GRADUATE_IIN), 200)
                .path("certificates")).hasSize(2);
        assertThat(Journeys.ok(api.as(new Actor.Admin("ADM-1")).get(CERTIFICATES + "?holder=" + GRADUATE_IIN), 200)
                .path("certificates")).hasSize(2);
        JsonNode foreign = assertProblem(api.as(KARAGANDA).get(CERTIFICATES + "?holder=" + GRADUATE_IIN), 404);
        JsonNode unknown = assertProblem(api.as(KARAGANDA).get(CERTIFICATES + "?holder="
                + RequestFixtures.FOREIGN_IIN.value()), 404);
        assertThat(foreign.path("title")).isEqualTo(unknown.path("title"));
        assertThat(foreign.toString()).doesNotContain(GRADUATE_IIN);
        assertProblem(api.as(OTHER).get(CERTIFICATES + "?holder=" + GRADUATE_IIN), 404);
    }

    @Test
    void listingCertificates_needsAToken_andAnOfficerNamesAValidHolder() {
        assertThat(api.anonymous().get(CERTIFICATES).statusCode()).isEqualTo(401);
        assertThat(assertProblem(api.as(ALMATY).get(CERTIFICATES), 400).toString()).contains("holder");
        assertThat(assertProblem(api.as(ALMATY).get(CERTIFICATES + "?holder=123"), 400).toString())
                .contains("holder");
        assertThat(Journeys.ok(api.as(OTHER).get(CERTIFICATES), 200).path("certificates")).isEmpty();
    }

    @Test
    void theDocumentedExamples_haveTheFieldsOfRealAnswers() {
        confirmedByAnOfficer();
        JsonNode paths = TestApi.json(api.get("/openapi.json")).path("paths");

        assertThat(shape(example(paths, CERTIFICATES))).isNotEmpty()
                .isEqualTo(shape(Journeys.ok(api.get(CERTIFICATES), 200)));
        assertThat(shape(example(paths, Journeys.REQUESTS))).isNotEmpty()
                .isEqualTo(shape(Journeys.ok(api.get(Journeys.REQUESTS), 200)));
    }

    private static JsonNode example(JsonNode paths, String path) {
        return paths.path(path).path("get").path("responses").path("200").path("content").path("application/json")
                .path("example");
    }

    private static JsonNode assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        return TestApi.json(response);
    }

    private static Set<String> shape(JsonNode node) {
        Set<String> paths = new TreeSet<>();
        collect("", node, paths);
        return paths;
    }

    // every field name at every depth; the items of an array all count as one
    private static void collect(String prefix, JsonNode node, Set<String> paths) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                paths.add(prefix + "." + name);
                collect(prefix + "." + name, node.path(name), paths);
            });
        } else if (node.isArray()) {
            node.forEach(item -> collect(prefix + "[]", item, paths));
        }
    }
}
