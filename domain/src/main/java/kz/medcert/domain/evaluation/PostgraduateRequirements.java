package kz.medcert.domain.evaluation;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.EducationRecord;
import kz.medcert.domain.dossier.PostgraduateTraining;
import kz.medcert.domain.dossier.PostgraduateType;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.reference.EducationLevel;
import kz.medcert.domain.reference.LocalizedText;
import kz.medcert.domain.rules.Rule;
import kz.medcert.domain.rules.RuleSet;

/** Internship, residency and the "Дәрігер" qualification (R24, R33, R37, R38, R50). */
final class PostgraduateRequirements {
    private static final Set<EducationField> INTERNSHIP_SINCE_1999 =
            Set.of(EducationField.MEDICAL_CARE, EducationField.PEDIATRICS, EducationField.GENERAL_MEDICINE);
    private static final Set<EducationField> INTERNSHIP_SINCE_2007 =
            Set.of(EducationField.ORIENTAL_MEDICINE, EducationField.DENTISTRY);

    private PostgraduateRequirements() {
    }

    static void apply(Facts facts, RouteDecision decision, Checklist out) {
        if (!facts.targetIsForPhysicians()) {
            out.notRequired(DocumentCode.INTERNSHIP, Exemptions.NOT_A_PHYSICIAN_SPECIALTY, Rule.R24);
            out.notRequired(DocumentCode.RESIDENCY, Exemptions.NOT_A_PHYSICIAN_SPECIALTY, Rule.R24);
            out.notRequired(DocumentCode.DOCTOR_QUALIFICATION, Exemptions.NOT_A_PHYSICIAN_SPECIALTY, Rule.R24);
            return;
        }
        internship(facts, decision.route(), out);
        residency(facts, decision.route(), out);
        doctorQualification(facts, decision.route(), out);
    }

    /**
     * R37: internship is a mandatory condition for graduates of "Емдеу ісі", "Педиатрия", "Жалпы медицина" after
     * 1998 and of "Шығыс медицинасы", "Стоматология" after 2006 (strictly), on every route. The text names graduates
     * of higher medical education organisations wherever they are, and recognition of a diploma (R25, R48) does not
     * supply an internship, so a domestic applicant's degree obtained abroad binds as well; where the foreign system
     * has no separate internship, postgraduate clinical training (residency, clinical ordinatura) is the equivalent
     * document. A foreign specialist's list (A6) has no 8-C: a Kazakhstani degree binds (R50); a degree obtained
     * abroad without internship or its equivalent goes to the officer on the first-time route (review note).
     */
    private static void internship(Facts facts, Route route, Checklist out) {
        List<EducationRecord> binding = (route.isForeign() ? facts.educationBoundByKazakhRules()
                : facts.medicalEducation()).stream().filter(PostgraduateRequirements::bindsInternship).toList();
        Optional<PostgraduateTraining> internship = facts.dossier.postgraduate().stream()
                .filter(p -> p.type() == PostgraduateType.INTERNSHIP).findFirst();
        boolean onlyAbroad = !binding.isEmpty() && binding.stream().allMatch(EducationRecord::obtainedAbroad);
        Optional<PostgraduateTraining> done = onlyAbroad ? internship.or(() -> clinicalTraining(facts)) : internship;
        Rule ifAny = ifAnyRule(route);
        if (!binding.isEmpty()) {
            ChecklistItem item = ChecklistItem.of(DocumentCode.INTERNSHIP, Obligation.MANDATORY, source(done),
                    Satisfaction.of(done.isPresent()), Basis.HIGHER_EDUCATION_CONDITIONS,
                    route.isForeign() ? new Rule[] {Rule.R37, Rule.R50} : new Rule[] {Rule.R37, ifAny});
            out.require(onlyAbroad ? item.about(ABROAD_EQUIVALENT.en(), ABROAD_EQUIVALENT) : item, () -> Finding.of(
                    Ground.GROUND_2_REQUIREMENTS_NOT_MET, Texts.missing(DocumentCode.INTERNSHIP), Rule.R37));
        } else if (internship.isPresent() && route != Route.FOREIGN_CONFIRMATION) {
            out.require(ChecklistItem.of(DocumentCode.INTERNSHIP, Obligation.IF_ANY, source(internship),
                    Satisfaction.SATISFIED, Basis.item(route, route.isFirstTime() ? 4 : 6), ifAny));
        } else {
            out.notRequired(DocumentCode.INTERNSHIP, Exemptions.NO_BINDING_DEGREE, Rule.R37);
        }
        if (route == Route.FOREIGN_FIRST_TIME && binding.isEmpty() && internship.isEmpty()
                && clinicalTraining(facts).isEmpty()) {
            facts.medicalEducation().stream().filter(EducationRecord::obtainedAbroad)
                    .filter(PostgraduateRequirements::bindsInternship).findFirst()
                    .ifPresent(degree -> out.note("INTERNSHIP_ABROAD_NOT_STATED",
                            Texts.internshipAbroadNotStated(ChecklistSubjects.education(degree)),
                            Rule.R37, Rule.R48));
        }
    }

