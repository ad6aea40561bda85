package kz.medcert.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Object-level access over the real wiring and the database: demo person P02's request (Astana) is hers to change, an
 * Astana officer's and an administrator's to read, and not there at all for anyone else.
 */
class AccessEndToEndTest {
    private static final String P02 = "990203317687";
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
    void onlyTheApplicant_anOfficerOfHerDepartment_andAnAdministratorSeeTheRequest_R71() {
        Journey journey = new Journey(service, P02);
        journey.start("""
                {"applicant": {"iin": "990203317687", "surname": "Сейтқали", "givenName": "Нұрлан",
                               "region": "ASTANA"},
                 "form": {"category": "DOMESTIC", "declaredSpecialty": "THERAPY"}}
                """);

        HttpResponse<String> astana = service.as(new Actor.Officer("OFF-3", Department.of(Region.ASTANA)))
                .get(journey.path(""));
        HttpResponse<String> almaty = service.as(new Actor.Officer("OFF-4", Department.of(Region.ALMATY_CITY)))
                .get(journey.path(""));
        HttpResponse<String> admin = service.as(new Actor.Admin("ADM-1")).get(journey.path(""));
        HttpResponse<String> other = service.asApplicant("850412413718").get(journey.path(""));
        HttpResponse<String> otherConsent = service.asApplicant("850412413718").postJson(journey.path("/consent"), "");
        HttpResponse<String> anonymous = service.get(journey.path(""));

        assertThat(astana.statusCode()).as(astana.body()).isEqualTo(200);
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(almaty.statusCode()).isEqualTo(404);
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(otherConsent.statusCode()).isEqualTo(404);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        JsonNode view = journey.view();
        assertThat(view.path("consent").path("status").asText()).isEqualTo("NOT_REQUESTED");
        assertThat(view.path("history").get(0).path("actor").asText()).isEqualTo("APPLICANT 9902******87");
    }
}
