package kz.medcert.adapters.registries;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.reference.CountryCode;
import org.junit.jupiter.api.Test;

/** The bundled demo file: valid, unique, complete enough for demos. */
class DemoPersonsTest {
    private final DemoPersons persons = DemoPersons.load();

    @Test
    void everyIinInTheFileParsesAndIsUnique() throws IOException {
        List<String> iins = new ArrayList<>();
        try (InputStream in = DemoPersons.class.getResourceAsStream(DemoPersons.RESOURCE)) {
            new ObjectMapper().readTree(in).get("persons").forEach(p -> iins.add(p.get("iin").asText()));
        }

        assertThat(iins).hasSizeGreaterThanOrEqualTo(24).doesNotHaveDuplicates();
        assertThat(iins).allSatisfy(iin -> assertThat(Iin.validationError(iin)).as(iin).isEmpty());
    }

    @Test
    void loadsEveryPersonWithUniqueIdsPhonesAndNames() {
        List<DemoPerson> all = persons.all();

        assertThat(all).hasSizeGreaterThanOrEqualTo(24);
        assertThat(all).extracting(DemoPerson::id).doesNotHaveDuplicates();
        assertThat(all).extracting(DemoPerson::phone).doesNotHaveDuplicates().allMatch(p -> p.startsWith("+7 700 "));
        assertThat(all).allSatisfy(p -> assertThat(p.name().patronymic()).isPresent());
        assertThat(all).allSatisfy(p -> assertThat(p.name().fullName()).matches("[\\p{IsCyrillic} -]+"));
    }

    @Test
    void findsAPersonByIinAndById() {
        DemoPerson first = persons.all().get(0);

        assertThat(persons.find(first.iin())).contains(first);
        assertThat(persons.byId(first.id())).contains(first);
        assertThat(persons.find(Iin.parse("900101300017"))).isEmpty();
    }

    @Test
    void masksThePhoneToOperatorCodeAndLastTwoDigits() {
        DemoPerson first = persons.byId("P01").orElseThrow();

        assertThat(first.phone()).isEqualTo("+7 700 401 37 53");
        assertThat(first.maskedPhone()).isEqualTo("+7 700 *** ** 53");
    }

    @Test
    void foreignersAreCitizensOfOtherStates() {
        assertThat(persons.all()).filteredOn(p -> !p.citizenship().isKazakhstan())
                .extracting(DemoPerson::citizenship)
                .contains(CountryCode.of("RU"), CountryCode.of("KG"), CountryCode.of("UZ"), CountryCode.of("TJ"));
    }

    @Test
    void registryRecordsAreMarkedInRegistryAndDeclaredOnesAreNot() {
        assertThat(persons.all()).allSatisfy(p -> {
            RegistryHoldings r = p.registries();
            assertThat(r.education()).allMatch(e -> e.inRegistry());
            assertThat(r.postgraduate()).allMatch(t -> t.inRegistry());
            assertThat(r.certificates()).allMatch(c -> c.inRegistry());
            assertThat(r.employment()).allMatch(e -> e.inRegistry());
            DeclaredFacts d = p.scenario().declared();
            assertThat(d.education()).noneMatch(e -> e.inRegistry());
            assertThat(d.certificates()).noneMatch(c -> c.inRegistry());
            assertThat(d.employment()).noneMatch(e -> e.inRegistry());
        });
    }

    @Test
    void notesExplainTheDemoCodeAndGroundThree() {
        assertThat(persons.notes()).anyMatch(n -> n.contains(StubConsentGateway.DEMO_CODE));
        assertThat(persons.notes()).anyMatch(n -> n.contains("GROUND_3"));
    }
}
