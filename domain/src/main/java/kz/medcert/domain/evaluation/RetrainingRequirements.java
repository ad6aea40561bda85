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
        // R33: retraining held is submitted "if any" — unless a rule above already lists it as mandatory
        boolean listed = out.items().stream().anyMatch(i -> i.document() == DocumentCode.RETRAINING);
        validRetraining(facts).filter(r -> !listed).ifPresent(r -> out.require(ChecklistItem.of(
                DocumentCode.RETRAINING, Obligation.IF_ANY, r.inRegistry() ? Source.REGISTRY : Source.APPLICANT,
                Satisfaction.SATISFIED, Basis.item(route, route.isFirstTime() ? 4 : 6), Rule.R33)));
        out.notRequired(DocumentCode.RETRAINING, "no rule requires retraining here", Rule.R39);
    }

    /**
     * R39: a pre-2014 graduate of "Емдеу ісі", "Педиатрия" or "Шығыс медицинасы" whose internship, residency and
     * ordinatura (and, by our reading, whose degree) are all in other specialties retrains in the declared one,
     * before 2021 (R33); only working specialists may (interpretation); R40 exempts continuous work since before 2005.
     */
    private static void physicianRetraining(Facts facts, Checklist out) {
        if (!r39Applies(facts)) {
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

    /** R39 without its R40 exemption: a pre-2014 listed degree and no training that matches the declared specialty. */
    private static boolean r39Applies(Facts facts) {
        boolean pre2014Degree = facts.medicalEducation().stream().anyMatch(RetrainingRequirements::r39Degree);
        boolean matchesTraining = facts.dossier.postgraduate().stream()
                .filter(p -> p.type().givesClinicalSpecialty())
                .anyMatch(p -> facts.countsTowardsTarget(p.specialty()))
                || facts.medicalEducation().stream()
                .anyMatch(e -> facts.countsTowardsTarget(e.field().asSpecialtyCode()));
        return pre2014Degree && !matchesTraining;
    }

    /**
     * R40, R45: the exemption from retraining that rests on continuous activity, when this application uses one
     * (retraining would otherwise be required); the labour documents are then its evidence (R31).
     */
    static Optional<Rule> continuityExemption(Facts facts, Route route) {
        if (route != Route.FIRST_TIME) {
            return Optional.empty();
        }
        Optional<TvetPath> tvet = TvetPath.of(facts, route);
        if (tvet.isPresent()) {
            TvetPath path = tvet.get();
            boolean used = !path.closed(facts) && path.needsRetraining() && Continuity.r45Applies(facts);
            return used ? Optional.of(Rule.R45) : Optional.empty();
        }
        boolean used = facts.targetIsForPhysicians() && r39Applies(facts) && Continuity.r40Applies(facts);
        return used ? Optional.of(Rule.R40) : Optional.empty();
    }

    private static boolean r39Degree(EducationRecord e) {
        return e.level() == EducationLevel.HIGHER && R39_DEGREES.contains(e.field())
                && e.graduationYear() < RuleSet.RETRAINING_PATH_BEFORE_YEAR;
    }

    private static void tvetRetraining(Facts facts, TvetPath path, Checklist out) {
        if (path.closed(facts) && facts.medicalEducation().isEmpty()) {
            return; // no education stated at all: the missing diploma is the finding (R23), as for physicians
        }
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
        // R21: met by a retraining the registry returned, the requirement is not asked of the applicant
        boolean fetched = facts.dossier.retraining().stream()
                .filter(r -> facts.countsTowardsTarget(r.specialty()))
                .filter(r -> r.completedOn().isBefore(RuleSet.RETRAINING_COMPLETED_BEFORE))
                .anyMatch(Retraining::inRegistry);
        out.require(ChecklistItem.of(DocumentCode.CERTIFICATION_COURSE, Obligation.MANDATORY,
                                fetched ? Source.REGISTRY : Source.APPLICANT,
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
