package kz.medcert.domain.evaluation;

import static kz.medcert.domain.evaluation.DossierFixtures.AD;
import static kz.medcert.domain.evaluation.DossierFixtures.PEDIATRICS;
import static kz.medcert.domain.evaluation.DossierFixtures.THERAPY;
import static kz.medcert.domain.evaluation.DossierFixtures.evaluate;
import static kz.medcert.domain.evaluation.DossierFixtures.pdCredits;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.dossier.EducationRecord;
import kz.medcert.domain.dossier.EmploymentPeriod;
import kz.medcert.domain.dossier.PostgraduateTraining;
import kz.medcert.domain.dossier.PostgraduateType;
import kz.medcert.domain.dossier.Retraining;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.reference.EducationLevel;
import kz.medcert.domain.reference.PersonDates;
import kz.medcert.domain.request.RefusalReasons;
import kz.medcert.domain.rules.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * R85: refusal ground 1 is the *established* unreliability of documents the applicant submitted («көрсетілетін
 * қызметті алушының … ұсынған құжаттардың … анық еместігін анықтау»): an officer's finding, never the rules'. A fact
 * dated after the application date does not count (which may fail a requirement on ground 2) and is named in a
 * review note; a job that starts after it is no finding at all.
 */
class DatedAfterApplicationTest {

    private static List<String> codes(Evaluation evaluation) {
        return evaluation.reviewNotes().stream().map(ReviewNote::code).toList();
    }

    @ParameterizedTest(name = "R85: an extra PD completed AD {0} day -> left out and noted {1}")
    @CsvSource({"-1, false", "0, false", "1, true"})
    void r85_aFactDatedAfterTheApplicationDate_isNotedNotRefused(int offset, boolean noted) {
        // given: an extra PD record on top of a dossier that is eligible as it stands
        Dossier dossier = DossierFixtures.pediatricianConfirmingBuilder()
                .professionalDevelopment(pdCredits(PEDIATRICS, 1, AD.plusDays(offset))).build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        assertThat(evaluation.outcome().isEligible()).isTrue();
        assertThat(codes(evaluation).contains("DATED_AFTER_APPLICATION")).isEqualTo(noted);
        evaluation.reviewNotes().stream().filter(n -> n.code().equals("DATED_AFTER_APPLICATION")).forEach(note -> {
            assertThat(note.rules()).containsExactly(Rule.R85);
            String day = PersonDates.format(AD.plusDays(1));
            assertThat(note.text().en()).contains("professional development " + day);
            assertThat(note.text().ru()).contains("повышение квалификации " + day);
            assertThat(note.text().kk()).contains("біліктілікті арттыру " + day);
        });
    }

    @Test
    void r85_r32_aFactLeftOutMayFailARequirement_onGround2Only() {
        // given: the second PD certificate of the contract example is dated after AD, so only 2 credits count
        Dossier dossier = DossierFixtures.pediatricianWithoutHistory(AD)
                .certificate(DossierFixtures.pediatricianConfirming().certificates().get(0))
                .employment(EmploymentPeriod.current(PEDIATRICS, LocalDate.of(2011, 8, 1), true))
                .professionalDevelopment(pdCredits(PEDIATRICS, 2, LocalDate.of(2021, 3, 15)))
                .professionalDevelopment(pdCredits(PEDIATRICS, 3, AD.plusDays(10)))
                .build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        assertThat(DossierFixtures.refusal(evaluation).grounds()).containsExactly(Ground.GROUND_2_REQUIREMENTS_NOT_MET);
        assertThat(DossierFixtures.refusal(evaluation).failedRules()).containsExactly(Rule.R32);
        assertThat(codes(evaluation)).contains("DATED_AFTER_APPLICATION");
    }

