package kz.medcert.domain.evaluation;

import java.util.Optional;
import java.util.Set;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.EducationRecord;
import kz.medcert.domain.dossier.Retraining;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.reference.EducationLevel;
import kz.medcert.domain.rules.Rule;
import kz.medcert.domain.rules.RuleSet;

/** Retraining: the pre-2014 physician path (R39, R40), TVET cross-qualification (R42–R46), confirmation (R33). */
final class RetrainingRequirements {
    // R39: the higher-education specialties whose pre-2014 graduates may retrain
    private static final Set<EducationField> R39_DEGREES = Set.of(EducationField.MEDICAL_CARE,
            EducationField.PEDIATRICS, EducationField.ORIENTAL_MEDICINE);

    private RetrainingRequirements() {
    }

    static void apply(Facts facts, RouteDecision decision, Checklist out) {
        Route route = decision.route();
        if (route.isForeign()) {
            out.notRequired(DocumentCode.RETRAINING, "A6 lists no retraining", Rule.R56);
            return;
        }
        Optional<TvetPath> tvet = TvetPath.of(facts, route);
        if (tvet.isPresent()) {
            tvetRetraining(facts, tvet.get(), out);
        } else if (route == Route.FIRST_TIME && facts.targetIsForPhysicians()) {
            physicianRetraining(facts, out);
        }
        validRetraining(facts).ifPresent(r -> out.require(ChecklistItem.of(DocumentCode.RETRAINING,
                Obligation.IF_ANY, r.inRegistry() ? Source.REGISTRY : Source.APPLICANT, Satisfaction.SATISFIED,
                Basis.item(route, route.isFirstTime() ? 4 : 6), Rule.R33)));
        out.notRequired(DocumentCode.RETRAINING, "no rule requires retraining here", Rule.R39);
    }

    /**
     * R39: a pre-2014 graduate of "Емдеу ісі", "Педиатрия" or "Шығыс медицинасы" whose internship, residency and
     * ordinatura (and, by our reading, whose degree) are all in other specialties retrains in the declared one,
     * before 2021 (R33); only working specialists may (interpretation); R40 exempts continuous work since before 2005.
     */
    private static void physicianRetraining(Facts facts, Checklist out) {
        boolean pre2014Degree = facts.medicalEducation().stream().anyMatch(RetrainingRequirements::r39Degree);
        boolean matchesTraining = facts.dossier.postgraduate().stream()
                .filter(p -> p.type().givesClinicalSpecialty())
                .anyMatch(p -> facts.countsTowardsTarget(p.specialty()))
                || facts.medicalEducation().stream()
                .anyMatch(e -> facts.countsTowardsTarget(e.field().asSpecialtyCode()));
        if (!pre2014Degree || matchesTraining) {
            return;
        }
        if (Continuity.r40Applies(facts)) {
            out.notRequired(DocumentCode.RETRAINING, "clinical activity in the specialty since before 2005",
                    Rule.R40);
            return;
        }
        boolean working = facts.dossier.employment().worksOn(p -> true, facts.applicationDate);
        Optional<Retraining> retraining = validRetraining(facts);
        ChecklistItem item = ChecklistItem.of(DocumentCode.RETRAINING, Obligation.MANDATORY, source(retraining),
                Satisfaction.of(working && retraining.isPresent()), Basis.HIGHER_EDUCATION_CONDITIONS,
                Rule.R39, Rule.R33);
        out.require(item, Finding.of(Ground.GROUND_2_REQUIREMENTS_NOT_MET,
                working ? Texts.missing(DocumentCode.RETRAINING) : Texts.retrainingPathClosed(facts.target),
                Rule.R39));
    }

    private static boolean r39Degree(EducationRecord e) {
        return e.level() == EducationLevel.HIGHER && R39_DEGREES.contains(e.field())
                && e.graduationYear() < RuleSet.RETRAINING_PATH_BEFORE_YEAR;
    }

    private static void tvetRetraining(Facts facts, TvetPath path, Checklist out) {
        if (path.closed(facts)) {
            out.fail(Finding.of(Ground.GROUND_2_REQUIREMENTS_NOT_MET, Texts.tvetBaseMissing(facts.target),
                    Rule.R46));
            return;
        }
        if (path.rule() == Rule.R44 && path.crossQualifies()) {
            laboratoryAlternatives(facts, out);
            return;
        }
        if (!path.needsRetraining()) {
            return;
        }
        if (Continuity.r45Applies(facts)) {
            out.notRequired(DocumentCode.RETRAINING, "continuous medical activity since before 2005", Rule.R45);
            return;
        }
        Optional<Retraining> retraining = validRetraining(facts);
        out.require(ChecklistItem.of(DocumentCode.RETRAINING, Obligation.MANDATORY, source(retraining),
                        Satisfaction.of(retraining.isPresent()), Basis.TVET_CONDITIONS, path.rule(), Rule.R45),
                Finding.of(Ground.GROUND_2_REQUIREMENTS_NOT_MET, Texts.missing(DocumentCode.RETRAINING),
                        path.rule()));
    }

    /** R44: a certification course within 5 years, or retraining before 2021, or PD within 5 years. */
    private static void laboratoryAlternatives(Facts facts, Checklist out) {
        boolean course = facts.dossier.certificationCourses().stream()
                .anyMatch(c -> facts.countsTowardsTarget(c.specialty()) && facts.pdWindow().contains(c.completedOn()));
        boolean met = course || validRetraining(facts).isPresent() || facts.pdInTargetWithinWindow().findAny().isPresent();
        out.require(ChecklistItem.of(DocumentCode.CERTIFICATION_COURSE, Obligation.MANDATORY, Source.APPLICANT,
                                Satisfaction.of(met), Basis.TVET_CONDITIONS, Rule.R44, Rule.R29)
                        .about("certification course within 5 years, or retraining before 2021, or PD within 5 years")
                        .withVolume(Optional.empty(), facts.pdWindow()),
                Finding.of(Ground.GROUND_2_REQUIREMENTS_NOT_MET, Texts.laboratoryQualificationMissing(), Rule.R44));
    }

    /** R33: retraining in the declared specialty counts only if completed before 2021-01-01. */
    static Optional<Retraining> validRetraining(Facts facts) {
        return facts.dossier.retraining().stream()
                .filter(r -> facts.countsTowardsTarget(r.specialty()))
                .filter(r -> r.completedOn().isBefore(RuleSet.RETRAINING_COMPLETED_BEFORE))
                .findFirst();
    }

    private static Source source(Optional<Retraining> retraining) {
        return retraining.map(Retraining::inRegistry).orElse(false) ? Source.REGISTRY : Source.APPLICANT;
    }
}
