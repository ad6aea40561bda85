package kz.medcert.domain.request;

import static kz.medcert.domain.request.RequestFixtures.APPLICANT;
import static kz.medcert.domain.request.RequestFixtures.CLINIC;
import static kz.medcert.domain.request.RequestFixtures.T0;
import static kz.medcert.domain.request.RequestFixtures.domesticFormBuilder;
import static kz.medcert.domain.request.RequestFixtures.foreignForm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.UUID;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.person.Contact;
import kz.medcert.domain.reference.InvalidValueException;
import kz.medcert.domain.request.ApplicationForms.Field;
import org.junit.jupiter.api.Test;

/** What each service's application form asks beyond the dossier, decided once for every entry point (R17, R71). */
class ApplicationFormsTest {
    private static final Applicant WITHOUT_REGION = new Applicant(APPLICANT.iin(), APPLICANT.name(), Optional.empty(),
            APPLICANT.contact());
    private static final ApplicationDetails ORGANISATION = new ApplicationDetails(Optional.empty(), Optional.of(CLINIC));

    @Test
    void aDomesticSpecialistsFormAsksForTheRegion_aForeignSpecialistsForOrganisationAddressAndPhone_R17_R71() {
        assertThat(ApplicationForms.requires(Category.DOMESTIC)).containsExactly(Field.REGION);
        assertThat(ApplicationForms.requires(Category.FOREIGN))
                .containsExactlyInAnyOrder(Field.ORGANISATION, Field.POSTAL_ADDRESS, Field.PHONE);
        assertThat(Field.REGION.fieldName()).isEqualTo("region");
    }

    @Test
    void aDomesticStartWithoutARegion_isRefusedNamingIt_withOneItStarts_R71() {
        Dossier form = domesticFormBuilder().build();

        assertThat(ApplicationForms.missing(WITHOUT_REGION, form, ApplicationDetails.NONE)).containsExactly("region");
        assertThat(ApplicationForms.missing(APPLICANT, form, ApplicationDetails.NONE)).isEmpty();
        assertThatThrownBy(() -> CertificationRequest.start(new RequestId(UUID.randomUUID()), WITHOUT_REGION, form,
                ApplicationDetails.NONE, T0, HistoryEntry.SYSTEM))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("region").hasMessageContaining("R71");
        assertThat(CertificationRequest.start(new RequestId(UUID.randomUUID()), APPLICANT, form,
                ApplicationDetails.NONE, T0, HistoryEntry.SYSTEM).state().applicant().region())
                .contains(Region.ALMATY_CITY);
    }

    @Test
    void aForeignSpecialistNeedsNoRegion_butTheOrganisationAndTheirContact_R17_R71() {
        Applicant foreigner = new Applicant(APPLICANT.iin(), APPLICANT.name(), Optional.empty(), Contact.NONE);

        assertThat(ApplicationForms.missing(foreigner, foreignForm(), ApplicationDetails.NONE))
                .containsExactly("organisation", "postalAddress", "phone");
        assertThat(ApplicationForms.missing(WITHOUT_REGION, foreignForm(), ORGANISATION)).isEmpty();
    }

    @Test
    void anAmendmentDoesNotAskTheRegionAgain_aRequestStartedBeforeItWasAskedKeepsItsPlace_R71() {
        Dossier form = domesticFormBuilder().build();

        ApplicationForms.checkAmendment(WITHOUT_REGION, form, ApplicationDetails.NONE);
        assertThatThrownBy(() -> ApplicationForms.check(WITHOUT_REGION, form, ApplicationDetails.NONE))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ApplicationForms.checkAmendment(WITHOUT_REGION, foreignForm(), ApplicationDetails.NONE))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("organisation");
    }
}
