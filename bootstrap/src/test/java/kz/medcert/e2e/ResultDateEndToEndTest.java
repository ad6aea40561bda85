package kz.medcert.e2e;

import static kz.medcert.e2e.DemoApplications.P01_ELIGIBLE;
import static kz.medcert.e2e.DemoApplications.P01_IIN;
import static kz.medcert.e2e.DemoApplications.P02_IIN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dates of a result (R78; Appendices 2 and 6, row 7(2)): after working hours "the application is accepted and the
 * result is issued on the next working day". Over the real wiring with a clock the test moves: on Friday 20 November
 * 2026 after 18:30 in Almaty an application is registered on Monday 23 November, and a certificate issued that evening,
 * by an officer or automatically, is dated Monday; public verification answers NOT_YET_VALID until then.
 */
class ResultDateEndToEndTest {
    /** Friday 20 November 2026, 18:31 in Almaty (UTC+5): after hours. */
    private static final Instant FRIDAY_18_31 = Instant.parse("2026-11-20T13:31:00Z");
    private static final Instant FRIDAY_18_40 = Instant.parse("2026-11-20T13:40:00Z");
    private static final Instant MONDAY_09_00 = Instant.parse("2026-11-23T04:00:00Z");
    private static final Actor.Officer ASTANA = new Actor.Officer("OFF-3", Department.of(Region.ASTANA));
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-20T13:00:00Z"));
    private RunningService service;

    @BeforeEach
    void start() {
        service = RunningService.start(clock, Map.of());
    }

    @AfterEach
    void stop() {
        service.close();
    }

    @Test
    void anOfficerDecidingAt1840_onAnApplicationSubmittedAt1831_datesTheCertificateTheNextWorkingDay_R78() {
        Journey journey = new Journey(service, P02_IIN);
        journey.start("""
                {"applicant": {"iin": "990203317687", "surname": "Сейтқали", "givenName": "Нұрлан",
                               "patronymic": "Ерланұлы", "region": "ASTANA"},
                 "form": {"category": "DOMESTIC", "declaredSpecialty": "THERAPY"}}
                """);
        journey.consent();
        clock.set(FRIDAY_18_31);
        JsonNode accepted = Journey.json(journey.submit());
        assertThat(accepted.path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.at("/submission/registeredOn").asText()).isEqualTo("2026-11-23");

        clock.set(FRIDAY_18_40);
        HttpResponse<String> issued = service.as(ASTANA).postJson(journey.path("/decision/issue"), "");

        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
        JsonNode decision = Journey.json(issued).at("/request/decision");
        assertThat(decision.path("issuedOn").asText()).isEqualTo("2026-11-23");
        String number = decision.path("certificateNumber").asText();
        JsonNode friday = Journey.json(service.get("/api/v1/public/certificates/" + number));
        assertThat(friday.path("status").asText()).isEqualTo("NOT_YET_VALID");
        assertThat(friday.path("issuedOn").asText()).isEqualTo("2026-11-23");
        assertThat(friday.path("validUntil").asText()).isEqualTo("2031-11-23");
        assertThat(service.get("/verify/" + number).body()).contains("data-status=\"NOT_YET_VALID\"",
                "Әлі күшіне енбеген", "Ещё не вступил в силу");
        // the applicant sees the same dates in her lists
        JsonNode request = Journey.json(service.asApplicant(P02_IIN).get("/api/v1/requests")).path("requests").get(0);
        assertThat(request.path("registeredOn").asText()).isEqualTo("2026-11-23");
        assertThat(request.path("issuedOn").asText()).isEqualTo("2026-11-23");
        assertThat(Journey.json(service.asApplicant(P02_IIN).get("/api/v1/certificates")).at("/certificates/0/status")
                .asText()).isEqualTo("NOT_YET_VALID");

        clock.set(MONDAY_09_00);
        assertThat(Journey.json(service.get("/api/v1/public/certificates/" + number)).path("status").asText())
                .isEqualTo("VALID");
    }

    @Test
    void anAutomaticConfirmationAfterHours_isDatedTheNextWorkingDay_andReplacesTheOldCertificateFromThen_R14_R78() {
        Journey journey = new Journey(service, P01_IIN);
        journey.start(P01_ELIGIBLE);
        journey.consent();
        journey.uploadMissing();
        clock.set(FRIDAY_18_31);

        JsonNode confirmed = Journey.json(journey.submit());

        assertThat(confirmed.path("status").asText()).isEqualTo("ISSUED");
        assertThat(confirmed.at("/decision/issuedOn").asText()).isEqualTo("2026-11-23");
        String number = confirmed.at("/decision/certificateNumber").asText();
        assertThat(status(number)).isEqualTo("NOT_YET_VALID");
        // until Monday the confirmed certificate is still the current one
        assertThat(status("MC-2022-00000001-4")).isEqualTo("VALID");

        clock.set(MONDAY_09_00);
        assertThat(status(number)).isEqualTo("VALID");
        JsonNode old = Journey.json(service.get("/api/v1/public/certificates/MC-2022-00000001-4"));
        assertThat(old.path("status").asText()).isEqualTo("SUPERSEDED");
        assertThat(old.path("supersededBy").asText()).isEqualTo(number);
        assertThat(old.path("supersededOn").asText()).isEqualTo("2026-11-23");
    }

    private String status(String number) {
        return Journey.json(service.get("/api/v1/public/certificates/" + number)).path("status").asText();
    }
}
