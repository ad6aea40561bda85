package kz.medcert.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.dossier.Prohibition;
import kz.medcert.domain.evaluation.Outcome.Refusal;
import kz.medcert.domain.rules.Rule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of {@code evaluate} over seeded random dossiers (R85–R91 and the checklist contract of section (k)).
 * The seed is fresh each run; a failure names it, and {@code -Dmedcert.seed=N} replays the run.
 */
class OutcomePropertyTest {
    private static final String SEED_PROPERTY = "medcert.seed";
    private static final long SEED = seed();
    private static final int CASES = 600;
    private static final CertificationRules RULES = CertificationRules.standard();

    private static long seed() {
        String fixed = System.getProperty(SEED_PROPERTY);
        return fixed != null ? Long.parseLong(fixed.strip()) : new SecureRandom().nextLong();
    }

    /** Each case has its own Random, so a case does not depend on how many draws another made. */
    static Stream<Arguments> dossiers() {
        Random master = new Random(SEED);
        return IntStream.range(0, CASES).mapToObj(i -> {
            long caseSeed = master.nextLong();
            return Arguments.of(i, caseSeed, DossierFixtures.randomDossier(new Random(caseSeed)));
        });
    }

    private static Evaluation evaluate(String why, Dossier dossier) {
        try {
            return RULES.evaluate(dossier);
        } catch (RuntimeException e) {
            throw new AssertionError(why + ": evaluate threw " + e, e);
        }
    }

    private static String why(int caseNo, long caseSeed, Dossier dossier) {
        return "seed=" + SEED + " case=" + caseNo + " caseSeed=" + caseSeed + " (replay: mvn -pl domain verify -D"
                + SEED_PROPERTY + "=" + SEED + ")\n" + dossier;
    }

    @ParameterizedTest(name = "R91 case {0}: evaluate never throws; a refusal is complete and consistent")
    @MethodSource("dossiers")
    void r91_refusalCarriesGroundsAndExactlyTheRulesOfItsFindings(int caseNo, long caseSeed, Dossier dossier) {
        // given
        String why = why(caseNo, caseSeed, dossier);

        // when
        Evaluation evaluation = evaluate(why, dossier);

        // then
        if (evaluation.outcome() instanceof Refusal refusal) {
            Set<Rule> fromFindings = refusal.findings().stream().flatMap(f -> f.rules().stream())
                    .collect(Collectors.toSet());
            Set<Ground> groundsOfFindings = refusal.findings().stream().map(Finding::ground)
                    .collect(Collectors.toSet());
            assertThat(refusal.grounds()).as(why).isNotEmpty().doesNotHaveDuplicates();
            assertThat(Set.copyOf(refusal.grounds())).as(why).isEqualTo(groundsOfFindings);
            assertThat(refusal.failedRules()).as(why).doesNotHaveDuplicates();
            assertThat(Set.copyOf(refusal.failedRules())).as(why).isEqualTo(fromFindings);
            for (String text : List.of(refusal.motivation().kk(), refusal.motivation().ru(),
                    refusal.motivation().en())) {
                assertThat(text).as(why).contains(refusal.failedRules().stream().map(Rule::id).toList());
                refusal.grounds().forEach(g -> assertThat(text).as(why).contains(g.number() + ") "));
            }
        }
    }

    @ParameterizedTest(name = "R86 case {0}: every unmet mandatory item has a finding citing one of its rules")
    @MethodSource("dossiers")
    void r86_unmetMandatoryItemsAreExplainedByFindings(int caseNo, long caseSeed, Dossier dossier) {
        // given
        String why = why(caseNo, caseSeed, dossier);

        // when
        Evaluation evaluation = evaluate(why, dossier);

        // then
        List<ChecklistItem> unmet = evaluation.checklist().stream().filter(ChecklistItem::isUnmet).toList();
        if (unmet.isEmpty()) {
            return;
        }
        Refusal refusal = (Refusal) evaluation.outcome();
        for (ChecklistItem item : unmet) {
            assertThat(refusal.findings()).as(why + "\nunmet " + item)
                    .anySatisfy(f -> assertThat(f.rules()).containsAnyElementsOf(item.rules()));
        }
    }

    @ParameterizedTest(name = "case {0}: no document is both required and not required")
    @MethodSource("dossiers")
    void checklistAndNotRequiredAreDisjoint(int caseNo, long caseSeed, Dossier dossier) {
        // given
        String why = why(caseNo, caseSeed, dossier);

        // when
        Evaluation evaluation = evaluate(why, dossier);

        // then
        Set<DocumentCode> required = evaluation.checklist().stream().map(ChecklistItem::document)
                .collect(Collectors.toSet());
        assertThat(evaluation.notRequired()).as(why).extracting(NotRequiredItem::document)
                .doesNotContainAnyElementsOf(required).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "R21 R68 case {0}: a REGISTRY item is never NOT_STATED, but for prohibition NO_DATA")
    @MethodSource("dossiers")
    void r21_r68_registryItemsAreStated(int caseNo, long caseSeed, Dossier dossier) {
        // given
        String why = why(caseNo, caseSeed, dossier);

        // when
        Evaluation evaluation = evaluate(why, dossier);

        // then
        for (ChecklistItem item : evaluation.checklist()) {
            if (item.source() != Source.REGISTRY || item.satisfaction() != Satisfaction.NOT_STATED) {
                continue;
            }
            assertThat(item.document()).as(why + "\n" + item).isEqualTo(DocumentCode.PROHIBITION_CHECK);
            assertThat(dossier.prohibition()).as(why).isEqualTo(Prohibition.NO_DATA);
        }
    }

