package kz.medcert.adapters.http;

import static kz.medcert.adapters.http.Journeys.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import kz.medcert.domain.document.DocumentCode;
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

    private static JsonNode find(JsonNode array, String code) {
        for (JsonNode element : array) {
            if (element.path("code").asText().equals(code)) {
                return element;
            }
        }
        throw new AssertionError("no " + code + " in " + array);
    }
}
