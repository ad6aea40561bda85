package kz.medcert.adapters.web.applicant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import kz.medcert.adapters.web.Page.FieldProblem;
import kz.medcert.adapters.web.i18n.Language;
import kz.medcert.adapters.web.i18n.Messages;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.person.Sex;
import kz.medcert.domain.reference.SpecialtyCatalogue;
import kz.medcert.domain.request.ApplicationForms;
import org.junit.jupiter.api.Test;

/** The browser's application form asks what the domain's form of the service asks (R17, R71; Appendices 1 and 5). */
class ApplicationFormTest {
    private static final Iin IIN = Iin.of(LocalDate.of(1985, 4, 12), Sex.FEMALE, 371);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 8);
    private final Messages en = Messages.of(Language.EN);

    private ApplicationForm.Checked typed(Map<String, String> values) {
        Map<String, String> form = new HashMap<>(Map.of("surname", "Иванова", "givenName", "Анна",
                "specialty", "THERAPY"));
        form.putAll(values);
        return ApplicationForm.read(name -> form.getOrDefault(name, "")).check(IIN, TODAY,
                SpecialtyCatalogue.standard(), en);
    }

    @Test
    void aForeignSpecialistsForm_asksTheOrganisationAPostalAddressAndAPhone_atTheirFields_R17() {
        ApplicationForm.Checked checked = typed(Map.of("category", "FOREIGN"));

        assertThat(checked).isInstanceOfSatisfying(ApplicationForm.Invalid.class, invalid -> assertThat(
                invalid.problems()).extracting(FieldProblem::field).containsExactly("orgName", "orgOwnership",
                "orgAddress", "postalAddress", "phone"));
        assertThat(ApplicationForms.requires(Category.FOREIGN)).hasSize(3);
    }

    @Test
    void aForeignSpecialistsCompleteForm_startsWithTheOrganisationAndContact_andNoRegion_R17() {
        ApplicationForm.Checked checked = typed(Map.of("category", "FOREIGN", "orgName", "City Hospital No. 1",
                "orgOwnership", "state", "orgAddress", "Almaty, Tole Bi St 93", "postalAddress", "Almaty, Abay 10",
                "phone", "+7 700 400 00 01"));

        assertThat(checked).isInstanceOfSatisfying(ApplicationForm.Valid.class, valid -> {
            assertThat(valid.command().details().organisation()).hasValueSatisfying(o -> assertThat(o.name())
                    .isEqualTo("City Hospital No. 1"));
            assertThat(valid.command().applicant().contact().phone()).contains("+7 700 400 00 01");
            assertThat(valid.command().applicant().region()).isEmpty();
        });
    }

    @Test
    void aDomesticSpecialistsForm_asksTheRegion_andNothingOfAppendix5_R71() {
        ApplicationForm.Checked checked = typed(Map.of("category", "DOMESTIC"));

        assertThat(checked).isInstanceOfSatisfying(ApplicationForm.Invalid.class, invalid -> assertThat(
                invalid.problems()).extracting(FieldProblem::field).containsExactly("region"));
    }
}
