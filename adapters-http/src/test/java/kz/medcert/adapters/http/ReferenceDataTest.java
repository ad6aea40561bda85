package kz.medcert.adapters.http;

import static kz.medcert.adapters.http.Journeys.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.evaluation.Ground;
import kz.medcert.domain.evaluation.CertificationRules;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.reference.EducationLevel;
import kz.medcert.domain.reference.SpecialtyCatalogue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code GET /api/v1/reference-data}: every code the API accepts, with kk/ru/en names (R02, R96). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferenceDataTest {
    private final TestApi api = TestApi.start();
    private final JsonNode data = ok(api.get("/api/v1/reference-data"), 200);

    @AfterAll
    void stop() {
        api.close();
    }

    @Test
    void listsEverySpecialtyOfTheListWithItsAttributes() {
        JsonNode specialties = data.path("specialties");

        assertThat(specialties).hasSize(SpecialtyCatalogue.standard().all().size());
        JsonNode pediatrics = find(specialties, "PEDIATRICS");
        assertThat(pediatrics.path("name").path("kk").asText()).isNotBlank();
        assertThat(pediatrics.path("name").path("ru").asText()).isNotBlank();
        assertThat(pediatrics.path("name").path("en").asText()).isNotBlank();
        assertThat(pediatrics.path("level").asText()).isEqualTo("HIGHER");
        assertThat(pediatrics.path("clinical").isBoolean()).isTrue();
        assertThat(pediatrics.path("providesInternshipOrResidency").isBoolean()).isTrue();
        assertThat(pediatrics.path("parent").isNull()).isTrue();
        for (JsonNode specialty : specialties) {
            assertThat(specialty.path("parent").isNull()
                    || specialties.findValuesAsText("code").contains(specialty.path("parent").asText()))
                    .as(specialty.toString()).isTrue();
        }
    }

    @Test
    void listsEveryCodeOfEducationQualificationAndDocuments_andTheRuleSet() {
        assertThat(data.path("educationLevels").findValuesAsText("code")).hasSize(EducationLevel.values().length);
        assertThat(data.path("educationFields").findValuesAsText("code")).hasSize(EducationField.values().length);
        assertThat(find(data.path("educationFields"), "PEDIATRICS").path("levels").toString()).contains("HIGHER");
        assertThat(data.path("qualificationLevels").findValuesAsText("code"))
                .containsExactly("SECOND", "FIRST", "HIGHEST");
        assertThat(data.path("documents").findValuesAsText("code")).hasSize(DocumentCode.values().length);
        assertThat(find(data.path("documents"), "DIPLOMA").path("name").path("ru").asText())
                .isEqualTo("Диплом об образовании");
        assertThat(data.path("ruleSet").asText()).isEqualTo(CertificationRules.standard().ruleSet().version());
    }

    @Test
    void listsRegionsWithTheirDepartments_R71() {
        JsonNode regions = data.path("regions");

        assertThat(regions.findValuesAsText("code")).hasSize(Region.values().length + Region.values().length)
                .contains("ALMATY_CITY", "ULYTAU");
        JsonNode almaty = find(regions, "ALMATY_CITY");
        assertThat(almaty.path("name").path("ru").asText()).isEqualTo("город Алматы");
        assertThat(almaty.path("department").path("code").asText()).isEqualTo("ALMATY_CITY");
        assertThat(almaty.path("department").path("name").path("kk").asText()).contains("аумақтық департаменті");
        assertThat(almaty.path("department").path("name").path("en").asText()).isNotBlank();
    }

    @Test
    void listsTheRefusalGroundsWithNamesAndSentences_R85_R90() {
        JsonNode grounds = data.path("refusalGrounds");

        assertThat(grounds).hasSize(Ground.values().length);
        JsonNode second = find(grounds, "GROUND_2_REQUIREMENTS_NOT_MET");
        assertThat(second.path("number").asInt()).isEqualTo(2);
        assertThat(second.path("rule").asText()).isEqualTo("R86");
        assertThat(second.path("name").path("en").asText()).isEqualTo("Requirements not met");
        assertThat(second.path("description").path("kk").asText()).isNotBlank().doesNotContain("GROUND_");
    }

    @Test
    void describesTheWorkingCalendar_itsCoverage_holidays_andEachYearWithItsSources_R77() {
        JsonNode calendar = data.path("workingCalendar");

        assertThat(calendar.path("coveredFrom").asText()).isEqualTo("2024-01-01");
        assertThat(calendar.path("coveredUntil").asText()).isEqualTo("2027-12-31");
        assertThat(calendar.path("acts").toString()).contains("On holidays in the Republic of Kazakhstan");
        JsonNode nauryz = find(calendar.path("holidays"), "NAURYZ");
        assertThat(nauryz.path("name").path("kk").asText()).isEqualTo("Наурыз мейрамы");
        assertThat(nauryz.path("days").toString()).isEqualTo("[\"03-21\",\"03-22\",\"03-23\"]");
        assertThat(nauryz.path("movesOffWeekend").asBoolean()).isTrue();
        JsonNode kurban = find(calendar.path("holidays"), "KURBAN_AIT");
        assertThat(kurban.path("lunar").asBoolean()).isTrue();
        assertThat(kurban.path("firstYear").isNull()).isTrue();
        JsonNode y2025 = calendar.path("years").get(1);
        assertThat(y2025.path("year").asInt()).isEqualTo(2025);
        assertThat(y2025.path("transfers").get(0).path("workedWeekendDay").asText()).isEqualTo("2025-01-05");
        assertThat(y2025.path("transfers").get(0).path("dayOff").asText()).isEqualTo("2025-01-03");
        assertThat(y2025.path("transfers").get(0).path("decree").asText()).isNotBlank();
        assertThat(y2025.path("workedWeekendDays").toString()).isEqualTo("[\"2025-01-05\"]");
        JsonNode y2027 = calendar.path("years").get(3);
        assertThat(y2027.path("holidayDates").get(0).path("date").asText()).isEqualTo("2027-05-16");
        assertThat(y2027.path("holidayDates").get(0).path("estimated").asBoolean()).isTrue();
        assertThat(y2027.path("daysOff").toString()).contains("\"2027-03-24\"", "\"2027-05-10\"");
    }

    private static JsonNode find(JsonNode array, String code) {
        for (JsonNode element : array) {
            if (element.path("code").asText().equals(code)) {
                return element;
            }
        }
        throw new AssertionError("no " + code + " in " + array);
    }
}
