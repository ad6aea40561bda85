package kz.medcert.adapters.registries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Bad demo data stops the load with a message that names the person and the field. */
class DemoPersonsValidationTest {
    private static final String PERSON = """
            {"id": "X01", "iin": "900101300017", "surname": "Тестов", "givenName": "Тест", "patronymic": "Тестович",
             "phone": "+7 700 999 00 01", "region": "ASTANA", "citizenship": "KZ",
             "registries": {
               "education": [{"level": "HIGHER", "field": "PEDIATRICS", "graduated": "2012-06-30",
                              "country": "KZ"}],
               "certificates": [{"specialty": "PEDIATRICS", "issued": "2022-01-01", "validUntil": "2027-01-01"}],
               "nameChange": false, "prohibition": "NONE", "identity": true},
             "scenario": {"titles": {"kk": "t", "ru": "t", "en": "t"}, "category": "DOMESTIC", "declaredSpecialty": "PEDIATRICS",
               "applicationDate": "2026-11-20", "consent": true,
               "expected": {"route": "CONFIRMATION", "flags": [], "outcome": "ELIGIBLE"}}}
            """;

    @Test
    void readsAWellFormedPerson() {
        DemoPersons persons = read(PERSON);

        assertThat(persons.all()).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo("X01");
            assertThat(p.registries().certificates()).singleElement()
                    .satisfies(c -> assertThat(c.inRegistry()).isTrue());
            assertThat(p.scenario().expected().eligible()).isTrue();
        });
    }

    @Test
    void rejectsAnIinWithAWrongCheckDigit() {
        assertRejected(PERSON.replace("900101300017", "900101300018"), "person X01 (#1)", "field iin",
                "check digit");
    }

    @Test
    void rejectsAnUnknownEducationLevel() {
        assertRejected(PERSON.replace("\"level\": \"HIGHER\"", "\"level\": \"HIGH\""), "person X01",
                "field registries.education[0].level", "unknown value 'HIGH'");
    }

    @Test
    void rejectsAFieldTaughtAtAnotherLevel() {
        assertRejected(PERSON.replace("\"level\": \"HIGHER\"", "\"level\": \"TVET\""), "person X01",
                "field registries.education[0].field", "PEDIATRICS is not taught at level TVET");
    }

    @Test
    void rejectsAMalformedDate() {
        assertRejected(PERSON.replace("2012-06-30", "2012-13-30"), "person X01",
                "field registries.education[0].graduated");
    }

    @Test
    void rejectsAnUnknownProperty() {
        assertRejected(PERSON.replace("\"nameChange\": false", "\"nameChanged\": false"), "person X01",
                "field registries.nameChanged", "Unrecognized field");
    }

    @Test
    void rejectsAMissingRequiredField() {
        assertRejected(PERSON.replace("\"consent\": true,", ""), "person X01", "field scenario.consent", "missing");
    }

    @Test
    void rejectsACertificateThatEndsBeforeItStarts() {
        assertRejected(PERSON.replace("\"validUntil\": \"2027-01-01\"", "\"validUntil\": \"2021-01-01\""),
                "person X01", "field registries.certificates[0]", "before issuedOn");
    }

    @Test
    void rejectsARefusalWithoutGrounds() {
        assertRejected(PERSON.replace("\"outcome\": \"ELIGIBLE\"", "\"outcome\": \"REFUSED\""), "person X01",
                "field scenario.expected.outcome", "needs at least one ground");
    }

    @Test
    void rejectsAMalformedPhone() {
        assertRejected(PERSON.replace("+7 700 999 00 01", "87009990001"), "person X01", "field phone");
    }

    @Test
    void rejectsTheSameIinTwice() {
        String second = PERSON.replace("X01", "X02").replace("+7 700 999 00 01", "+7 700 999 00 02");

        assertThatThrownBy(() -> DemoPersons.read(stream("{\"persons\": [" + PERSON + "," + second + "]}"), "t.json"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("t.json: person X02: field iin: the same IIN as person X01");
    }

    @Test
    void rejectsAFileWithoutPersons() {
        assertThatThrownBy(() -> DemoPersons.read(stream("{\"people\": []}"), "t.json"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("\"persons\" array");
    }

    private static DemoPersons read(String person) {
        return DemoPersons.read(stream("{\"persons\": [" + person + "]}"), "t.json");
    }

    private static void assertRejected(String person, String... fragments) {
        assertThatThrownBy(() -> read(person)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("t.json: ")
                .hasMessageContainingAll(fragments);
    }

    private static ByteArrayInputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
