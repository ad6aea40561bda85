package kz.medcert.application.service.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import kz.medcert.application.port.in.reference.ReferenceDataUseCase.ReferenceData;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.access.Regions;
import kz.medcert.domain.evaluation.Ground;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.evaluation.CertificationRules;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.reference.EducationLevel;
import kz.medcert.domain.reference.QualificationLevel;
import kz.medcert.domain.reference.Specialty;
import kz.medcert.domain.reference.SpecialtyCode;
import kz.medcert.domain.rules.RuleSet;
import org.junit.jupiter.api.Test;

/** The pickers a portal fills: only codes the rules know (R02, R96), each with kk/ru/en names. */
class ReferenceDataServiceTest {
    private final CertificationRules rules = CertificationRules.standard();
    private final ReferenceDataService service = new ReferenceDataService(rules);

    @Test
    void listsTheSpecialtiesOfTheList_withKazakhRussianAndEnglishNames_R02() {
        // when
        ReferenceData data = service.referenceData();

        // then
        assertThat(data.specialties()).isNotEmpty().containsExactlyElementsOf(rules.catalogue().all());
        assertThat(data.specialties()).extracting(Specialty::code)
                .contains(SpecialtyCode.of("PEDIATRICS"), SpecialtyCode.NURSING);
        assertThat(data.specialties()).allSatisfy(specialty -> {
            assertThat(specialty.name().kk()).isNotBlank();
            assertThat(specialty.name().ru()).isNotBlank();
            assertThat(specialty.name().en()).isNotBlank();
        });
    }

    @Test
    void namesTheRuleSetVersion_R84() {
        // when
        ReferenceData data = service.referenceData();

        // then
        assertThat(data.ruleSet()).isEqualTo(RuleSet.ORDER_23_2024.version()).isNotBlank();
    }

    @Test
    void listsEveryEducationLevelFieldQualificationLevelAndDocument() {
        // when
        ReferenceData data = service.referenceData();

        // then
        assertThat(data.educationLevels()).containsExactly(EducationLevel.values());
        assertThat(data.educationFields()).containsExactly(EducationField.values());
        assertThat(data.qualificationLevels()).containsExactly(QualificationLevel.values());
        assertThat(data.documents()).containsExactly(DocumentCode.values());
        assertThat(data.documents()).allSatisfy(document ->
                assertThat(document.localizedName().kk()).isNotBlank());
    }

    @Test
    void listsRegionsWithTheirDepartments_R71_andTheRefusalGrounds_R85_R90() {
        // when
        ReferenceData data = service.referenceData();

        // then
        assertThat(data.regions()).extracting(Regions.Entry::region).containsExactlyInAnyOrder(Region.values());
        assertThat(data.regions()).allSatisfy(region -> assertThat(region.department().en()).isNotBlank());
        assertThat(data.refusalGrounds()).containsExactly(Ground.values());
    }

    @Test
    void namesTheWorkingCalendarOfTheDeadlines_R77() {
        // when
        ReferenceData data = service.referenceData();

        // then
        assertThat(data.calendar()).isSameAs(rules.deadlines().calendar());
        assertThat(data.calendar().coveredYears()).contains(Year.of(2027));
    }
}
