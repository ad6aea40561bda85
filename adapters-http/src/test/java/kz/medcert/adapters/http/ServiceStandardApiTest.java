package kz.medcert.adapters.http;

import static kz.medcert.adapters.http.Journeys.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import kz.medcert.domain.evaluation.CertificationRules;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code GET /api/v1/public/service-standard}: the standard a person reads before applying, without signing in. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceStandardApiTest {
    private final TestApi api = TestApi.start();

    @AfterAll
    void stop() {
        api.close();
    }

    @Test
    void anyoneReadsIt_withoutAToken() {
        HttpResponse<String> response = api.get("/api/v1/public/service-standard");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
    }

    @Test
    void statesTheFiguresOfTheStandard_R72_R73_R76_R77_R79_R80_R82_R84() {
        JsonNode standard = ok(api.get("/api/v1/public/service-standard"), 200);

        assertThat(standard.path("channels").toString()).isEqualTo("[\"www.egov.kz\",\"www.elicense.kz\"]");
        assertThat(standard.path("termWorkingDays").asInt()).isEqualTo(5);
        assertThat(standard.path("feeTenge").isInt()).isTrue();
        assertThat(standard.path("feeTenge").asInt()).isZero();
        assertThat(standard.path("certificateValidityYears").asInt()).isEqualTo(5);
        assertThat(standard.path("providerHours").toString()).isEqualTo("{\"opens\":\"09:00\",\"closes\":\"18:30\","
                + "\"lunchBreak\":{\"from\":\"13:00\",\"to\":\"14:30\"},\"timeZone\":\"Asia/Almaty\"}");
        assertThat(standard.path("contactCentre").toString()).isEqualTo("[\"1414\",\"8-800-080-7777\"]");
        assertThat(standard.path("helpServices").asText()).isEqualTo("kmfk@dsm.gov.kz");
        CertificationRules rules = CertificationRules.standard();
        assertThat(standard.path("ruleSet").asText()).isEqualTo(rules.ruleSet().version());
        assertThat(standard.path("rulesInForceFrom").asText()).isEqualTo(rules.ruleSet().effectiveFrom().toString());
    }

    @Test
    void givesBothAppendicesRowByRow_inKazakhRussianAndEnglish_R71_R75_R83() {
        JsonNode services = ok(api.get("/api/v1/public/service-standard"), 200).path("services");

        assertThat(services.findValuesAsText("category")).containsExactly("DOMESTIC", "FOREIGN");
        assertThat(services.findValuesAsText("appendix")).containsExactly("2", "6");
        JsonNode foreignResult = services.get(1).path("rows").get(4);
        assertThat(foreignResult.path("number").asText()).isEqualTo("5");
        assertThat(foreignResult.path("rule").asText()).isEqualTo("R75");
        assertThat(foreignResult.path("content").path("ru").asText()).startsWith("Сертификат иностранного специалиста");
        assertThat(foreignResult.path("content").path("kk").asText()).startsWith("Клиникалық практикаға");
        assertThat(services.get(0).path("rows").findValuesAsText("rule")).contains("R71", "R83");
    }

    @Test
    void namesTheActsTheRulesCite_withTheirRegistrationNumbers_R98_R109() {
        JsonNode acts = ok(api.get("/api/v1/public/service-standard"), 200).path("legalActs");

        assertThat(acts).hasSize(12);
        assertThat(acts.get(0).path("rule").asText()).isEqualTo("R98");
        assertThat(acts.get(0).path("registrations").toString()).isEqualTo("[\"21818\"]");
        assertThat(acts.get(11).path("name").path("en").asText()).contains("Order", "No. 23", "20 June 2024");
    }
}
