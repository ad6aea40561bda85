package kz.medcert.domain.evaluation;

import java.util.Optional;
import java.util.Set;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.EducationRecord;
import kz.medcert.domain.dossier.Retraining;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.reference.EducationLevel;
import kz.medcert.domain.reference.LocalizedText;
import kz.medcert.domain.rules.Rule;
import kz.medcert.domain.rules.RuleSet;

/**
 * Retraining: the pre-2014 physician path (R39, R40) and TVET cross-qualification (R42–R46), on the first-time and
 * confirmation routes; retraining held (R33).
 */
final class RetrainingRequirements {
    // R39: the higher-education specialties whose pre-2014 graduates may retrain
    private static final Set<EducationField> R39_DEGREES = Set.of(EducationField.MEDICAL_CARE,
            EducationField.PEDIATRICS, EducationField.ORIENTAL_MEDICINE);

    private RetrainingRequirements() {
    }

    static void apply(Facts facts, RouteDecision decision, Checklist out) {
        Route route = decision.route();
        if (route.isForeign()) {
            out.notRequired(DocumentCode.RETRAINING, Exemptions.NO_RETRAINING_IN_APPENDIX_6, Rule.R56);
            return;
        }
        TvetPath.of(facts, route).ifPresent(path -> tvetBase(facts, path, out));
        binding(facts, route).ifPresent(binding -> require(facts, binding, out));
        // R33: retraining held is submitted "if any" — unless a rule above already lists it as mandatory
        boolean listed = out.items().stream().anyMatch(i -> i.document() == DocumentCode.RETRAINING);
        validRetraining(facts).filter(r -> !listed).ifPresent(r -> out.require(ChecklistItem.of(
                DocumentCode.RETRAINING, Obligation.IF_ANY, r.inRegistry() ? Source.REGISTRY : Source.APPLICANT,
                Satisfaction.SATISFIED, Basis.item(route, route.isFirstTime() ? 4 : 6), Rule.R33)));
        out.notRequired(DocumentCode.RETRAINING, Exemptions.RETRAINING_NOT_REQUIRED, Rule.R39);
    }

    /**
     * A retraining requirement that binds this application, and the exemption from it that the application uses.
     *
     * @param rule      R39 (physician, 8-C) or R42/R43 (TVET cross-qualification, 8-D)
     * @param exemption R40 or R45, when continuous activity since before 2005 exempts
     */
    private record Binding(Rule rule, Optional<Continuity> exemption) {
    }

    /**
     * R39 (with R40) and R42/R43 (with R45), on the first-time and, as "an applicant for a certificate" whose
     * confirmation is the issue of a certificate, on the confirmation route too (8-B(6) and A6-IF field 6 ask
     * confirming applicants for their retraining). Empty when no retraining requirement binds.
     */
    private static Optional<Binding> binding(Facts facts, Route route) {
        if (route.isForeign()) {
            return Optional.empty();
        }
        if (facts.targetIsForPhysicians()) {
            if (!r39Applies(facts)) {
                return Optional.empty();
            }
            boolean met = working(facts) && validRetraining(facts).isPresent();
            return Optional.of(new Binding(Rule.R39, used(Continuity.r40(facts), met)));
        }
        // 8-D on confirmation: only the retraining of R42/R43 binds again; the diploma and PD were judged at the
        // first issue (R46) and the confirmation volume of PD (R32) covers the PD of R41–R44
        Optional<TvetPath> path = route.isFirstTime() ? TvetPath.of(facts, route) : TvetPath.ofSpecialty(facts);
        return path.filter(TvetPath::needsRetraining).map(p -> new Binding(p.rule(),
                used(Continuity.r45(facts), validRetraining(facts).isPresent())));
    }

    // gaps the officer must judge matter only when no retraining meets the requirement anyway
    private static Optional<Continuity> used(Optional<Continuity> continuity, boolean retrainingMet) {
        return continuity.filter(c -> c.unbroken() || !retrainingMet);
    }

