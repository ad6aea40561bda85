package kz.medcert.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The applicant's journey over the real wiring (Guice, Javalin, JDBI on HSQLDB files, stub registries with the demo
 * persons), from start to ACCEPTED, for the three kinds of applicant. The clock stands at Friday 2026-11-20 10:00 in
 * Almaty, the demo scenarios' application date.
 */
class ApplicantJourneyEndToEndTest {
    private static RunningService service;

    @BeforeAll
    static void start() {
        service = RunningService.onDemoDay();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void domesticConfirmation_P01_pediatricianWithValidCertificate_isConfirmedAutomatically_R06_R14_R32_R73_R74_R78() {
        Journey journey = new Journey(service, "850412413718");
        journey.start(DemoApplications.P01_ELIGIBLE);

        JsonNode consented = journey.consent();
        assertThat(consented.get("status").asText()).isEqualTo("AWAITING_DOCUMENTS");
        assertThat(consented.get("registries").findValuesAsText("status")).containsOnly("FETCHED");
        JsonNode ready = journey.uploadMissing();
        assertThat(ready.get("missingUploads")).isEmpty();
        HttpResponse<String> submitted = journey.submit();

        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        JsonNode accepted = Journey.json(submitted);
        // the registry holds the certificate with the declared data and the rules find P01 eligible (R14, R74)
        assertThat(accepted.get("status").asText()).isEqualTo("ISSUED");
        assertThat(accepted.at("/decision/kind").asText()).isEqualTo("ISSUED");
        assertThat(accepted.at("/decision/automatic").asBoolean()).isTrue();
        assertThat(accepted.at("/decision/issuedOn").asText()).isEqualTo("2026-11-20");
        String number = accepted.at("/decision/certificateNumber").asText();
        JsonNode verified = Journey.json(service.get("/api/v1/public/certificates/" + number));
        assertThat(verified.get("status").asText()).isEqualTo("VALID");
        assertThat(verified.toString()).doesNotContain("850412413718");
        assertThat(accepted.at("/submission/registeredOn").asText()).isEqualTo("2026-11-20");
        assertThat(accepted.at("/submission/decisionDue").asText()).isEqualTo("2026-11-27");
        assertThat(accepted.at("/evaluation/route").asText()).isEqualTo("CONFIRMATION");
        assertThat(accepted.at("/evaluation/outcome/result").asText()).isEqualTo("ELIGIBLE");
        assertThat(journey.view().get("history").findValuesAsText("event")).contains("STARTED", "CONSENT_GIVEN",
                "FETCHED", "ATTACHED", "ACCEPTED", "CONFIRMED_AUTOMATICALLY");
    }

    @Test
    void domesticFirstTime_P02_graduateWithEverythingInTheRegistries_R04_R21_R27_R30() {
        Journey journey = new Journey(service, "990203317687");
        journey.start("""
                {"applicant": {"iin": "990203317687", "surname": "Сейтқали", "givenName": "Нұрлан",
                               "patronymic": "Ерланұлы", "region": "ASTANA"},
                 "form": {"category": "DOMESTIC", "declaredSpecialty": "THERAPY"}}
                """);

        journey.consent();
        JsonNode view = journey.view();
        assertThat(view.get("missingUploads")).as("everything came from the registries (R21)").isEmpty();
        HttpResponse<String> submitted = journey.submit();

        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        JsonNode accepted = Journey.json(submitted);
        assertThat(accepted.at("/evaluation/route").asText()).isEqualTo("FIRST_TIME");
        assertThat(accepted.at("/evaluation/outcome/result").asText()).isEqualTo("ELIGIBLE");
        assertThat(accepted.at("/submission/decisionDue").asText()).isEqualTo("2026-11-27");
    }

    @Test
    void foreignFirstTime_P19_uzbekTherapistWithLabourPermit_R08_R20_R48_R53() {
        Journey journey = new Journey(service, "920505385175");
        journey.start(DemoApplications.P19_FOREIGN);

        journey.consent();
        JsonNode before = journey.view();
        assertThat(before.get("missingUploads").findValuesAsText("document"))
                .contains("RECOGNITION", "LABOUR_PERMIT", "EMPLOYMENT_RECORD", "NOTARIZED_TRANSLATION");
        HttpResponse<String> early = journey.submit();
        assertThat(early.statusCode()).isEqualTo(422);
        assertThat(early.body()).contains("LABOUR_PERMIT");

        journey.uploadMissing();
        HttpResponse<String> submitted = journey.submit();

        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        JsonNode accepted = Journey.json(submitted);
        assertThat(accepted.at("/evaluation/route").asText()).isEqualTo("FOREIGN_FIRST_TIME");
        assertThat(accepted.at("/evaluation/outcome/result").asText()).isEqualTo("ELIGIBLE");
    }

    @Test
    void declinedConsent_P10_isAcceptedAndCarriesGround6_R90() {
        Journey journey = new Journey(service, "810606449449");
        journey.start("""
                {"applicant": {"iin": "810606449449", "surname": "Бекова", "givenName": "Салтанат",
                               "region": "KOSTANAY"},
                 "form": {"category": "DOMESTIC", "declaredSpecialty": "PEDIATRICS"}}
                """);

        HttpResponse<String> declined = service.asApplicant(journey.iin).postJson(journey.path("/consent/refusal"),
                "");

        assertThat(declined.statusCode()).isEqualTo(200);
        JsonNode view = Journey.json(declined);
        assertThat(view.at("/evaluation/outcome/grounds").findValuesAsText("")).isEmpty();
        assertThat(view.at("/evaluation/outcome/grounds").toString()).contains("GROUND_6_NO_CONSENT");
        assertThat(view.get("registries")).isEmpty();
    }
}
