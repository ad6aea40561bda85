package kz.medcert.adapters.http;

import static kz.medcert.adapters.http.Journeys.path;
import static kz.medcert.adapters.http.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.Optional;
import kz.medcert.application.testing.RequestFixtures;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Who may call what: the public operations need no token; officers read the requests of their department (the one of
 * the applicant's region, R71), administrators all; history records who took each step.
 */
class AuthenticationTest {
    private final TestApi api = TestApi.start();
    private final Journeys journeys = new Journeys(api);

    AuthenticationTest() {
        api.journey().setTime(RequestFixtures.FRIDAY_MORNING);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void evaluationAndReferenceDataArePublic() {
        TestApi anonymous = api.anonymous();

        assertThat(anonymous.postJson("/api/v1/evaluations", TestApi.example()).statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/api/v1/reference-data").statusCode()).isEqualTo(200);
    }

    @ParameterizedTest(name = "GET {0} without a token")
    @ValueSource(strings = {"/health", "/openapi.json", "/docs"})
    void serviceRoutesArePublic(String route) {
        assertThat(api.anonymous().get(route).statusCode()).isEqualTo(200);
    }

    @Test
    void publicRoutesIgnoreEvenAnInvalidToken() {
        TestApi garbage = api.withAuthorization(() -> Optional.of("Bearer not.a.token"));

        assertThat(garbage.postJson("/api/v1/evaluations", TestApi.example()).statusCode()).isEqualTo(200);
        assertThat(garbage.get("/api/v1/reference-data").statusCode()).isEqualTo(200);
    }

    @ParameterizedTest(name = "GET {0} without a token → 401, not 404")
    @ValueSource(strings = {"/api/v1", "/api/v1/nothing-here", "/api/v1/requests", "/api/v1/evaluations/x"})
    void unknownProtectedPathsDoNotTellWhatExists(String route) {
        assertProblem(api.anonymous().get(route), 401, "unauthorized");
    }

    @Test
    void publicPrefixNeedsNoToken() {
        assertProblem(api.anonymous().get("/api/v1/public/nothing-yet"), 404, "not-found");
    }

    @Test
    void bearerSchemeIsCaseInsensitive() {
        String id = journeys.started();
        String token = api.tokens().mint(TestApi.GRADUATE);

        HttpResponse<String> response = api.withAuthorization(() -> Optional.of("bearer " + token)).get(path(id));

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void officerOfTheApplicantsDepartmentReadsTheRequest_R71() {
        String id = journeys.started();
        Actor.Officer almaty = new Actor.Officer("OFF-7", Department.of(Region.ALMATY_CITY));

        JsonNode view = Journeys.ok(api.as(almaty).get(path(id)), 200);

        assertThat(view.path("id").asText()).isEqualTo(id);
        assertThat(view.path("applicant").path("region").asText()).isEqualTo("ALMATY_CITY");
    }

    @Test
    void officerOfAnotherDepartmentGets404_R71() {
        String id = journeys.started();
        Actor.Officer astana = new Actor.Officer("OFF-9", Department.of(Region.ASTANA));

        JsonNode problem = assertProblem(api.as(astana).get(path(id)), 404, "not-found");

        assertThat(problem.path("detail").asText()).isEqualTo("There is no request " + id + ".");
    }

    @Test
    void administratorReadsAnyRequest() {
        String id = journeys.started();

        assertThat(api.as(new Actor.Admin("ADM-1")).get(path(id)).statusCode()).isEqualTo(200);
    }

    @Test
    void administratorMayNotChangeARequest() {
        String id = journeys.started();

        assertProblem(api.as(new Actor.Admin("ADM-1")).post(path(id) + "/consent"), 403, "forbidden");
    }

    @Test
    void startForAnotherIin_403_andStoresNothing() {
        TestApi other = api.as(new Actor.Applicant(RequestFixtures.PEDIATRICIAN_IIN));

        assertProblem(other.postJson(Journeys.REQUESTS, Journeys.graduateStart()), 403, "forbidden");
        assertThat(api.journey().repository.writes()).isZero();
    }

    @Test
    void domesticStartWithoutRegion_400NamingApplicantRegion() {
        ObjectNode body = Journeys.graduateStart();
        ((ObjectNode) body.path("applicant")).remove("region");

        JsonNode problem = assertProblem(api.postJson(Journeys.REQUESTS, body), 400, "invalid-request");

        assertThat(Problems.fields(problem)).containsExactly("applicant.region");
    }

    @Test
    void unknownRegion_400NamingApplicantRegion() {
        ObjectNode body = Journeys.graduateStart();
        ((ObjectNode) body.path("applicant")).put("region", "ATLANTIS");

        JsonNode problem = assertProblem(api.postJson(Journeys.REQUESTS, body), 400, "invalid-request");

        assertThat(Problems.fields(problem)).containsExactly("applicant.region");
    }

    @Test
    void historyNamesTheApplicantByAMaskedLabel() {
        String id = journeys.awaitingDocuments();

        JsonNode history = journeys.get(id).path("history");

        assertThat(history).isNotEmpty();
        history.forEach(entry -> assertThat(entry.path("actor").asText())
                .isEqualTo(TestApi.GRADUATE.auditLabel()));
        assertThat(history.toString()).doesNotContain(RequestFixtures.GRADUATE_IIN.value());
    }
}
