package kz.medcert.domain.evaluation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.EmploymentGap;
import kz.medcert.domain.dossier.EmploymentPeriod;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.reference.LocalizedText;
import kz.medcert.domain.reference.PersonDates;
import kz.medcert.domain.rules.Rule;
import kz.medcert.domain.rules.RuleSet;

/**
 * Continuous activity since before 2005, which exempts from retraining (R40, R45).
 *
 * @param rule         the exemption (R40 or R45)
 * @param gapsToReview the gaps longer than the rule set's tolerance: the officer judges them (review note)
 */
record Continuity(Rule rule, List<EmploymentGap> gapsToReview) {
    // R45: the secondary medical education whose holders the exemption covers (synonyms are one code, R46)
    private static final Set<EducationField> R45_EDUCATION = Set.of(EducationField.NURSING,
            EducationField.MEDICAL_CARE, EducationField.MIDWIFERY, EducationField.LABORATORY_DIAGNOSTICS,
            EducationField.FELDSHER_LABORATORY, EducationField.SANITARY_FELDSHER, EducationField.DENTISTRY,
            EducationField.DENTAL_PRACTITIONER);

    Continuity {
        gapsToReview = List.copyOf(gapsToReview);
    }

    /**
     * R40: medical (clinical) activity "in the applied-for specialty" started before 2005-01-01, and continuous
     * work experience at the moment of submission. Only the start is tied to the specialty by the text
     * («өтініш берілген мамандық бойынша … қызметке кіріскен және … үздіксіз жұмыс өтілі бар»), so every row of the
     * table keeps the experience continuous. Empty when no such start is stated.
     */
    static Optional<Continuity> r40(Facts facts) {
        return since(facts, Rule.R40, facts::worksInTarget);
    }

    /** R45: secondary medical education of the listed kinds and medical activity continuous since before 2005. */
    static Optional<Continuity> r45(Facts facts) {
        boolean education = facts.medicalEducation().stream()
                .anyMatch(e -> e.level().isSecondary() && R45_EDUCATION.contains(e.field()));
        return education ? since(facts, Rule.R45, p -> true) : Optional.empty();
    }

    /**
     * The exemption, when the activity started before 2005: gaps up to the tolerance are bridged (a weekend between
     * two jobs is no break); longer ones do not take the exemption away but go to the officer (R74: partially
     * automated), who judges what the table cannot show (leave, a registry omission, a longer statutory gap).
     */
    private static Optional<Continuity> since(Facts facts, Rule rule, Predicate<EmploymentPeriod> start) {
        return facts.dossier.employment().gapsSince(start, RuleSet.CONTINUOUS_ACTIVITY_STARTED_BEFORE,
                facts.applicationDate).map(gaps -> new Continuity(rule, gaps.stream()
                .filter(gap -> gap.days() > facts.ruleSet.continuityGapToleranceDays()).toList()));
    }

    /** Whether the activity is continuous within the tolerance, with nothing left for the officer to judge. */
    boolean unbroken() {
        return gapsToReview.isEmpty();
    }

    /** The exemption with its review note when gaps beyond the tolerance remain. */
    void exempt(Facts facts, Checklist out, LocalizedText exemptBecause) {
        if (unbroken()) {
            out.notRequired(DocumentCode.RETRAINING, exemptBecause, rule);
            return;
        }
        out.notRequired(DocumentCode.RETRAINING, LocalizedText.join("", exemptBecause,
                Exemptions.SUBJECT_TO_GAP_REVIEW), rule);
        int toleranceDays = facts.ruleSet.continuityGapToleranceDays();
        String gaps = gapsToReview.stream().map(g -> PersonDates.format(g.from()) + " – "
                        + PersonDates.format(g.to()) + " (" + g.days() + ")")
                .collect(Collectors.joining(", "));
        out.note("CONTINUITY_GAP", LocalizedText.of(
                "Еңбек өтілінде " + toleranceDays + " күнтізбелік күннен асатын үзіліс бар: " + gaps
                        + ". 2005 жылғы 1 қаңтарға дейін басталған жұмыс өтілінің үздіксіздігін көрсетілетін "
                        + "қызметті беруші тексереді",
                "В трудовом стаже перерыв более " + toleranceDays + " календарных дней: " + gaps
                        + ". Непрерывность стажа, начатого до 1 января 2005 года, проверяет услугодатель",
                "The work experience has a gap of more than " + toleranceDays + " calendar days: " + gaps
                        + ". The service provider checks whether the experience begun before 1 January 2005 is "
                        + "continuous"), rule);
    }
}
