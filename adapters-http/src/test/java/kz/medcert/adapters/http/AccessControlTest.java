package kz.medcert.adapters.http;

import static kz.medcert.adapters.http.Journeys.REQUESTS;
import static kz.medcert.adapters.http.Journeys.path;
import static kz.medcert.adapters.http.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import kz.medcert.adapters.http.auth.DevTokens;
import kz.medcert.application.fakes.FakeConsentGateway;
import kz.medcert.application.testing.RequestFixtures;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.request.RequestId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The access matrix of every request operation: no token, a wrongly signed one and an expired one are 401; a role the
 * operation does not admit is 403; another applicant's request is 404 (its existence does not leak) and is left as it
 * was; the applicant's own request succeeds.
 */
class AccessControlTest {
    static final Actor.Applicant OTHER_APPLICANT = new Actor.Applicant(RequestFixtures.PEDIATRICIAN_IIN);
    static final Actor.Officer OFFICER = new Actor.Officer("OFF-7", Department.of(Region.ALMATY_CITY));

    private final TestApi api = TestApi.start();
    private final Journeys journeys = new Journeys(api);

    AccessControlTest() {
        api.journey().setTime(RequestFixtures.FRIDAY_MORNING);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    /**
     * One operation: how to bring the graduate's request to the state it needs (its id, or null for a start), the
     * call itself, and the status the owner gets.
     */
    record Operation(String name, BiFunction<Journeys, TestApi, String> given, Call call, int success) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** The HTTP call of an operation, by {@code client}, on request {@code id}. */
    @FunctionalInterface
    interface Call {
        HttpResponse<String> send(TestApi client, Journeys journeys, String id);
    }

    static Stream<Operation> operations() {
        return Stream.of(
                new Operation("POST /requests", (j, api) -> null,
                        (c, j, id) -> c.postJson(REQUESTS, Journeys.graduateStart()), 201),
                new Operation("GET /requests/{id}", (j, api) -> j.started(),
                        (c, j, id) -> c.get(path(id)), 200),
                new Operation("POST /requests/{id}/consent", (j, api) -> j.started(),
                        (c, j, id) -> c.post(path(id) + "/consent"), 202),
                new Operation("POST /requests/{id}/consent/confirmation", (j, api) -> consentAsked(j, api),
                        (c, j, id) -> c.postJson(path(id) + "/consent/confirmation",
                                "{\"code\":\"" + FakeConsentGateway.CODE + "\"}"), 200),
                new Operation("POST /requests/{id}/consent/refusal", (j, api) -> j.started(),
                        (c, j, id) -> c.post(path(id) + "/consent/refusal"), 200),
                new Operation("POST /requests/{id}/fetch", (j, api) -> j.awaitingDocuments(),
                        (c, j, id) -> c.post(path(id) + "/fetch"), 200),
                new Operation("PUT /requests/{id}/form", (j, api) -> j.awaitingDocuments(),
                        (c, j, id) -> c.putJson(path(id) + "/form", Journeys.graduateStart().get("form")), 200),
                new Operation("POST /requests/{id}/attachments", (j, api) -> j.awaitingDocuments(),
                        (c, j, id) -> c.postMultipart(path(id) + "/attachments", Journeys.diploma()), 201),
                new Operation("POST /requests/{id}/submission", (j, api) -> j.readyToSign(),
                        (c, j, id) -> Journeys.submit(c, id,
                                id.equals(Journeys.NOBODY) ? "SIGNED:x" : j.validSignature(id)), 200));
    }

    static Stream<Arguments> operationsAndBadTokens() {
        List<Arguments> all = new ArrayList<>();
        operations().forEach(operation -> {
            all.add(Arguments.of(operation, "no token"));
            all.add(Arguments.of(operation, "a token of another key"));
            all.add(Arguments.of(operation, "an expired token"));
            all.add(Arguments.of(operation, "a token without signature"));
            all.add(Arguments.of(operation, "no bearer scheme"));
        });
        return all.stream();
    }

    @ParameterizedTest(name = "{0} with {1} → 401")
    @MethodSource("operationsAndBadTokens")
    void withoutAValidToken_401WithABearerChallenge_sayingNothingMore(Operation operation, String token) {
        String id = operation.given().apply(journeys, api);
        String before = state(id);

        HttpResponse<String> response = operation.call().send(client(token), journeys, id);

        JsonNode problem = assertProblem(response, 401, "unauthorized");
        String challenge = response.headers().firstValue("WWW-Authenticate").orElseThrow();
        assertThat(challenge).startsWith("Bearer realm=\"medcert\"");
        assertThat(challenge.contains("error=\"invalid_token\""))
                .isEqualTo(!token.equals("no token") && !token.equals("no bearer scheme"));
        assertThat(problem.path("detail").asText()).doesNotContainIgnoringCase("expired")
                .doesNotContainIgnoringCase("signature").doesNotContainIgnoringCase("alg");
        assertThat(state(id)).isEqualTo(before);
    }

    /** The operations only an applicant may call; reading is open to every role (an officer's reach: R71). */
    static Stream<Operation> applicantOperations() {
        return operations().filter(operation -> !operation.name().startsWith("GET"));
    }

    @ParameterizedTest(name = "{0} by an officer → 403")
    @MethodSource("applicantOperations")
    void byARoleTheOperationDoesNotAdmit_403(Operation operation) {
        String id = operation.given().apply(journeys, api);
        String before = state(id);

        HttpResponse<String> response = operation.call().send(api.as(OFFICER), journeys, id);

        assertProblem(response, 403, "forbidden");
        assertThat(state(id)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0} by another applicant → 404 (start: 403)")
    @MethodSource("operations")
    void onAnotherApplicantsRequest_404LikeARequestThatDoesNotExist(Operation operation) {
        String id = operation.given().apply(journeys, api);
        String before = state(id);

        HttpResponse<String> response = operation.call().send(api.as(OTHER_APPLICANT), journeys, id);

        if (id == null) {
            assertProblem(response, 403, "forbidden"); // a request for the graduate's IIN, by someone else
            assertThat(api.journey().repository.writes()).isZero();
            return;
        }
        JsonNode problem = assertProblem(response, 404, "not-found");
        JsonNode unknown = TestApi.json(operation.call().send(api.as(OTHER_APPLICANT), journeys, Journeys.NOBODY));
        assertThat(problem.path("detail").asText().replace(id, Journeys.NOBODY))
                .isEqualTo(unknown.path("detail").asText());
        assertThat(state(id)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0} by its applicant → success")
    @MethodSource("operations")
    void onTheirOwnRequest_theApplicantSucceeds(Operation operation) {
        String id = operation.given().apply(journeys, api);

        HttpResponse<String> response = operation.call().send(api, journeys, id);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(operation.success());
    }

    private TestApi client(String token) {
        switch (token) {
            case "no token":
                return api.anonymous();
            case "a token of another key":
                DevTokens other = new DevTokens("another-secret-of-at-least-32-bytes-long!"
                        .getBytes(StandardCharsets.UTF_8), TestApi.TOKENS, api.journey().clock);
                return bearer(other.mint(TestApi.GRADUATE));
            case "an expired token":
                DevTokens earlier = new DevTokens(TestApi.SECRET, TestApi.TOKENS,
                        Clock.offset(api.journey().clock, Duration.ofHours(-13)));
                return bearer(earlier.mint(TestApi.GRADUATE));
            case "a token without signature":
                String signed = api.tokens().mint(TestApi.GRADUATE);
                String payload = signed.split("\\.")[1];
                String none = Base64.getUrlEncoder().withoutPadding()
                        .encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
                return bearer(none + "." + payload + ".");
            case "no bearer scheme":
                return api.withAuthorization(() -> Optional.of("Basic " + Base64.getEncoder()
                        .encodeToString("graduate:secret".getBytes(StandardCharsets.UTF_8))));
            default:
                throw new IllegalArgumentException(token);
        }
    }

    private TestApi bearer(String token) {
        return api.withAuthorization(() -> Optional.of("Bearer " + token));
    }

    /** The stored request as its version and history length, or the number of writes when there is none. */
    private String state(String id) {
        if (id == null) {
            return "writes " + api.journey().repository.writes();
        }
        return api.journey().repository.find(RequestId.parse(id))
                .map(r -> "version " + r.version() + ", history " + r.state().history().size()).orElseThrow();
    }

    private static String consentAsked(Journeys journeys, TestApi api) {
        String id = journeys.started();
        Journeys.ok(api.post(path(id) + "/consent"), 202);
        return id;
    }
}