    static final LocalizedText ABROAD_EQUIVALENT = LocalizedText.of(
            "интернатура; шетелде алынған білім үшін оған балама құжат ретінде резидентура немесе клиникалық "
                    + "ординатура",
            "интернатура; для образования, полученного за рубежом, — резидентура или клиническая ординатура как "
                    + "равноценный документ",
            "internship; for a degree obtained abroad, residency or clinical ordinatura as its equivalent");

    // R37 abroad: postgraduate clinical training (residency, clinical ordinatura) in any specialty
    private static Optional<PostgraduateTraining> clinicalTraining(Facts facts) {
        return facts.dossier.postgraduate().stream().filter(p -> p.type().isResidencyLike()).findFirst();
    }

    static boolean bindsInternship(EducationRecord e) {
        boolean universityLevel = e.level() == EducationLevel.HIGHER || e.level() == EducationLevel.BACHELOR;
        if (!universityLevel) {
            return false;
        }
        int year = e.graduationYear();
        return (INTERNSHIP_SINCE_1999.contains(e.field()) && year > RuleSet.INTERNSHIP_GENERAL_AFTER_YEAR)
                || (INTERNSHIP_SINCE_2007.contains(e.field()) && year > RuleSet.INTERNSHIP_ORIENTAL_DENTAL_AFTER_YEAR);
    }

    /**
     * R38: residency in the declared clinical specialty for those whose first higher medical degree came after 2013
     * (interpretation: the first degree; for a foreign specialist only a Kazakhstani degree binds, R50).
     */
    private static void residency(Facts facts, Route route, Checklist out) {
        List<EducationRecord> degrees = (route.isForeign() ? facts.educationBoundByKazakhRules()
                : facts.medicalEducation()).stream().filter(EducationRequirements::trainsPhysician).toList();
        Optional<EducationRecord> firstDegree = degrees.stream()
                .min(Comparator.comparing(EducationRecord::graduationDate));
        boolean mandatory = facts.targetIsClinical()
                && firstDegree.map(e -> e.graduationYear() > RuleSet.RESIDENCY_AFTER_YEAR).orElse(false);
        Optional<PostgraduateTraining> done = facts.dossier.postgraduate().stream()
                .filter(p -> p.type().isResidencyLike())
                .filter(p -> facts.countsTowardsTarget(p.specialty())).findFirst();
        Rule ifAny = ifAnyRule(route);
        if (mandatory) {
            ChecklistItem item = ChecklistItem.of(DocumentCode.RESIDENCY, Obligation.MANDATORY, source(done),
                    Satisfaction.of(done.isPresent()), Basis.HIGHER_EDUCATION_CONDITIONS,
                    route.isForeign() ? new Rule[] {Rule.R38, Rule.R50} : new Rule[] {Rule.R38, ifAny});
            out.require(item, () -> Finding.of(Ground.GROUND_2_REQUIREMENTS_NOT_MET,
                    Texts.missing(DocumentCode.RESIDENCY), Rule.R38));
        } else if (done.isPresent() && route != Route.FOREIGN_CONFIRMATION) {
            out.require(ChecklistItem.of(DocumentCode.RESIDENCY, Obligation.IF_ANY, source(done),
                    Satisfaction.SATISFIED, Basis.item(route, route.isFirstTime() ? 4 : 6), ifAny));
        } else {
            out.notRequired(DocumentCode.RESIDENCY, Exemptions.NOT_CLINICAL_OR_EARLY_DEGREE,
                    Rule.R38);
        }
    }

    // R24: a specialty without internship or residency needs the "Дәрігер" qualification document (A2 8-A(4))
    private static void doctorQualification(Facts facts, Route route, Checklist out) {
        boolean withoutResidency = facts.targetSpecialty.map(s -> !s.providesInternshipOrResidency()).orElse(false);
        boolean physician = facts.medicalEducation().stream().anyMatch(EducationRequirements::trainsPhysician);
        if (route == Route.FIRST_TIME && withoutResidency && physician) {
            out.require(ChecklistItem.of(DocumentCode.DOCTOR_QUALIFICATION, Obligation.MANDATORY,
                    Source.APPLICANT, Satisfaction.NOT_STATED, Basis.item(route, 4), Rule.R24));
        } else {
            out.notRequired(DocumentCode.DOCTOR_QUALIFICATION,
                    Exemptions.SPECIALTY_HAS_INTERNSHIP_OR_RESIDENCY, Rule.R24);
        }
    }

    private static Rule ifAnyRule(Route route) {
        if (route.isForeign()) {
            return Rule.R50;
        }
        return route.isFirstTime() ? Rule.R24 : Rule.R33;
    }

    private static Source source(Optional<PostgraduateTraining> training) {
        return training.map(PostgraduateTraining::inRegistry).orElse(false) ? Source.REGISTRY : Source.APPLICANT;
    }
}
