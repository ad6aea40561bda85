package kz.medcert.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import kz.medcert.domain.calendar.WorkingCalendar;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.reference.SpecialtyCatalogue;
import kz.medcert.domain.rules.Rule;
import kz.medcert.domain.rules.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The versioned rule set (R84, R109): which applications it governs, and that every evaluation names it. */
class OutcomeRuleSetTest {

    @Test
    void r84_r109_earliestEntryIntoForce_isTheDayAfterSixtyDaysFromAPublicationOnRegistrationDay() {
        // then: «алғашқы ресми жарияланған күнінен кейін күнтізбелік алпыс күн өткен соң» — days 1..60 after
        // 2024-06-21 end on 2024-08-20, so the Order applies from 2024-08-21
        assertThat(RuleSet.REGISTERED_ON).isEqualTo(LocalDate.of(2024, 6, 21));
        assertThat(RuleSet.EARLIEST_ENTRY_INTO_FORCE).isEqualTo(LocalDate.of(2024, 8, 21));
        assertThat(RuleSet.ORDER_23_2024.effectiveFrom()).isEqualTo(RuleSet.EARLIEST_ENTRY_INTO_FORCE);
    }

    @ParameterizedTest(name = "R84: first official publication on {0} -> applies from {1}")
    @CsvSource({"2024-06-21, 2024-08-21", "2024-06-22, 2024-08-22", "2024-06-30, 2024-08-30",
            "2024-07-01, 2024-08-31"})
    void r84_entryIntoForce_followsThePublicationRecord(LocalDate publishedOn, LocalDate appliesFrom) {
        // then
        assertThat(RuleSet.entryIntoForceAfterPublication(publishedOn)).isEqualTo(appliesFrom);
    }

    @ParameterizedTest(name = "R84: application on {0} -> RULE_SET_NOT_IN_FORCE note {1}")
    @CsvSource({"2024-08-20, true", "2024-08-21, false", "2024-08-22, false"})
    void r84_applicationBeforeEntryIntoForce_getsAReviewNoteNotARefusal(LocalDate ad, boolean noted) {
        // given
        Dossier dossier = DossierFixtures.pediatricianConfirmingBuilder().applicationDate(ad).submittedAt(null)
                .build();

        // when
        Evaluation evaluation = DossierFixtures.evaluate(dossier);

        // then
        assertThat(evaluation.ruleSet()).isEqualTo(RuleSet.ORDER_23_2024.version());
        assertThat(evaluation.outcome().isEligible()).isTrue();
        assertThat(evaluation.reviewNotes().stream().anyMatch(n -> n.code().equals("RULE_SET_NOT_IN_FORCE")))
                .isEqualTo(noted);
        evaluation.reviewNotes().stream().filter(n -> n.code().equals("RULE_SET_NOT_IN_FORCE"))
                .forEach(note -> {
                    assertThat(note.rules()).containsExactly(Rule.R84);
                    assertThat(note.text().kk()).contains("21.08.2024");
                    assertThat(note.text().ru()).contains("21.08.2024");
                    assertThat(note.text().en()).contains("21.08.2024");
                });
    }

    @Test
    void r84_configuredEntryIntoForce_isHonouredAndTheVersionReported() {
        // given: the real publication date turned out later
        RuleSet later = RuleSet.ORDER_23_2024.effectiveFrom(LocalDate.of(2025, 1, 1));
        CertificationRules rules = new CertificationRules(later, SpecialtyCatalogue.standard(),
                WorkingCalendar.kazakhstan());

        // when
        Evaluation evaluation = rules.evaluate(DossierFixtures.pediatricianConfirming());

        // then
        assertThat(rules.ruleSet()).isEqualTo(later);
        assertThat(later.continuityGapToleranceDays()).isEqualTo(RuleSet.CONTINUITY_GAP_TOLERANCE_DAYS);
        assertThat(evaluation.ruleSet()).isEqualTo(later.version()).isNotBlank();
        assertThat(evaluation.reviewNotes()).anySatisfy(note -> {
            assertThat(note.code()).isEqualTo("RULE_SET_NOT_IN_FORCE");
            assertThat(note.text().en()).contains("01.01.2025");
        });
        assertThat(evaluation.outcome().isEligible()).isTrue();
    }

    @Test
    void r84_governs_isInclusiveOfTheFirstDay() {
        // given
        RuleSet ruleSet = RuleSet.ORDER_23_2024;

        // then
        assertThat(ruleSet.governs(LocalDate.of(2024, 8, 20))).isFalse();
        assertThat(ruleSet.governs(LocalDate.of(2024, 8, 21))).isTrue();
        assertThat(ruleSet.governs(LocalDate.of(2024, 8, 22))).isTrue();
    }

    @Test
    void r84_everyThresholdIsListedWithTheRulesThatUseIt() {
        // when
        var thresholds = RuleSet.ORDER_23_2024.thresholds();

        // then
        assertThat(thresholds).extracting(t -> t.name()).contains("LAPSE_LIMIT", "BREAK_LIMIT",
                "RECENT_GRADUATE_LIMIT", "PD_FIRST_TIME_CREDITS", "PD_CONFIRMATION_CREDITS", "PD_WINDOW",
                "INDEFINITE_ISSUED_BEFORE", "CERTIFICATE_VALIDITY", "CONTINUITY_GAP_TOLERANCE_DAYS",
                "ENTRY_INTO_FORCE_DAYS_AFTER_PUBLICATION");
        assertThat(thresholds).filteredOn(t -> t.name().equals("CONTINUITY_GAP_TOLERANCE_DAYS")).singleElement()
                .satisfies(t -> {
                    assertThat(t.value()).isEqualTo("31");
                    assertThat(t.rules()).containsExactly(Rule.R40, Rule.R45);
                });
        assertThat(RuleSet.ORDER_23_2024.continuityGapTolerance(10).thresholds())
                .filteredOn(t -> t.name().equals("CONTINUITY_GAP_TOLERANCE_DAYS")).extracting(t -> t.value())
                .containsExactly("10");
        assertThat(thresholds).allSatisfy(t -> assertThat(t.rules()).isNotEmpty());
        assertThat(RuleSet.PD_FIRST_TIME_CREDITS).isEqualByComparingTo("8");
        assertThat(RuleSet.PD_CONFIRMATION_CREDITS).isEqualByComparingTo("4");
        assertThat(RuleSet.HOURS_PER_CREDIT).isEqualTo(30);
        assertThat(RuleSet.INDEFINITE_ISSUED_BEFORE).isEqualTo(LocalDate.of(2015, 10, 9));
    }
}