    @Test
    void r85_everyLaterFactIsNamedInOneNote_registryFactsMarked_butNoJobStart() {
        // given: an assessment (always a registry fact), a retraining and an internship after AD, and a new job
        Dossier dossier = DossierFixtures.pediatricianConfirmingBuilder()
                .assessment(DossierFixtures.passedAssessment(PEDIATRICS, AD.plusDays(3)))
                .retraining(new Retraining(THERAPY, 500, AD.plusDays(4), false))
                .postgraduate(new PostgraduateTraining(PostgraduateType.INTERNSHIP, THERAPY, AD.plusDays(6), true))
                .employment(EmploymentPeriod.current(PEDIATRICS, AD.plusDays(5), true))
                .build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        assertThat(evaluation.outcome().isEligible()).isTrue();
        assertThat(evaluation.reviewNotes()).singleElement().satisfies(note -> {
            assertThat(note.code()).isEqualTo("DATED_AFTER_APPLICATION");
            assertThat(note.text().en()).contains("assessment " + PersonDates.format(AD.plusDays(3)) + " (registry)")
                    .contains("retraining " + PersonDates.format(AD.plusDays(4)))
                    .contains("internship " + PersonDates.format(AD.plusDays(6)) + " (registry)")
                    .doesNotContain("employment");
        });
    }

    @Test
    void r85_r52_aForeignSpecialistsJobStartingAfterTheApplication_isNoFinding_andNoLabourActivityYet() {
        // given: the fixture specialist, who has worked since 2016, also takes up the job applied for next month
        Dossier dossier = DossierFixtures.foreignFirstTimeSpecialistBuilder()
                .employment(EmploymentPeriod.current(THERAPY, AD.plusMonths(1), false)).build();
        Dossier onlyTheNewJob = DossierFixtures.foreignSpecialistWithoutHistoryBuilder(AD)
                .professionalDevelopment(pdCredits(THERAPY, 8, LocalDate.of(2023, 5, 20)))
                .assessment(DossierFixtures.passedAssessment(THERAPY, LocalDate.of(2024, 10, 1)))
                .employment(EmploymentPeriod.current(THERAPY, AD.plusMonths(1), false)).build();

        // when
        Evaluation evaluation = evaluate(dossier);
        Evaluation newJobOnly = evaluate(onlyTheNewJob);

        // then
        assertThat(evaluation.outcome().isEligible()).as(evaluation.outcome().toString()).isTrue();
        assertThat(evaluation.reviewNotes()).isEmpty();
        assertThat(codes(newJobOnly)).doesNotContain("DATED_AFTER_APPLICATION");
        assertThat(DossierFixtures.refusal(newJobOnly).failedRules()).containsExactly(Rule.R52);
    }

    @Test
    void r85_r23_aDiplomaDatedAfterTheApplication_doesNotCount_theDiplomaIsMissing() {
        // given: a first-time applicant whose only degree is dated after AD
        Dossier dossier = Dossier.builder(Category.DOMESTIC, PEDIATRICS, AD)
                .education(EducationRecord.domestic(EducationLevel.HIGHER, EducationField.PEDIATRICS, AD.plusDays(1)))
                .assessment(DossierFixtures.passedAssessment(PEDIATRICS, AD.minusDays(1)))
                .build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        assertThat(DossierFixtures.refusal(evaluation).grounds()).containsExactly(Ground.GROUND_2_REQUIREMENTS_NOT_MET);
        assertThat(DossierFixtures.refusal(evaluation).failedRules()).containsExactly(Rule.R23);
        assertThat(evaluation.reviewNotes()).anySatisfy(note -> assertThat(note.text().en())
                .contains("education " + PersonDates.format(AD.plusDays(1))));
    }

    @Test
    void r85_ground1_remainsAValidGround_forTheOfficersOwnFinding() {
        // when: an officer establishes that an uploaded copy was altered
        RefusalReasons forged = new RefusalReasons(List.of(Ground.GROUND_1_UNRELIABLE_DATA), List.of(),
                "The diploma copy was altered.", List.of(java.util.UUID.randomUUID()));

        // then: the evaluation never derives ground 1, but an officer's refusal names it with its rule
        assertThat(forged.grounds()).containsExactly(Ground.GROUND_1_UNRELIABLE_DATA);
        assertThat(forged.failedRules()).containsExactly(Rule.R85);
    }
}
