package kz.medcert.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import kz.medcert.domain.evaluation.CertificationRules;
import kz.medcert.domain.evaluation.DossierFixtures;
import kz.medcert.domain.evaluation.Outcome;
import org.junit.jupiter.api.Test;

/** The catalogue's IDs are all present, and the service parameters the rules module carries hold. */
class RuleCatalogueTest {

    @Test
    void everyCatalogueIdR01ToR109HasATitle() {
        List<String> expected = IntStream.rangeClosed(1, 109).mapToObj(i -> String.format("R%02d", i)).toList();

        assertThat(Arrays.stream(Rule.values()).map(Rule::id)).containsExactlyElementsOf(expected);
        assertThat(Rule.values()).allSatisfy(rule -> assertThat(rule.title()).isNotBlank());
    }

    @Test
    void r75_theResultIsEitherEligibleForACertificateOrAReasonedRefusal() {
        Outcome eligible = CertificationRules.standard().evaluate(DossierFixtures.pediatricianConfirming()).outcome();
        Outcome refused = CertificationRules.standard().evaluate(DossierFixtures.pediatricianConfirmingBuilder()
                .consentGiven(false).build()).outcome();

        assertThat(eligible).isInstanceOf(Outcome.Eligible.class);
        assertThat(refused).isInstanceOfSatisfying(Outcome.Refusal.class, r -> {
            assertThat(r.grounds()).isNotEmpty();
            assertThat(r.motivation().kk()).isNotBlank();
        });
    }

    @Test
    void r73_r77_r78_serviceParametersAreNamedThresholds() {
        assertThat(RuleSet.SERVICE_TERM_WORKING_DAYS).isEqualTo(5);
        assertThat(RuleSet.WORKDAY_START).hasToString("09:00");
        assertThat(RuleSet.WORKDAY_END).hasToString("18:30");
        assertThat(RuleSet.ORDER_23_2024.thresholds()).extracting(Threshold::name)
                .contains("SERVICE_TERM_WORKING_DAYS", "WORKDAY_START", "WORKDAY_END");
    }
}
