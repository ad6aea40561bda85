package kz.medcert.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.UUID;
import kz.medcert.domain.certificate.CertificateStatus;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.person.Iin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The demo register entries: the same numbers on every fresh database, added once, true to the demo persons. */
class DemoCertificatesTest {
    /** The numbers a fresh database gets, in seeding order. */
    static final List<String> NUMBERS = List.of("MC-2022-00000001-4", "MC-2023-00000001-8", "MC-2021-00000001-6",
            "MC-2022-00000002-3", "MC-2022-00000003-8", "MC-2020-00000001-2");
    private static final Path DEMO_PERSONS = Path.of("..", "adapters-registries", "src", "main", "resources", "kz",
            "medcert", "adapters", "registries", "demo-persons.json");

    private Database database;
    private JdbiCertificateRegister register;

    @BeforeEach
    void openDatabase() {
        database = Database.open(Database.memoryUrl("demo-" + UUID.randomUUID()), "SA", "");
        register = new JdbiCertificateRegister(database.jdbi());
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void seedIfEmpty_addsTheSameNumbers_onEveryFreshDatabase() {
        List<IssuedCertificate> seeded = DemoCertificates.seedIfEmpty(register);

        assertThat(seeded).extracting(c -> c.number().value()).containsExactlyElementsOf(NUMBERS);
        assertThat(seeded).allSatisfy(c -> assertThat(register.find(c.number())).contains(c));
    }

    @Test
    void seedIfEmpty_addsNothing_theSecondTime() {
        DemoCertificates.seedIfEmpty(register);

        List<IssuedCertificate> again = DemoCertificates.seedIfEmpty(register);

        assertThat(again).isEmpty();
        assertThat(register.heldBy(Iin.parse("780418312969"))).hasSize(2);
        assertThat(register.nextSerial(Year.of(2022))).isEqualTo(4);
    }

    @Test
    void seededEntries_showEveryStatus_onTheDemoDay() {
        LocalDate demoDay = LocalDate.of(2026, 11, 20);

        List<IssuedCertificate> seeded = DemoCertificates.seedIfEmpty(register);

        assertThat(seeded).extracting(c -> c.statusOn(demoDay)).containsExactly(CertificateStatus.VALID,
                CertificateStatus.REVOKED, CertificateStatus.EXPIRED, CertificateStatus.VALID,
                CertificateStatus.VALID, CertificateStatus.EXPIRED);
        assertThat(seeded.get(1).revocation()).hasValueSatisfying(
                r -> assertThat(r.ground()).isEqualTo("GROUND_4_COURT_PROHIBITION"));
    }

    /** Each entry is one of the person's certificates in the stub certificate registry, under the same name. */
    @Test
    void seededEntries_agreeWithTheDemoPersonsOfTheStubRegistries() throws IOException {
        JsonNode persons = new ObjectMapper().readTree(DEMO_PERSONS.toFile()).path("persons");

        for (IssuedCertificate c : DemoCertificates.seedIfEmpty(register)) {
            JsonNode person = personWithIin(persons, c.holder().value());
            assertThat(person.path("surname").asText()).isEqualTo(c.holderName().surname());
            assertThat(person.path("givenName").asText()).isEqualTo(c.holderName().givenName());
            assertThat(person.path("patronymic").asText()).isEqualTo(c.holderName().patronymic().orElse(""));
            assertThat(person.path("region").asText()).isEqualTo(c.department().code());
            assertThat(person.path("registries").path("certificates")).as(c.number().value()).anySatisfy(held -> {
                assertThat(held.path("specialty").asText()).isEqualTo(c.specialty().value());
                assertThat(held.path("issued").asText()).isEqualTo(c.issuedOn().toString());
                assertThat(held.path("validUntil").asText()).isEqualTo(c.validUntil().orElseThrow().toString());
                assertThat(held.path("qualificationCategory").asText())
                        .isEqualTo(c.qualificationLevel().orElseThrow().name());
            });
        }
    }

    private static JsonNode personWithIin(JsonNode persons, String iin) {
        for (JsonNode person : persons) {
            if (person.path("iin").asText().equals(iin)) {
                return person;
            }
        }
        throw new AssertionError("no demo person with IIN " + iin);
    }
}
