package kz.medcert.e2e;

import static kz.medcert.e2e.DemoApplications.P01_ELIGIBLE;
import static kz.medcert.e2e.DemoApplications.P01_IIN;
import static kz.medcert.e2e.DemoApplications.P01_SHORT_OF_PD;
import static kz.medcert.e2e.DemoApplications.P02_IIN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import kz.medcert.application.port.out.AuditTrail;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.request.RequestId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One current certificate per specialty (R14, R75, R79) and the two lists, over the real wiring on the demo day
 * (Friday 20 November 2026, 10:00 in Almaty): P01 confirms her 2022 pediatrics certificate (demo number
 * MC-2022-00000001-4) and the service confirms it automatically; the old certificate is then SUPERSEDED in public
 * verification, naming the new one, and both stay in the register. P01 lists her certificates and her requests; an
 * officer of Almaty (where her requests go, R71) lists hers, Astana's officer cannot.
 */
class CertificateListsEndToEndTest {
    private static final String DEMO_PEDIATRICS = "MC-2022-00000001-4";
    private static final Actor.Officer ALMATY = new Actor.Officer("OFF-1", Department.of(Region.ALMATY_CITY));
    private static final Actor.Officer ASTANA = new Actor.Officer("OFF-7", Department.of(Region.ASTANA));
    private static RunningService service;
    private static String refusedId;
    private static String confirmedId;
    private static String newNumber;

