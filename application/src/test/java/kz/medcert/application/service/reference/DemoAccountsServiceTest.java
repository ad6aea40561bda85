package kz.medcert.application.service.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.medcert.application.port.in.reference.DemoAccountsUseCase.DemoAccounts;
import kz.medcert.application.port.in.reference.DemoAccountsUseCase.DemoApplicant;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.person.PersonName;
import kz.medcert.domain.reference.LocalizedText;
import org.junit.jupiter.api.Test;

class DemoAccountsServiceTest {

    @Test
    void listsTheDirectorysPersons_anOfficerOfEveryDepartment_andOneAdministrator_R71() {
        DemoApplicant p01 = new DemoApplicant("P01", Iin.parse("850412413718"),
                PersonName.of("Абенова", "Айгерим", "Болатқызы"), Region.ALMATY_CITY,
                LocalizedText.of("сертификатын растайды", "подтверждает сертификат", "confirms a certificate"));

        DemoAccounts accounts = new DemoAccountsService(() -> List.of(p01)).accounts();

        assertThat(accounts.applicants()).containsExactly(p01);
        assertThat(accounts.officers()).hasSize(Region.values().length)
                .allSatisfy(officer -> assertThat(officer.officerId()).isEqualTo("OFF-" + officer.department().code()));
        assertThat(accounts.officers()).extracting(officer -> officer.department().region())
                .containsExactly(Region.values());
        assertThat(accounts.administrator().adminId()).isEqualTo("ADM-1");
    }
}
