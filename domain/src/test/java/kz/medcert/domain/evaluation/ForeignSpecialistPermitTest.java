package kz.medcert.domain.evaluation;

import static kz.medcert.domain.evaluation.DocumentScenarios.KYRGYZSTAN;
import static kz.medcert.domain.evaluation.DocumentScenarios.RUSSIA;
import static kz.medcert.domain.evaluation.DocumentScenarios.THERAPY;
import static kz.medcert.domain.evaluation.DocumentScenarios.UZBEKISTAN;
import static kz.medcert.domain.evaluation.DocumentScenarios.exempt;
import static kz.medcert.domain.evaluation.DocumentScenarios.failedRules;
import static kz.medcert.domain.evaluation.DocumentScenarios.items;
import static kz.medcert.domain.evaluation.DocumentScenarios.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.dossier.DossierBuilder;
import kz.medcert.domain.reference.CountryCode;
import kz.medcert.domain.rules.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R53: the permit to attract foreign labour, with the permanent-resident and EAEU exemptions (R108). */
class ForeignSpecialistPermitTest {

    private static DossierBuilder foreigner(CountryCode citizenship, LocalDate applicationDate) {
        return Dossier.builder(Category.FOREIGN, THERAPY, applicationDate).citizenship(citizenship);
    }

    private static boolean permitRequired(Evaluation evaluation) {
        return !items(evaluation, DocumentCode.LABOUR_PERMIT).isEmpty();
    }

    @Test
    void r53_citizenOfAStateOutsideTheEaeuWithoutPermit_isRefused() {
        // given
        Evaluation evaluation = DossierFixtures.evaluate(foreigner(UZBEKISTAN, DossierFixtures.AD).build());

        // when
        ChecklistItem item = only(evaluation, DocumentCode.LABOUR_PERMIT);

        // then
        assertThat(item.obligation()).isEqualTo(Obligation.MANDATORY);
        assertThat(item.source()).isEqualTo(Source.APPLICANT);
        assertThat(item.satisfaction()).isEqualTo(Satisfaction.NOT_SATISFIED);
        assertThat(item.rules()).containsExactly(Rule.R53);
        assertThat(item.basis()).isEqualTo("Appendix 6, row 8, first-time item 7");
        assertThat(failedRules(evaluation)).contains(Rule.R53);
        assertThat(DossierFixtures.refusal(evaluation).grounds()).contains(Ground.GROUND_2_REQUIREMENTS_NOT_MET);
    }

    @Test
    void r53_permitHeld_isSatisfied() {
        // given: the Turkish fixture specialist holds a permit
        Evaluation evaluation = DossierFixtures.evaluate(DossierFixtures.foreignFirstTimeSpecialist());

        // then
        assertThat(only(evaluation, DocumentCode.LABOUR_PERMIT).satisfaction()).isEqualTo(Satisfaction.SATISFIED);
        assertThat(evaluation.outcome().isEligible()).isTrue();
    }

    @Test
    void r53_permanentResident_isExempt() {
        // given: a Turkish permanent resident of Kazakhstan
        Evaluation evaluation = DossierFixtures.evaluate(foreigner(DossierFixtures.TURKEY, DossierFixtures.AD)
                .permanentResident(true).build());

        // then
        assertThat(permitRequired(evaluation)).isFalse();
        assertThat(exempt(evaluation, DocumentCode.LABOUR_PERMIT)).hasValueSatisfying(n -> {
            assertThat(n.rules()).contains(Rule.R53);
            assertThat(n.reason()).contains("permanent resident");
        });
        assertThat(failedRules(evaluation)).doesNotContain(Rule.R53);
    }

    @Test
    void r53_r108_russianCitizen_isExemptAsAnEaeuCitizen() {
        // given
        Evaluation evaluation = DossierFixtures.evaluate(foreigner(RUSSIA, DossierFixtures.AD).build());

        // then
        assertThat(permitRequired(evaluation)).isFalse();
        assertThat(exempt(evaluation, DocumentCode.LABOUR_PERMIT)).hasValueSatisfying(n -> {
            assertThat(n.rules()).containsExactly(Rule.R53, Rule.R108);
            assertThat(n.reason()).contains("EAEU");
        });
    }

    @ParameterizedTest(name = "R53 R108 Kyrgyz citizen applying {0}: permit required = {1}")
    @CsvSource({"2015-08-11, true", "2015-08-12, false", "2015-08-13, false", "2024-12-02, false"})
    void r53_r108_kyrgyzCitizen_isExemptFromTheDayKyrgyzstanJoinedTheEaeu(LocalDate applied, boolean required) {
        // given: Kyrgyzstan is a member from 2015-08-12
        Evaluation evaluation = DossierFixtures.evaluate(foreigner(KYRGYZSTAN, applied).build());

        // then
        assertThat(permitRequired(evaluation)).isEqualTo(required);
        assertThat(failedRules(evaluation).contains(Rule.R53)).isEqualTo(required);
    }

    @Test
    void r53_citizenshipNotStated_needsThePermit() {
        // given
        Evaluation evaluation = DossierFixtures.evaluate(Dossier.builder(Category.FOREIGN, THERAPY,
                DossierFixtures.AD).build());

        // then
        assertThat(permitRequired(evaluation)).isTrue();
    }

    @Test
    void r53_domesticApplicant_needsNoPermit() {
        // given
        Evaluation evaluation = DossierFixtures.evaluate(DossierFixtures.pediatricianConfirming());

        // then
        assertThat(permitRequired(evaluation)).isFalse();
        assertThat(exempt(evaluation, DocumentCode.LABOUR_PERMIT)).isPresent();
    }

    @Test
    void r53_onForeignConfirmation_thePermitIsRecordedIfAny_andNeverRefused() {
        // given: a confirming Uzbek specialist without a permit
        Dossier fixture = DossierFixtures.foreignConfirmingSpecialist();
        Evaluation withPermit = DossierFixtures.evaluate(fixture);
        Evaluation without = DossierFixtures.evaluate(Dossier.builder(Category.FOREIGN, THERAPY, DossierFixtures.AD)
                .citizenship(UZBEKISTAN).certificate(fixture.certificates().get(0)).identityInRegistry(true)
                .employment(fixture.employment().periods().get(0))
                .professionalDevelopment(fixture.professionalDevelopment().get(0)).build());

        // then
        assertThat(only(withPermit, DocumentCode.LABOUR_PERMIT).obligation()).isEqualTo(Obligation.IF_ANY);
        assertThat(without.route().route()).isEqualTo(Route.FOREIGN_CONFIRMATION);
        assertThat(only(without, DocumentCode.LABOUR_PERMIT).obligation()).isEqualTo(Obligation.IF_ANY);
        assertThat(failedRules(without)).doesNotContain(Rule.R53);
    }
}