    @BeforeAll
    static void start() {
        MovableClock clock = new MovableClock(RunningService.DEMO_DAY);
        service = RunningService.start(clock, Map.of());
        Journey shortOfPd = new Journey(service, P01_IIN);
        shortOfPd.start(P01_SHORT_OF_PD);
        shortOfPd.consent();
        shortOfPd.uploadMissing();
        assertThat(Journey.json(shortOfPd.submit()).path("status").asText()).isEqualTo("ACCEPTED");
        refusedId = shortOfPd.id;
        clock.set(RunningService.DEMO_DAY.plusSeconds(600)); // ten minutes later: the newer request

        Journey confirmation = new Journey(service, P01_IIN);
        confirmation.start(P01_ELIGIBLE);
        confirmation.consent();
        confirmation.uploadMissing();
        JsonNode issued = Journey.json(confirmation.submit());
        assertThat(issued.path("status").asText()).isEqualTo("ISSUED");
        confirmedId = confirmation.id;
        newNumber = issued.at("/decision/certificateNumber").asText();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void theConfirmedCertificate_isSupersededInPublicVerification_andNamesItsReplacement_R14_R75_R79() {
        JsonNode old = Journey.json(service.get("/api/v1/public/certificates/" + DEMO_PEDIATRICS));
        JsonNode replacement = Journey.json(service.get("/api/v1/public/certificates/" + newNumber));

        assertThat(old.path("status").asText()).isEqualTo("SUPERSEDED");
        assertThat(old.path("supersededBy").asText()).isEqualTo(newNumber);
        assertThat(old.path("supersededOn").asText()).isEqualTo("2026-11-20");
        assertThat(old.path("validUntil").asText()).as("the register keeps it as it was").isEqualTo("2027-03-01");
        assertThat(replacement.path("status").asText()).isEqualTo("VALID");
        assertThat(replacement.path("confirms").asText()).isEqualTo(DEMO_PEDIATRICS);
        assertThat(replacement.path("supersededBy").isNull()).isTrue();
        String page = service.get("/verify/" + DEMO_PEDIATRICS).body();
        assertThat(page).contains("data-status=\"SUPERSEDED\"", "Заменён новым сертификатом",
                "Жаңа сертификатпен ауыстырылған", "href=\"/verify/" + newNumber + "\"").doesNotContain(P01_IIN);
    }

    @Test
    void theReplacementIsAudited_asAStepOfTheAutomaticConfirmation_inTheOneHashChain() {
        AuditTrail audit = service.instance(AuditTrail.class);
        RequestId subject = new RequestId(UUID.nameUUIDFromBytes(("certificate:" + DEMO_PEDIATRICS)
                .getBytes(StandardCharsets.UTF_8)));

        assertThat(audit.trailOf(subject)).singleElement().satisfies(entry -> {
            assertThat(entry.event()).isEqualTo("CERTIFICATE_SUPERSEDED");
            assertThat(entry.actor()).isEqualTo("SYSTEM automatic-confirmation");
            assertThat(entry.detail()).contains(DEMO_PEDIATRICS, newNumber, "2026-11-20");
        });
        assertThat(audit.verifyAll().isIntact()).isTrue();
    }

    @Test
    void theHolder_listsHerCertificates_theNewOneFirst_andTheReplacedOneStillThere() {
        HttpResponse<String> answer = service.asApplicant(P01_IIN).get("/api/v1/certificates");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode listed = Journey.json(answer);
        assertThat(listed.path("holder").asText()).isEqualTo(P01_IIN);
        assertThat(listed.path("certificates").findValuesAsText("number")).containsExactly(newNumber,
                DEMO_PEDIATRICS);
        assertThat(listed.path("certificates").findValuesAsText("status")).containsExactly("VALID", "SUPERSEDED");
        assertThat(listed.path("certificates").get(1).path("supersededBy").asText()).isEqualTo(newNumber);
        // P02 holds none: an empty list; P01's are not hers to see
        assertThat(Journey.json(service.asApplicant(P02_IIN).get("/api/v1/certificates")).path("certificates"))
                .isEmpty();
        assertThat(service.asApplicant(P02_IIN).get("/api/v1/certificates?holder=" + P01_IIN).statusCode())
                .isEqualTo(404);
    }

    @Test
    void anOfficerOfTheDepartmentOfHerRequests_listsHerCertificates_anotherDepartmentGets404_R71() {
        HttpResponse<String> almaty = service.as(ALMATY).get("/api/v1/certificates?holder=" + P01_IIN);
        HttpResponse<String> astana = service.as(ASTANA).get("/api/v1/certificates?holder=" + P01_IIN);
        HttpResponse<String> nobody = service.as(ASTANA).get("/api/v1/certificates?holder=870303481208");

        assertThat(almaty.statusCode()).as(almaty.body()).isEqualTo(200);
        assertThat(Journey.json(almaty).path("certificates").findValuesAsText("number"))
                .containsExactly(newNumber, DEMO_PEDIATRICS);
        assertThat(astana.statusCode()).as(astana.body()).isEqualTo(404);
        assertThat(astana.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(astana.body()).doesNotContain(P01_IIN, "Абенова");
        assertThat(Journey.json(astana).path("title")).isEqualTo(Journey.json(nobody).path("title"));
        assertThat(service.as(ALMATY).get("/api/v1/certificates").statusCode()).isEqualTo(400);
        assertThat(service.get("/api/v1/certificates?holder=" + P01_IIN).statusCode()).isEqualTo(401);
        assertThat(service.as(new Actor.Admin("ADM-1")).get("/api/v1/certificates?holder=" + P01_IIN).statusCode())
                .isEqualTo(200);
    }

    @Test
    void theApplicant_listsHerRequests_newestFirst_andAnOfficerHasTheQueueInstead() {
        HttpResponse<String> answer = service.asApplicant(P01_IIN).get("/api/v1/requests");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode page = Journey.json(answer);
        assertThat(page.path("total").asLong()).isEqualTo(2);
        JsonNode newest = page.path("requests").get(0);
        assertThat(newest.path("id").asText()).isEqualTo(confirmedId);
        assertThat(newest.path("status").asText()).isEqualTo("ISSUED");
        assertThat(newest.path("specialty").path("code").asText()).isEqualTo("PEDIATRICS");
        assertThat(newest.path("registeredOn").asText()).isEqualTo("2026-11-20");
        assertThat(newest.path("decisionDue").asText()).isEqualTo("2026-11-27");
        assertThat(newest.path("certificateNumber").asText()).isEqualTo(newNumber);
        JsonNode older = page.path("requests").get(1);
        assertThat(older.path("id").asText()).isEqualTo(refusedId);
        assertThat(older.path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(Journey.json(service.asApplicant(P02_IIN).get("/api/v1/requests")).path("total").asLong())
                .isZero();
        assertThat(service.as(ALMATY).get("/api/v1/requests").statusCode()).isEqualTo(403);
        assertThat(service.get("/api/v1/requests").statusCode()).isEqualTo(401);
        assertThat(service.asApplicant(P01_IIN).get("/api/v1/requests?limit=1000").statusCode()).isEqualTo(400);
    }
}
