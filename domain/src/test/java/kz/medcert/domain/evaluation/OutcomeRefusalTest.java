package kz.medcert.domain.evaluation;

import static kz.medcert.domain.evaluation.DossierFixtures.AD;
import static kz.medcert.domain.evaluation.DossierFixtures.PEDIATRICS;
import static kz.medcert.domain.evaluation.DossierFixtures.evaluate;
import static kz.medcert.domain.evaluation.DossierFixtures.item;
import static kz.medcert.domain.evaluation.DossierFixtures.pdCredits;
import static kz.medcert.domain.evaluation.DossierFixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.dossier.EmploymentPeriod;
import kz.medcert.domain.dossier.HeldCertificate;
import kz.medcert.domain.dossier.Prohibition;
import kz.medcert.domain.evaluation.Outcome.Refusal;
import kz.medcert.domain.reference.LocalizedText;
import kz.medcert.domain.reference.SpecialtyCode;
import kz.medcert.domain.rules.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Refusal grounds (R68, R86, R88–R90; R85 in DatedAfterApplicationTest) and the reasoned refusal (R91). */
class OutcomeRefusalTest {

    @ParameterizedTest(name = "R68: prohibition {0} -> satisfaction {1}, eligible {2}")
    @CsvSource({
            "NONE,                   SATISFIED,     true",
            "NO_DATA,                NOT_STATED,    true",
            "ACTIVITY_PROHIBITED,    NOT_SATISFIED, false",
            "SPECIAL_RIGHT_DEPRIVED, NOT_SATISFIED, false"})
    void r68_prohibitionCheckItem(Prohibition prohibition, Satisfaction satisfaction, boolean eligible) {
        // given
        Dossier dossier = DossierFixtures.pediatricianConfirmingBuilder().prohibition(prohibition).build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        ChecklistItem check = item(evaluation, DocumentCode.PROHIBITION_CHECK).orElseThrow();
        assertThat(check.source()).isEqualTo(Source.REGISTRY);
        assertThat(check.obligation()).isEqualTo(Obligation.MANDATORY);
        assertThat(check.satisfaction()).isEqualTo(satisfaction);
        assertThat(check.rules()).containsExactly(Rule.R68);
        assertThat(evaluation.outcome().isEligible()).isEqualTo(eligible);
    }

    @Test
    void r68_r74_noData_isAReviewNoteForTheOfficerNotARefusal() {
        // given
        Dossier dossier = DossierFixtures.pediatricianConfirmingBuilder().prohibition(Prohibition.NO_DATA).build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        assertThat(evaluation.outcome().isEligible()).isTrue();
        assertThat(evaluation.reviewNotes()).singleElement().satisfies(note -> {
            assertThat(note.code()).isEqualTo("PROHIBITION_NO_DATA");
            assertThat(note.rules()).containsExactly(Rule.R68);
        });
    }

    @Test
    void r68_r88_activityProhibited_isGround4() {
        // given
        Dossier dossier = DossierFixtures.pediatricianConfirmingBuilder()
                .prohibition(Prohibition.ACTIVITY_PROHIBITED).build();

        // when
        Refusal refusal = refusal(evaluate(dossier));

        // then
        assertThat(refusal.grounds()).containsExactly(Ground.GROUND_4_COURT_PROHIBITION);
        assertThat(refusal.failedRules()).containsExactly(Rule.R68, Rule.R88);
    }

    @Test
    void r68_r89_specialRightDeprived_isGround5_onForeignRoutesToo() {
        // given
        Dossier dossier = DossierFixtures.foreignFirstTimeSpecialistBuilder()
                .prohibition(Prohibition.SPECIAL_RIGHT_DEPRIVED).build();

        // when
        Refusal refusal = refusal(evaluate(dossier));

        // then
        assertThat(refusal.grounds()).containsExactly(Ground.GROUND_5_SPECIAL_RIGHT_DEPRIVED);
        assertThat(refusal.failedRules()).containsExactly(Rule.R68, Rule.R89);
    }

    @Test
    void r60_r90_domesticWithoutConsent_isGround6() {
        // given
        Dossier dossier = DossierFixtures.pediatricianConfirmingBuilder().consentGiven(false).build();

        // when
        Refusal refusal = refusal(evaluate(dossier));

        // then
        assertThat(refusal.grounds()).containsExactly(Ground.GROUND_6_NO_CONSENT);
        assertThat(refusal.failedRules()).containsExactly(Rule.R60, Rule.R90);
    }

    @Test
    void r61_r90_foreignWithoutConsent_isGround6() {
        // given
        Dossier dossier = DossierFixtures.foreignFirstTimeSpecialistBuilder().consentGiven(false).build();

        // when
        Refusal refusal = refusal(evaluate(dossier));

        // then
        assertThat(refusal.grounds()).containsExactly(Ground.GROUND_6_NO_CONSENT);
        assertThat(refusal.failedRules()).containsExactly(Rule.R61, Rule.R90);
    }