    @ParameterizedTest(name = "R85 case {0}: never ground 1; later-dated facts are named in a note")
    @MethodSource("dossiers")
    void r85_theRulesNeverRefuseOnGround1_andNameEveryLaterFact(int caseNo, long caseSeed, Dossier dossier) {
        // given
        String why = why(caseNo, caseSeed, dossier);
        LocalDate ad = dossier.applicationDate();
        boolean laterFact = dossier.education().stream().anyMatch(e -> e.graduationDate().isAfter(ad)
                        || e.recognition().map(r -> r.issuedOn().isAfter(ad)).orElse(false))
                || dossier.postgraduate().stream().anyMatch(p -> p.completedOn().isAfter(ad))
                || dossier.retraining().stream().anyMatch(r -> r.completedOn().isAfter(ad))
                || dossier.certificationCourses().stream().anyMatch(c -> c.completedOn().isAfter(ad))
                || dossier.professionalDevelopment().stream().anyMatch(p -> p.completedOn().isAfter(ad))
                || dossier.certificates().stream().anyMatch(c -> c.issuedOn().isAfter(ad))
                || dossier.assessments().stream().anyMatch(a -> a.date().isAfter(ad));

        // when
        Evaluation evaluation = evaluate(why, dossier);

        // then
        if (evaluation.outcome() instanceof Refusal refusal) {
            assertThat(refusal.grounds()).as(why).doesNotContain(Ground.GROUND_1_UNRELIABLE_DATA);
        }
        assertThat(evaluation.reviewNotes().stream().anyMatch(n -> n.code().equals("DATED_AFTER_APPLICATION")))
                .as(why).isEqualTo(laterFact);
    }

    @ParameterizedTest(name = "R40 R45 case {0}: a gap sent to the officer never comes with a retraining refusal")
    @MethodSource("dossiers")
    void r40_r45_aContinuityGapIsReviewedNotRefused(int caseNo, long caseSeed, Dossier dossier) {
        // given
        String why = why(caseNo, caseSeed, dossier);

        // when
        Evaluation evaluation = evaluate(why, dossier);

        // then
        if (evaluation.reviewNotes().stream().anyMatch(n -> n.code().equals("CONTINUITY_GAP"))) {
            assertThat(evaluation.checklist()).as(why).noneMatch(i -> i.document() == DocumentCode.RETRAINING
                    && i.isUnmet());
            assertThat(evaluation.notRequired()).as(why).anyMatch(n -> n.document() == DocumentCode.RETRAINING
                    && (n.rules().contains(Rule.R40) || n.rules().contains(Rule.R45)));
        }
    }

    @ParameterizedTest(name = "R03 R11 R12 case {0}: route, flags, PD window and rule set agree with the dossier")
    @MethodSource("dossiers")
    void r03_routeFlagsAndWindowAreConsistent(int caseNo, long caseSeed, Dossier dossier) {
        // given
        String why = why(caseNo, caseSeed, dossier);

        // when
        Evaluation evaluation = evaluate(why, dossier);

        // then
        RouteDecision route = evaluation.route();
        // R03: the service follows citizenship where it is known, the declared category otherwise
        boolean foreign = dossier.citizenship().map(c -> !c.isKazakhstan())
                .orElse(dossier.category().name().equals("FOREIGN"));
        assertThat(route.route().isForeign()).as(why).isEqualTo(foreign);
        assertThat(evaluation.reviewNotes().stream().anyMatch(n -> n.code().equals("CATEGORY_FOLLOWS_CITIZENSHIP")))
                .as(why).isEqualTo(foreign != dossier.category().name().equals("FOREIGN"));
        assertThat(route.has(Flag.LAPSED_OVER_3_YEARS)).as(why).isEqualTo(
                route.standing().map(s -> s.lapsedOverLimitOn(dossier.applicationDate())).orElse(false));
        if (route.has(Flag.LAPSED_OVER_3_YEARS) || route.has(Flag.NEW_SPECIALTY)) {
            assertThat(route.route().isFirstTime()).as(why).isTrue();
        }
        assertThat(route.has(Flag.LAPSED_OVER_3_YEARS) && route.has(Flag.NEW_SPECIALTY)).as(why).isFalse();
        assertThat(route.has(Flag.LONG_BREAK)).as(why).isEqualTo(route.breakCountedFrom()
                .map(from -> dossier.applicationDate().isAfter(from.plusYears(3))).orElse(false));
        evaluation.checklist().stream().filter(i -> i.document() == DocumentCode.PROFESSIONAL_DEVELOPMENT)
                .forEach(i -> assertThat(i.window()).as(why).contains(new DateWindow(
                        dossier.applicationDate().minusYears(5), dossier.applicationDate())));
        assertThat(evaluation.ruleSet()).as(why).isEqualTo(RULES.ruleSet().version());
        assertThat(evaluation.outcome().isEligible()).as(why)
                .isEqualTo(evaluation.outcome() instanceof Outcome.Eligible);
        if (!dossier.consentGiven()) {
            assertThat(((Refusal) evaluation.outcome()).grounds()).as(why).contains(Ground.GROUND_6_NO_CONSENT);
        }
    }
}
