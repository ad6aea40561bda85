package kz.medcert.domain.request;

import static kz.medcert.domain.request.RequestFixtures.minutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kz.medcert.domain.evaluation.Evaluation;
import kz.medcert.domain.evaluation.Ground;
import kz.medcert.domain.evaluation.Outcome;
import kz.medcert.domain.evaluation.RefusalTexts;
import kz.medcert.domain.reference.Language;
import kz.medcert.domain.reference.LocalizedText;
import kz.medcert.domain.rules.Rule;
import org.junit.jupiter.api.Test;

/**
 * R91: a refusal's motivation is kept in Kazakh and Russian, the languages of the decision: the officer writes one or
 * both, the other is the rules' draft on the chosen grounds, marked as generated; English only where the officer wrote
 * it.
 */
class RefusalMotivationTest {
    private static final List<Ground> GROUND_2 = List.of(Ground.GROUND_2_REQUIREMENTS_NOT_MET);
    private static final String RUSSIAN = "Повышение квалификации: 3 кредита из 4 требуемых (R32).";
    private static final String KAZAKH = "Біліктілікті арттыру: талап етілетін 4 кредиттің 3-і (R32).";

    private final Evaluation evaluation = DecisionLifecycleTest.accepted().state().submission().orElseThrow()
            .evaluation();

    @Test
    void theOfficerWritesRussian_andTheKazakhIsTheRulesDraft_markedAsGenerated_R91() {
        RefusalReasons reasons = RefusalReasons.completed(evaluation, GROUND_2, List.of(Rule.R32),
                Motivation.of(null, RUSSIAN, null), List.of());

        LocalizedText draft = RefusalTexts.draft(evaluation, GROUND_2);
        assertThat(reasons.motivation().ru()).contains(RUSSIAN);
        assertThat(reasons.motivation().kk()).contains(draft.kk());
        assertThat(reasons.motivation().en()).isEmpty();
        assertThat(reasons.generated()).containsExactly(Language.KK);
        // the draft is the rules' own refusal on the grounds they found
        assertThat(draft).isEqualTo(((Outcome.Refusal) evaluation.outcome()).motivation());
        assertThat(draft.kk()).startsWith("Мемлекеттік көрсетілетін қызметті көрсетуден бас тарту негіздері: 2");
    }

    @Test
    void theOfficerWritesKazakhAndEnglish_andTheRussianIsGenerated() {
        RefusalReasons reasons = RefusalReasons.completed(evaluation, GROUND_2, List.of(),
                Motivation.of(KAZAKH, null, "3 of the 4 credits required (R32)."), List.of());

        assertThat(reasons.motivation().kk()).contains(KAZAKH);
        assertThat(reasons.motivation().ru()).hasValueSatisfying(ru -> assertThat(ru)
                .startsWith("Отказ в оказании государственной услуги по основаниям: 2"));
        assertThat(reasons.motivation().en()).contains("3 of the 4 credits required (R32).");
        assertThat(reasons.generated()).containsExactly(Language.RU);
    }

    @Test
    void theOfficerWritesBoth_andNothingIsGenerated() {
        RefusalReasons reasons = RefusalReasons.completed(evaluation, GROUND_2, List.of(),
                Motivation.of(KAZAKH, RUSSIAN, null), List.of());

        assertThat(reasons.motivation()).isEqualTo(Motivation.of(KAZAKH, RUSSIAN, null));
        assertThat(reasons.generated()).isEmpty();
    }

    @Test
    void onAGroundTheRulesDidNotFind_theDraftIsTheGroundAsTheOrderWordsIt_R85() {
        UUID upload = UUID.randomUUID();
        RefusalReasons reasons = RefusalReasons.completed(evaluation, List.of(Ground.GROUND_1_UNRELIABLE_DATA),
                List.of(), Motivation.of(null, "Копия диплома изменена.", null), List.of(upload));

        assertThat(reasons.motivation().kk()).hasValueSatisfying(kk -> assertThat(kk)
                .contains("1) " + Ground.GROUND_1_UNRELIABLE_DATA.description().kk())
                .doesNotContain(Ground.GROUND_2_REQUIREMENTS_NOT_MET.description().kk()));
        assertThat(reasons.generated()).containsExactly(Language.KK);
    }

    @Test
    void aMotivationIsTheOfficers_neverOnlyGenerated() {
        Motivation both = Motivation.of(KAZAKH, RUSSIAN, null);

        assertThatThrownBy(() -> new RefusalReasons(GROUND_2, List.of(), both, Set.of(Language.KK, Language.RU),
                List.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Kazakh (kk) or Russian");
        assertThatThrownBy(() -> new RefusalReasons(GROUND_2, List.of(), Motivation.of(null, RUSSIAN, null),
                Set.of(Language.EN), List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Motivation.of(null, null, "English only"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReaderGetsTheirLanguage_orTheOtherLanguageOfTheDecision() {
        Motivation russianOnly = Motivation.of(null, RUSSIAN, null);

        assertThat(russianOnly.forReader(Language.KK)).isEqualTo(RUSSIAN);
        assertThat(russianOnly.forReader(Language.EN)).isEqualTo(RUSSIAN);
        assertThat(Motivation.of(KAZAKH, null, null).forReader(Language.EN)).isEqualTo(KAZAKH);
        assertThat(Motivation.of(KAZAKH, RUSSIAN, "en").forReader(Language.EN)).isEqualTo("en");
    }

    @Test
    void theHistoryOfAProposalAndAFinalRefusal_keepsTheMotivation_andSaysWhichLanguageWasGenerated() {
        RefusalReasons reasons = RefusalReasons.completed(evaluation, GROUND_2, List.of(),
                Motivation.of(null, RUSSIAN, null), List.of());
        CertificationRequest proposed = DecisionLifecycleTest.accepted().refusalProposed(reasons,
                LocalDate.of(2026, 11, 24), "OFFICER O-1", minutes(30));
        CertificationRequest refused = proposed.refused(reasons, LocalDate.of(2026, 11, 25), "OFFICER O-1",
                minutes(40));

        for (CertificationRequest request : List.of(proposed, refused)) {
            assertThat(request.state().history()).last().extracting(HistoryEntry::detail).asString()
                    .contains("[kk] Мемлекеттік", "[ru] " + RUSSIAN, "(generated: kk)");
        }
    }
}
