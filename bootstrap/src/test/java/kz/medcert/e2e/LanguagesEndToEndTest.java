package kz.medcert.e2e;

import static kz.medcert.e2e.DemoApplications.P01_SHORT_OF_PD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 11's test of languages over the real wiring: P01, a pediatrician short of professional development, is
 * refused on ground 2 by the rules; read with {@code Accept-Language} kk, ru and en, the evaluation's motivation and
 * findings and the problems the officer meets are three different texts, none of which shows a code («Педиатрия»,
 * never PEDIATRICS; ground 2 by its number and words, never GROUND_2_REQUIREMENTS_NOT_MET).
 */
class LanguagesEndToEndTest {
    private static final String P01 = "850412413718";
    private static final Actor.Officer ALMATY = new Actor.Officer("OFF-1", Department.of(Region.ALMATY_CITY));
    private static final List<String> LANGUAGES = List.of("kk", "ru", "en");
    /** A code of the API: an enum constant such as GROUND_2_REQUIREMENTS_NOT_MET, or the specialty's PEDIATRICS. */
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b|\\bPEDIATRICS\\b");
    private static RunningService service;
    private static Journey journey;

    @BeforeAll
    static void submitted() {
        service = RunningService.onDemoDay();
        journey = new Journey(service, P01);
        journey.start(P01_SHORT_OF_PD);
        journey.consent();
        journey.uploadMissing();
        HttpResponse<String> submitted = journey.submit();
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static HttpResponse<String> in(String language, HttpRequest.Builder request) {
        return in(language, service.as(ALMATY), request);
    }

    private static HttpResponse<String> in(String language, RunningService caller, HttpRequest.Builder request) {
        return caller.send(request.header("Accept-Language", language).build());
    }

    private static HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(service.uri(path)).GET();
    }

    private static HttpRequest.Builder post(String path, String json) {
        return HttpRequest.newBuilder(service.uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    @Test
    void theRulesRefusalOnGround2_readsInEachLanguageAsked_withoutACode_R86_R91() {
        Map<String, String> motivations = new LinkedHashMap<>();
        Map<String, String> findings = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            HttpResponse<String> answer = in(language, get(journey.path("")));
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Language")).contains(language);
            assertThat(answer.headers().allValues("Vary")).anySatisfy(v -> assertThat(v).contains("Accept-Language"));
            JsonNode outcome = Journey.json(answer).path("evaluation").path("outcome");
            assertThat(outcome.path("grounds").get(0).asText()).isEqualTo("GROUND_2_REQUIREMENTS_NOT_MET");

            motivations.put(language, outcome.path("motivation").path("text").asText());
            findings.put(language, outcome.path("findings").get(0).path("explanation").path("text").asText());
        }

        assertThat(motivations.values()).doesNotHaveDuplicates().allSatisfy(LanguagesEndToEndTest::isWordedText);
        assertThat(findings.values()).doesNotHaveDuplicates().allSatisfy(LanguagesEndToEndTest::isWordedText);
        assertThat(motivations.get("kk")).contains("«Педиатрия»");
        assertThat(motivations.get("ru")).contains("«Педиатрия»");
        assertThat(motivations.get("en")).contains("Pediatrics");
    }

    @Test
    void theProblemsTheOfficerMeets_areWrittenInEachLanguageAsked_withoutACode_R74_R91() {
        List<JsonNode> problems = new ArrayList<>();
        for (String language : LANGUAGES) {
            // issuing needs a motivation that sets ground 2 aside; a final refusal needs a preliminary one first,
            // and so does the applicant's objection
            HttpResponse<String> issue = in(language, post(journey.path("/decision/issue"), ""));
            HttpResponse<String> refusal = in(language, post(journey.path("/decision/refusal"),
                    "{\"grounds\": [\"GROUND_2_REQUIREMENTS_NOT_MET\"], \"motivation\": \"Не подтверждено.\"}"));
            HttpResponse<String> objection = in(language, service.asApplicant(P01), post(journey.path("/objection"),
                    "{\"text\": \"Курс 2025 года не учтён.\"}"));
            for (HttpResponse<String> answer : List.of(issue, refusal, objection)) {
                assertThat(answer.statusCode()).as(answer.body()).isBetween(400, 499);
                assertThat(answer.headers().firstValue("Content-Type")).contains("application/problem+json");
                assertThat(answer.headers().firstValue("Content-Language")).contains(language);
                problems.add(Journey.json(answer));
            }
        }

        for (int kind = 0; kind < 3; kind++) {
            List<String> titles = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (int language = 0; language < LANGUAGES.size(); language++) {
                JsonNode problem = problems.get(language * 3 + kind);
                assertThat(problem.path("type").asText()).isEqualTo(problems.get(kind).path("type").asText());
                titles.add(problem.path("title").asText());
                StringBuilder text = new StringBuilder(problem.path("detail").asText());
                problem.path("errors").forEach(e -> text.append(" | ").append(e.path("message").asText()));
                texts.add(text.toString());
            }
            assertThat(titles).doesNotHaveDuplicates().allSatisfy(LanguagesEndToEndTest::isWordedText);
            assertThat(texts).doesNotHaveDuplicates().allSatisfy(LanguagesEndToEndTest::isWordedText);
        }
        assertThat(problems.get(0).path("detail").asText()).contains("2 (");
    }

    private static void isWordedText(String text) {
        assertThat(text).isNotBlank();
        assertThat(CODE.matcher(text).find()).as("a code in: %s", text).isFalse();
    }
}
