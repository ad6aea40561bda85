package kz.medcert.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kz.medcert.application.fakes.FakeSignatureVerifier;
import kz.medcert.application.testing.RequestFixtures;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.evaluation.Ground;
import kz.medcert.domain.reference.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Answers in the language the client asks for with Accept-Language: a problem's title, detail and field messages,
 * the {@code text} of every kk/ru/en text, a refusal's motivation; field names and type URIs stay the same. A refusal's
 * motivation arrives as a string (Russian unless motivationLanguage says kk) or as an object.
 */
class LanguageEndpointsTest {
    private static final String EVALUATIONS = "/api/v1/evaluations";
    private static final Actor.Officer ALMATY = new Actor.Officer("OFF-7", Department.of(Region.ALMATY_CITY));

    private final TestApi api = TestApi.start();
    private final Journeys journeys = new Journeys(api);

    LanguageEndpointsTest() {
        api.journey().setTime(RequestFixtures.FRIDAY_MORNING);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private HttpResponse<String> post(TestApi client, String path, String body, String acceptLanguage) {
        HttpRequest.Builder request = HttpRequest.newBuilder(client.uri(path)).header("Content-Type",
                "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return client.send(request);
    }

    private HttpResponse<String> get(TestApi client, String path, String acceptLanguage) {
        return client.send(HttpRequest.newBuilder(client.uri(path)).header("Accept-Language", acceptLanguage).GET());
    }

    @Test
    void aProblemIsWrittenInTheLanguageAsked_itsTypeStatusAndFieldsTheSameInEach() {
        String body = "{\"category\": \"DOMESTIC\", \"declaredSpecialty\": \"PEDIATRICS\", "
                + "\"applicationDate\": \"2024-13-01\"}";
        Set<String> titles = new HashSet<>();
        Set<String> messages = new HashSet<>();
        for (String language : List.of("kk", "ru", "en")) {
            HttpResponse<String> response = post(api, EVALUATIONS, body, language);

            JsonNode problem = Problems.assertProblem(response, 400, "invalid-request");
            assertThat(response.headers().firstValue("Content-Language")).contains(language);
            assertThat(response.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).contains("Accept-Language"));
            assertThat(Problems.fields(problem)).containsExactly("applicationDate");
            titles.add(problem.path("title").asText());
            messages.add(problem.path("errors").get(0).path("message").asText());
        }
        assertThat(titles).containsExactlyInAnyOrder("Сұрау жарамсыз", "Неверный запрос", "Invalid request");
        assertThat(messages).hasSize(3).anySatisfy(m -> assertThat(m).startsWith("ЖЖЖЖ-АА-КК түріндегі нақты күн"))
                .anySatisfy(m -> assertThat(m).startsWith("должно быть действительной датой вида ГГГГ-ММ-ДД"));
    }

    @Test
    void withoutAHeader_orNamingNoLanguageOfOurs_theAnswerIsInEnglish_andTheWeightsDecide() {
        String body = "{\"category\": \"ASTROLOGY\"}";

        JsonNode none = Problems.assertProblem(post(api, EVALUATIONS, body, null), 400, "invalid-request");
        JsonNode german = Problems.assertProblem(post(api, EVALUATIONS, body, "de-DE, de;q=0.9"), 400,
                "invalid-request");
        JsonNode weighted = Problems.assertProblem(post(api, EVALUATIONS, body, "en;q=0.3, ru;q=0.8, kk;q=0.5"), 400,
                "invalid-request");

        assertThat(none.path("title").asText()).isEqualTo("Invalid request");
        assertThat(german.path("title").asText()).isEqualTo("Invalid request");
        assertThat(weighted.path("title").asText()).isEqualTo("Неверный запрос");
        assertThat(weighted.path("detail").asText()).startsWith("В запросе неверных полей:");
    }

    @Test
    void aProblemOfJettyOrJavalin_isInTheLanguageAskedToo() {
        JsonNode notFound = Problems.assertProblem(get(api, "/api/v1/nowhere", "kk"), 404, "not-found");
        JsonNode unauthorized = Problems.assertProblem(api.anonymous().send(HttpRequest.newBuilder(
                api.uri("/api/v1/requests/" + Journeys.NOBODY)).header("Accept-Language", "ru").GET()), 401,
                "unauthorized");

        assertThat(notFound.path("title").asText()).isEqualTo("Табылмады");
        assertThat(notFound.path("detail").asText()).isEqualTo("/api/v1/nowhere мекенжайында ресурс жоқ.");
        assertThat(unauthorized.path("detail").asText()).startsWith("Для этой операции нужен токен доступа");
    }

    @Test
    void everyKazakhRussianEnglishTextOfAnAnswer_carriesTheTextAsked() {
        for (String language : List.of("kk", "ru", "en")) {
            HttpResponse<String> response = post(api, EVALUATIONS, TestApi.example().toString(), language);
            JsonNode evaluation = Journeys.ok(response, 200);

            Language asked = Language.ofTag(language).orElseThrow();
            assertThat(response.headers().firstValue("Content-Language")).contains(language);
            JsonNode motivation = evaluation.path("outcome").path("motivation");
            assertThat(motivation.path("text").asText()).isEqualTo(motivation.path(language).asText());
            JsonNode exemption = evaluation.path("notRequired").get(0);
            assertThat(exemption.path("reasonText").path("text").asText())
                    .isEqualTo(exemption.path("reasonText").path(asked.tag()).asText());
            assertThat(exemption.path("reason").asText()).isEqualTo(exemption.path("reasonText").path("en").asText());
        }
    }

    private String submitted() {
        String id = journeys.readyToSign();
        Journeys.ok(journeys.submit(id, FakeSignatureVerifier.signatureOver(
                journeys.get(id).path("contentDigest").asText())), 200);
        return id;
    }

    private static String refusal(String motivation) {
        return "{\"grounds\": [\"GROUND_2_REQUIREMENTS_NOT_MET\"], \"motivation\": " + motivation + "}";
    }

    @Test
    void aRefusalWrittenAsAString_isRussian_andItsKazakhIsTheGeneratedDraft_R91() {
        String id = submitted();

        JsonNode proposed = Journeys.ok(post(api.as(ALMATY), Journeys.path(id) + "/decision/preliminary-refusal",
                refusal("\"Повышение квалификации не подтверждено (R32).\""), "kk"), 200);

        JsonNode decision = proposed.path("decision");
        assertThat(decision.path("motivationTexts").path("ru").asText())
                .isEqualTo("Повышение квалификации не подтверждено (R32).");
        assertThat(decision.path("motivationTexts").path("generated")).extracting(JsonNode::asText)
                .containsExactly("kk");
        String kazakh = decision.path("motivationTexts").path("kk").asText();
        assertThat(kazakh).startsWith("Мемлекеттік көрсетілетін қызметті көрсетуден бас тарту негіздері: 2")
                .contains(Ground.GROUND_2_REQUIREMENTS_NOT_MET.description().kk()).doesNotContain("GROUND_");
        assertThat(decision.path("motivation").asText()).isEqualTo(kazakh);
        JsonNode inEnglish = Journeys.ok(api.as(ALMATY).get(Journeys.path(id)), 200).path("decision");
        assertThat(inEnglish.path("motivation").asText()).isEqualTo("Повышение квалификации не подтверждено (R32).");
    }

    @Test
    void aRefusalWrittenInKazakh_orAsAnObject_keepsWhatTheOfficerWrote() {
        String id = submitted();
        String path = Journeys.path(id) + "/decision/preliminary-refusal";

        String body = refusal("{\"kk\": \"Біліктілікті арттыру расталмаған (R32).\", "
                + "\"en\": \"PD not confirmed (R32).\"}");
        JsonNode decision = Journeys.ok(post(api.as(ALMATY), path, body, "en"), 200).path("decision");

        assertThat(decision.path("motivationTexts").path("kk").asText()).isEqualTo(
                "Біліктілікті арттыру расталмаған (R32).");
        assertThat(decision.path("motivationTexts").path("en").asText()).isEqualTo("PD not confirmed (R32).");
        assertThat(decision.path("motivationTexts").path("generated")).extracting(JsonNode::asText)
                .containsExactly("ru");
        assertThat(decision.path("motivation").asText()).isEqualTo("PD not confirmed (R32).");
    }

    @Test
    void aRefusalWithAMotivationLanguage_inKazakh() {
        String id = submitted();

        JsonNode decision = Journeys.ok(post(api.as(ALMATY), Journeys.path(id) + "/decision/preliminary-refusal",
                "{\"grounds\": [\"GROUND_2_REQUIREMENTS_NOT_MET\"], \"motivation\": \"Расталмаған.\", "
                        + "\"motivationLanguage\": \"kk\"}", "ru"), 200).path("decision");

        assertThat(decision.path("motivationTexts").path("kk").asText()).isEqualTo("Расталмаған.");
        assertThat(decision.path("motivationTexts").path("generated")).extracting(JsonNode::asText)
                .containsExactly("ru");
        assertThat(decision.path("motivation").asText()).startsWith("Отказ в оказании государственной услуги");
    }

    @Test
    void aMotivationOfTheWrongShape_isNamedInTheLanguageAsked() {
        String id = submitted();
        String path = Journeys.path(id) + "/decision/preliminary-refusal";

        JsonNode number = Problems.assertProblem(post(api.as(ALMATY), path, refusal("42"), "ru"), 400,
                "invalid-request");
        JsonNode english = Problems.assertProblem(post(api.as(ALMATY), path, refusal("{\"en\": \"only English\"}"),
                "kk"), 400, "invalid-request");
        JsonNode unknown = Problems.assertProblem(post(api.as(ALMATY), path, refusal("{\"de\": \"Nein\"}"), "en"), 400,
                "invalid-request");
        JsonNode language = Problems.assertProblem(post(api.as(ALMATY), path,
                "{\"grounds\": [\"GROUND_2_REQUIREMENTS_NOT_MET\"], \"motivation\": \"text\", "
                        + "\"motivationLanguage\": \"en\"}", "en"), 400, "invalid-request");

        assertThat(Problems.fields(number)).containsExactly("motivation");
        assertThat(number.path("errors").get(0).path("message").asText()).startsWith("должно быть строкой");
        assertThat(english.path("errors").get(0).path("message").asText())
                .startsWith("негіздеме қазақ («kk») немесе орыс («ru») тілінде");
        assertThat(Problems.fields(unknown)).containsExactly("motivation.de");
        assertThat(Problems.fields(language)).containsExactly("motivationLanguage");
    }
}