    @Test
    void r02_r86_specialtyNotInTheList_isGround2() {
        // given: an education field code, not a certification specialty
        Dossier dossier = DossierFixtures.pediatricianConfirmingBuilder()
                .declaredSpecialty(SpecialtyCode.of("PHARMACY")).build();

        // when
        Refusal refusal = refusal(evaluate(dossier));

        // then
        assertThat(refusal.grounds()).contains(Ground.GROUND_2_REQUIREMENTS_NOT_MET);
        assertThat(refusal.failedRules()).contains(Rule.R02);
        assertThat(Ground.GROUND_2_REQUIREMENTS_NOT_MET.rule()).isEqualTo(Rule.R86);
    }

    @Test
    void r53_r86_foreignFirstTimeWithoutLabourPermit_isGround2() {
        // given
        Dossier dossier = DossierFixtures.foreignFirstTimeSpecialistBuilder().labourPermit(null).build();

        // when
        Refusal refusal = refusal(evaluate(dossier));

        // then
        assertThat(refusal.grounds()).containsExactly(Ground.GROUND_2_REQUIREMENTS_NOT_MET);
        assertThat(refusal.failedRules()).containsExactly(Rule.R53);
    }

    @Test
    void r91_severalFailures_listEveryGroundAndEveryRule_inEveryLanguage() {
        // given: no consent (6), prohibited (4), PD short (2: the PD dated after AD does not count, R85)
        Dossier dossier = DossierFixtures.pediatricianWithoutHistory(AD)
                .certificate(HeldCertificate.valid(PEDIATRICS, LocalDate.of(2020, 3, 1),
                        LocalDate.of(2025, 3, 1), true))
                .employment(EmploymentPeriod.current(PEDIATRICS, LocalDate.of(2011, 8, 1),
                        true))
                .professionalDevelopment(pdCredits(PEDIATRICS, 1, LocalDate.of(2023, 1, 1)))
                .professionalDevelopment(pdCredits(PEDIATRICS, 4, AD.plusDays(2)))
                .consentGiven(false)
                .prohibition(Prohibition.ACTIVITY_PROHIBITED)
                .build();

        // when
        Refusal refusal = refusal(evaluate(dossier));

        // then
        assertThat(refusal.grounds()).containsExactly(Ground.GROUND_2_REQUIREMENTS_NOT_MET,
                Ground.GROUND_4_COURT_PROHIBITION, Ground.GROUND_6_NO_CONSENT);
        assertThat(refusal.failedRules()).containsExactly(Rule.R32, Rule.R60, Rule.R68, Rule.R88, Rule.R90);
        assertThat(refusal.findings()).hasSize(3);
        LocalizedText motivation = refusal.motivation();
        for (String text : List.of(motivation.kk(), motivation.ru(), motivation.en())) {
            assertThat(text).contains("2, 4, 6");
            for (Ground ground : refusal.grounds()) {
                assertThat(text).contains(ground.number() + ") ");
            }
            for (Rule rule : refusal.failedRules()) {
                assertThat(text).contains(rule.id());
            }
        }
    }

    @ParameterizedTest(name = "R91: a single {0} refusal still carries ground, rules and a motivation")
    @EnumSource(value = Prohibition.class, names = {"ACTIVITY_PROHIBITED", "SPECIAL_RIGHT_DEPRIVED"})
    void r91_singleGroundRefusal_isReasoned(Prohibition prohibition) {
        // given
        Dossier dossier = DossierFixtures.pediatricianConfirmingBuilder().prohibition(prohibition).build();

        // when
        Refusal refusal = refusal(evaluate(dossier));

        // then
        assertThat(refusal.grounds()).hasSize(1);
        Ground ground = refusal.grounds().get(0);
        assertThat(refusal.motivation().kk()).contains(ground.description().kk());
        assertThat(refusal.motivation().ru()).contains(ground.description().ru());
        assertThat(refusal.motivation().en()).contains(ground.description().en());
    }

    @Test
    void r91_eligibleOutcome_hasNoGrounds() {
        // when
        Outcome outcome = evaluate(DossierFixtures.pediatricianConfirming()).outcome();

        // then
        assertThat(outcome.<List<Ground>>fold(e -> List.of(), Refusal::grounds)).isEmpty();
        assertThat(outcome.motivation().kk()).isNotBlank();
        assertThat(outcome.motivation().ru()).isNotBlank();
        assertThat(outcome.motivation().en()).isNotBlank();
    }

    @Test
    void r91_motivationPrintsVolumesInPlainNotation() {
        // given: a long break on confirmation (8 credits = 240 h required) and 3 credits of PD
        Dossier dossier = DossierFixtures.pediatricianWithoutHistory(AD)
                .certificate(HeldCertificate.valid(PEDIATRICS, LocalDate.of(2020, 3, 1),
                        LocalDate.of(2025, 3, 1), true))
                .employment(EmploymentPeriod.ended(PEDIATRICS, LocalDate.of(2011, 8, 1),
                        LocalDate.of(2020, 1, 1), true))
                .professionalDevelopment(pdCredits(PEDIATRICS, 3, LocalDate.of(2023, 1, 1)))
                .build();

        // when
        LocalizedText motivation = refusal(evaluate(dossier)).motivation();

        // then
        assertThat(motivation.en()).contains("(240 h)").doesNotContain("E+");
        assertThat(motivation.ru()).contains("(240 ч)").doesNotContain("E+");
    }
}
