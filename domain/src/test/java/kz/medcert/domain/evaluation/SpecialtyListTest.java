package kz.medcert.domain.evaluation;

import static kz.medcert.domain.evaluation.DocumentScenarios.CARDIOLOGY;
import static kz.medcert.domain.evaluation.DocumentScenarios.THERAPY;
import static kz.medcert.domain.evaluation.DocumentScenarios.failedRules;
import static kz.medcert.domain.evaluation.DocumentScenarios.grounds;
import static org.assertj.core.api.Assertions.assertThat;

import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.reference.LocalizedText;
import kz.medcert.domain.reference.SpecialtyCatalogue;
import kz.medcert.domain.reference.SpecialtyCode;
import kz.medcert.domain.rules.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** R02: the declared specialty (and specialization) must be in the List of specialties (ҚР ДСМ-218/2020). */
class SpecialtyListTest {
    private static final SpecialtyCode GENERAL_MEDICINE = SpecialtyCode.of("GENERAL_MEDICINE");
    private static final SpecialtyCode INTERVENTIONAL_CARDIOLOGY = DossierFixtures.INTERVENTIONAL_CARDIOLOGY;

    @ParameterizedTest(name = "R02 education field {0} declared as a specialty: refusal ground 2")
    @ValueSource(strings = {"GENERAL_MEDICINE", "PHARMACY", "ORIENTAL_MEDICINE", "SANITARY_FELDSHER"})
    void r02_knownEducationFieldThatIsNotInTheList_isRefusedOnGround2(String code) {
        // given: a code the system knows (an education field), but not a certification specialty of the List
        SpecialtyCode declared = SpecialtyCode.of(code);
        assertThat(SpecialtyCatalogue.standard().isKnownCode(declared)).isTrue();
        assertThat(SpecialtyCatalogue.standard().find(declared)).isEmpty();
        Dossier dossier = DossierFixtures.domesticFirstTimeGraduateBuilder().declaredSpecialty(declared).build();

        // when
        Evaluation evaluation = DossierFixtures.evaluate(dossier);

        // then
        Outcome.Refusal refusal = DossierFixtures.refusal(evaluation);
        assertThat(refusal.grounds()).contains(Ground.GROUND_2_REQUIREMENTS_NOT_MET);
        assertThat(refusal.failedRules()).contains(Rule.R02);
        assertThat(refusal.findings()).anySatisfy(f -> {
            assertThat(f.rules()).contains(Rule.R02);
            assertThat(f.ground()).isEqualTo(Ground.GROUND_2_REQUIREMENTS_NOT_MET);
            // named, never by its code: «Жалпы медицина», not GENERAL_MEDICINE
            LocalizedText name = SpecialtyCatalogue.standard().nameOf(declared);
            assertThat(f.explanation().en()).contains(name.en()).doesNotContain(code);
            assertThat(f.explanation().ru()).contains("«" + name.ru() + "»").doesNotContain(code);
            assertThat(f.explanation().kk()).contains("«" + name.kk() + "»").doesNotContain(code);
        });
        assertThat(refusal.motivation().ru()).contains("R02");
    }

    @Test
    void r02_generalMedicineDeclaredByForeignSpecialist_isRefusedToo() {
        // given: A6 does not repeat R02; the catalogue applies it to FOR as well
        Dossier dossier = DossierFixtures.foreignFirstTimeSpecialistBuilder().declaredSpecialty(GENERAL_MEDICINE)
                .build();

        // when
        Evaluation evaluation = DossierFixtures.evaluate(dossier);

        // then
        assertThat(grounds(evaluation)).contains(Ground.GROUND_2_REQUIREMENTS_NOT_MET);
        assertThat(failedRules(evaluation)).contains(Rule.R02);
    }

    @Test
    void r02_specializationUnderTheDeclaredSpecialty_isAdmissible() {
        // given: INTERVENTIONAL_CARDIOLOGY is a specialization of CARDIOLOGY
        Dossier dossier = Dossier.builder(Category.DOMESTIC, CARDIOLOGY, DossierFixtures.AD)
                .declaredSpecialization(INTERVENTIONAL_CARDIOLOGY).build();

        // when
        Evaluation evaluation = DossierFixtures.evaluate(dossier);

        // then
        assertThat(failedRules(evaluation)).doesNotContain(Rule.R02);
    }

    @Test
    void r02_specializationNotUnderTheDeclaredSpecialty_isRefusedOnGround2() {
        // given: INTERVENTIONAL_CARDIOLOGY declared under THERAPY
        Dossier dossier = DossierFixtures.domesticFirstTimeGraduateBuilder().declaredSpecialty(THERAPY)
                .declaredSpecialization(INTERVENTIONAL_CARDIOLOGY).build();

        // when
        Evaluation evaluation = DossierFixtures.evaluate(dossier);

        // then
        Outcome.Refusal refusal = DossierFixtures.refusal(evaluation);
        assertThat(refusal.findings()).anySatisfy(f -> {
            assertThat(f.rules()).containsExactly(Rule.R02);
            assertThat(f.ground()).isEqualTo(Ground.GROUND_2_REQUIREMENTS_NOT_MET);
            assertThat(f.explanation().en()).contains("Interventional cardiology", "Therapy")
                    .doesNotContain("INTERVENTIONAL_CARDIOLOGY", "THERAPY");
            assertThat(f.explanation().ru()).isEqualTo(
                    "Специализация «Интервенционная кардиология» не относится к специальности «Терапия»");
        });
    }

    @Test
    void r02_specializationThatIsNotInTheList_isRefusedOnGround2() {
        // given: a specialization code that is an education field, not a List entry
        Dossier dossier = DossierFixtures.domesticFirstTimeGraduateBuilder()
                .declaredSpecialization(SpecialtyCode.of("DENTAL_PRACTITIONER")).build();

        // when
        Evaluation evaluation = DossierFixtures.evaluate(dossier);

        // then
        assertThat(failedRules(evaluation)).contains(Rule.R02);
    }

    @Test
    void r02_aSpecialtyDeclaredAsItsOwnSpecialization_isRefused() {
        // given: CARDIOLOGY is a specialty, not a specialization of CARDIOLOGY
        Dossier dossier = Dossier.builder(Category.DOMESTIC, CARDIOLOGY, DossierFixtures.AD)
                .declaredSpecialization(CARDIOLOGY).build();

        // when
        Evaluation evaluation = DossierFixtures.evaluate(dossier);

        // then
        assertThat(failedRules(evaluation)).contains(Rule.R02);
    }

    @ParameterizedTest(name = "R02 List specialty {0} passes the List check")
    @ValueSource(strings = {"PEDIATRICS", "THERAPY", "NURSING", "MEDICAL_CARE", "MIDWIFERY",
            "LABORATORY_DIAGNOSTICS", "DENTISTRY", "INTERVENTIONAL_CARDIOLOGY"})
    void r02_specialtiesOfTheList_areNotRefusedUnderR02(String code) {
        // given
        Dossier dossier = Dossier.builder(Category.DOMESTIC, SpecialtyCode.of(code), DossierFixtures.AD).build();

        // when
        Evaluation evaluation = DossierFixtures.evaluate(dossier);

        // then
        assertThat(failedRules(evaluation)).doesNotContain(Rule.R02);
    }
}
