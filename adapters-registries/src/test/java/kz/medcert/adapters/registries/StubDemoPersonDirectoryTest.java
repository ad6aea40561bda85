package kz.medcert.adapters.registries;

import static org.assertj.core.api.Assertions.assertThat;

import kz.medcert.application.port.in.reference.DemoAccountsUseCase.DemoApplicant;
import kz.medcert.domain.access.Region;
import org.junit.jupiter.api.Test;

class StubDemoPersonDirectoryTest {

    @Test
    void listsEveryDemoPersonWithLabelIinNameRegionAndScenario() {
        DemoPersons demo = DemoPersons.load();

        var persons = new StubDemoPersonDirectory(demo).persons();

        assertThat(persons).hasSameSizeAs(demo.all());
        DemoApplicant p01 = persons.get(0);
        assertThat(p01.label()).isEqualTo("P01");
        assertThat(p01.iin().value()).isEqualTo("850412413718");
        assertThat(p01.name().surname()).isEqualTo("Абенова");
        assertThat(p01.region()).isEqualTo(Region.ALMATY_CITY);
        assertThat(p01.scenario()).isEqualTo(demo.byId("P01").orElseThrow().scenario().title());
        assertThat(p01.scenario().en()).isEqualTo("Pediatrician confirms her current certificate");
    }

    @Test
    void everyScenarioIsTitledInKazakhRussianAndEnglish_eachInItsOwnWords() {
        assertThat(new StubDemoPersonDirectory(DemoPersons.load()).persons()).allSatisfy(p -> {
            assertThat(p.scenario().kk()).as(p.label()).isNotBlank().isNotEqualTo(p.scenario().ru());
            assertThat(p.scenario().en()).as(p.label()).isNotBlank().isNotEqualTo(p.scenario().ru())
                    .doesNotContainPattern("\\p{IsCyrillic}");
        });
    }
}