    /**
     * R39: a pre-2014 graduate of "Емдеу ісі", "Педиатрия" or "Шығыс медицинасы" whose internship, residency and
     * ordinatura (and, by our reading, whose degree) are all in other specialties retrains in the declared one,
     * before 2021 (R33); only working specialists may (interpretation). R42, R43: a TVET specialist certified on a
     * base diploma in another specialty retrains before 2021. R40, R45 exempt continuous activity since before 2005.
     */
    private static void require(Facts facts, Binding binding, Checklist out) {
        if (binding.exemption().isPresent()) {
            Continuity continuity = binding.exemption().get();
            continuity.exempt(facts, out, continuity.rule() == Rule.R40
                    ? Exemptions.CLINICAL_ACTIVITY_SINCE_2005
                    : Exemptions.MEDICAL_ACTIVITY_SINCE_2005);
            return;
        }
        Optional<Retraining> retraining = validRetraining(facts);
        if (binding.rule() == Rule.R39) {
            boolean working = working(facts);
            ChecklistItem item = ChecklistItem.of(DocumentCode.RETRAINING, Obligation.MANDATORY, source(retraining),
                    Satisfaction.of(working && retraining.isPresent()), Basis.HIGHER_EDUCATION_CONDITIONS,
                    Rule.R39, Rule.R33);
            out.require(item, () -> Finding.of(Ground.GROUND_2_REQUIREMENTS_NOT_MET,
                    working ? Texts.missing(DocumentCode.RETRAINING) : Texts.retrainingPathClosed(facts.targetName()),
                    Rule.R39));
            return;
        }
        out.require(ChecklistItem.of(DocumentCode.RETRAINING, Obligation.MANDATORY, source(retraining),
                        Satisfaction.of(retraining.isPresent()), Basis.TVET_CONDITIONS, binding.rule(), Rule.R45),
                () -> Finding.of(Ground.GROUND_2_REQUIREMENTS_NOT_MET, Texts.missing(DocumentCode.RETRAINING),
                        binding.rule()));
    }

    // R39 interpretation: "for working specialists" means employed (in any specialty) on the application date
    private static boolean working(Facts facts) {
        return facts.dossier.employment().worksOn(p -> true, facts.applicationDate);
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
        return binding(facts, route).flatMap(Binding::exemption).map(Continuity::rule);
    }

    private static boolean r39Degree(EducationRecord e) {
        return e.level() == EducationLevel.HIGHER && R39_DEGREES.contains(e.field())
                && e.graduationYear() < RuleSet.RETRAINING_PATH_BEFORE_YEAR;
    }

    /**
     * 8-D on the first-time route: the base diploma (R46) and the laboratory alternatives (R44); the retraining of
     * R42/R43 is the binding's business.
     */
    private static void tvetBase(Facts facts, TvetPath path, Checklist out) {
        if (path.closed(facts) && facts.medicalEducation().isEmpty()) {
            return; // no education stated at all: the missing diploma is the finding (R23), as for physicians
        }
        if (path.closed(facts)) {
            out.fail(Finding.of(Ground.GROUND_2_REQUIREMENTS_NOT_MET, Texts.tvetBaseMissing(facts.targetName()),
                    Rule.R46));
        } else if (path.rule() == Rule.R44 && path.crossQualifies()) {
            laboratoryAlternatives(facts, out);
        }
    }

    static final LocalizedText LABORATORY_ALTERNATIVES = LocalizedText.of(
            "соңғы 5 жылдағы сертификаттау курсы, не 2021 жылға дейінгі қайта даярлау, не соңғы 5 жылдағы біліктілікті "
                    + "арттыру",
            "сертификационный курс за последние 5 лет, или переподготовка до 2021 года, или повышение квалификации за "
                    + "последние 5 лет",
            "certification course within 5 years, or retraining before 2021, or PD within 5 years");

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
                        .about(LABORATORY_ALTERNATIVES.en(), LABORATORY_ALTERNATIVES)
                        .withVolume(Optional.empty(), facts.pdWindow()),
                () -> Finding.of(Ground.GROUND_2_REQUIREMENTS_NOT_MET, Texts.laboratoryQualificationMissing(), Rule.R44));
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
