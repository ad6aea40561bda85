package kz.medcert.adapters.registries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.dossier.Prohibition;
import kz.medcert.domain.evaluation.CertificationRules;
import kz.medcert.domain.evaluation.ChecklistItem;
import kz.medcert.domain.evaluation.Evaluation;
import kz.medcert.domain.evaluation.Flag;
import kz.medcert.domain.evaluation.Ground;
import kz.medcert.domain.evaluation.Obligation;
import kz.medcert.domain.evaluation.Outcome;
import kz.medcert.domain.evaluation.Route;
import kz.medcert.domain.reference.EaeuMembership;
import kz.medcert.domain.reference.SpecialtyCode;
import kz.medcert.domain.rules.Rule;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every demo scenario, assembled from the stub registries' answers and the declared facts, gets the evaluation its
 * file entry expects; together they reach every route, flag and reachable refusal ground.
 */
class DemoScenarioCoverageTest {
    private static final DemoPersons PERSONS = DemoPersons.load();
    private static final CertificationRules RULES = CertificationRules.standard();
    private static final Map<String, Evaluation> EVALUATIONS = evaluateAll();

    static Stream<Named<DemoPerson>> persons() {
        return PERSONS.all().stream().map(p -> Named.of(p.id() + " " + p.scenario().title().en(), p));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("persons")
    void evaluatesAsTheScenarioExpects(DemoPerson person) {
        Evaluation evaluation = EVALUATIONS.get(person.id());

        ExpectedEvaluation expected = person.scenario().expected();
        String why = person.id() + ": " + evaluation.outcome().motivation().en();
        assertThat(evaluation.route().route()).as(why).isEqualTo(expected.route());
        assertThat(evaluation.route().flags()).as(why).containsExactlyInAnyOrderElementsOf(expected.flags());
        assertThat(evaluation.outcome().isEligible()).as(why).isEqualTo(expected.eligible());
        if (!expected.eligible()) {
            Outcome.Refusal refusal = (Outcome.Refusal) evaluation.outcome();
            assertThat(refusal.grounds()).as(why).containsExactlyElementsOf(expected.grounds());
            assertThat(refusal.failedRules()).as(why).containsExactlyElementsOf(expected.failedRules());
        }
    }

    @Test
    void scenariosTogetherCoverEveryRouteFlagAndReachableGround() {
        Set<Route> routes = collect(e -> Stream.of(e.route().route()));
        Set<Flag> flags = collect(e -> e.route().flags().stream());
        Set<Ground> grounds = collect(e -> e.outcome().fold(eligible -> Stream.<Ground>empty(),
                refusal -> refusal.grounds().stream()));

        assertThat(routes).containsExactlyInAnyOrder(Route.values());
        assertThat(flags).containsExactlyInAnyOrder(Flag.values());
        // GROUND_1 (R85) and GROUND_3 (R87) are officer-only grounds: no dossier produces them (see the file's notes)
        assertThat(grounds).containsExactlyInAnyOrder(Ground.GROUND_2_REQUIREMENTS_NOT_MET,
                Ground.GROUND_4_COURT_PROHIBITION, Ground.GROUND_5_SPECIAL_RIGHT_DEPRIVED, Ground.GROUND_6_NO_CONSENT);
        assertThat(PERSONS.notes()).anyMatch(note -> note.contains("GROUND_3") && note.contains("officer-only"));
        assertThat(PERSONS.notes()).anyMatch(note -> note.contains("GROUND_1") && note.contains("officer-only"));
    }

    @Test
    void groundTwoArisesInSeveralWays() {
        Set<Rule> rules = collect(e -> e.outcome().fold(eligible -> Stream.<Rule>empty(),
                refusal -> refusal.findings().stream()
                        .filter(f -> f.ground() == Ground.GROUND_2_REQUIREMENTS_NOT_MET)
                        .flatMap(f -> f.rules().stream())));

        assertThat(rules).contains(Rule.R02, Rule.R26, Rule.R30, Rule.R38, Rule.R39, Rule.R42, Rule.R53, Rule.R57);
    }

    @Test
    void walkThroughPersonsComeFirst() {
        DemoPerson first = PERSONS.all().get(0);
        DemoPerson second = PERSONS.all().get(1);

        assertThat(first.scenario().declaredSpecialty()).isEqualTo(SpecialtyCode.of("PEDIATRICS"));
        assertThat(first.scenario().category()).isEqualTo(Category.DOMESTIC);
        assertThat(EVALUATIONS.get(first.id()).route().route()).isEqualTo(Route.CONFIRMATION);
        assertThat(EVALUATIONS.get(first.id()).outcome().isEligible()).isTrue();
        assertThat(second.scenario().category()).isEqualTo(Category.DOMESTIC);
        assertThat(EVALUATIONS.get(second.id()).route().route()).isEqualTo(Route.FIRST_TIME);
        assertThat(EVALUATIONS.get(second.id()).route().flags()).isEmpty();
        assertThat(EVALUATIONS.get(second.id()).outcome().isEligible()).isTrue();
    }

    @Test
    void coversTheCasesTheDemoNeeds() {
        List<DemoPerson> all = PERSONS.all();

        assertThat(all).hasSizeGreaterThanOrEqualTo(24);
        assertThat(all).anyMatch(p -> p.registries().prohibition() == Prohibition.NO_DATA);
        assertThat(all).extracting(p -> p.scenario().declaredSpecialty().value())
                .contains("NURSING", "MIDWIFERY", "MEDICAL_CARE", "LABORATORY_DIAGNOSTICS");
        assertThat(all).anyMatch(p -> required(p, DocumentCode.RETRAINING, Rule.R39));
        assertThat(all).anyMatch(p -> p.scenario().category() == Category.FOREIGN
                && EaeuMembership.isMemberOn(p.citizenship(), p.scenario().applicationDate()));
        assertThat(all).anyMatch(p -> required(p, DocumentCode.LABOUR_PERMIT, Rule.R53));
        assertThat(all).anyMatch(p -> EVALUATIONS.get(p.id()).reviewNotes().stream()
                .anyMatch(n -> n.code().equals("PROHIBITION_NO_DATA")));
        // R85: a fact dated after the application date is not counted and is named for the officer
        assertThat(all).anyMatch(p -> EVALUATIONS.get(p.id()).reviewNotes().stream()
                .anyMatch(n -> n.code().equals("DATED_AFTER_APPLICATION")));
    }

    private static boolean required(DemoPerson person, DocumentCode document, Rule rule) {
        return EVALUATIONS.get(person.id()).checklist().stream()
                .filter(item -> item.document() == document && item.obligation() == Obligation.MANDATORY)
                .map(ChecklistItem::rules).anyMatch(rules -> rules.contains(rule));
    }

    private static <T extends Enum<T>> Set<T> collect(Function<Evaluation, Stream<T>> values) {
        return EVALUATIONS.values().stream().flatMap(values).collect(Collectors.toSet());
    }

    private static Map<String, Evaluation> evaluateAll() {
        DemoDossiers dossiers = new DemoDossiers(PERSONS);
        return PERSONS.all().stream().collect(Collectors.toMap(DemoPerson::id,
                p -> RULES.evaluate(dossiers.dossierOf(p))));
    }
}
