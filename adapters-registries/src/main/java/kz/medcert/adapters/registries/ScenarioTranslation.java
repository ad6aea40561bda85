package kz.medcert.adapters.registries;

import static kz.medcert.adapters.registries.DemoPersonTranslation.each;
import static kz.medcert.adapters.registries.FileFields.at;
import static kz.medcert.adapters.registries.FileFields.flag;
import static kz.medcert.adapters.registries.FileFields.listOrEmpty;
import static kz.medcert.adapters.registries.FileFields.oneOf;
import static kz.medcert.adapters.registries.FileFields.required;
import static kz.medcert.adapters.registries.FileFields.specialty;

import java.util.List;
import java.util.Optional;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.dossier.CertificationCourse;
import kz.medcert.domain.dossier.LabourPermit;
import kz.medcert.domain.dossier.ProfessionalDevelopment;
import kz.medcert.domain.dossier.Retraining;
import kz.medcert.domain.dossier.StudyVolume;
import kz.medcert.domain.evaluation.Flag;
import kz.medcert.domain.evaluation.Ground;
import kz.medcert.domain.evaluation.Route;
import kz.medcert.domain.reference.LocalizedText;
import kz.medcert.domain.reference.QualificationLevel;
import kz.medcert.domain.rules.Rule;

/** Translates a demo person's scenario: the application, the declared facts and the expected evaluation. */
final class ScenarioTranslation {
    private static final DemoPersonsFile.Declared NOTHING_DECLARED = new DemoPersonsFile.Declared(null, null, null,
            null, null, null, null, null, null, null, null, null);

    private ScenarioTranslation() {
    }

    static DemoScenario scenario(DemoPersonsFile.Scenario s) {
        String at = "scenario.";
        // what the application form asks beyond the dossier: checked here, used by the journeys that start it
        if (s.qualificationLevel() != null) {
            oneOf(QualificationLevel.class, s.qualificationLevel(), at + "qualificationLevel");
            if (!flag(s.requestsQualificationLevel())) {
                throw new IllegalArgumentException("field " + at + "qualificationLevel: named without "
                        + "requestsQualificationLevel true");
            }
        }
        if ("FOREIGN".equals(s.category()) && (s.organisation() == null || s.organisation().name() == null
                || s.organisation().ownership() == null || s.organisation().address() == null)) {
            throw new IllegalArgumentException("field " + at + "organisation: a foreign specialist's application "
                    + "names the healthcare organisation with its ownership and address (Appendix 5)");
        }
        return new DemoScenario(titles(required(s.titles(), at + "titles"), at + "titles."),
                 oneOf(Category.class, s.category(), at + "category"),
                specialty(s.declaredSpecialty(), at + "declaredSpecialty"),
                Optional.ofNullable(s.declaredSpecialization())
                        .map(code -> specialty(code, at + "declaredSpecialization")),
                flag(s.requestsQualificationLevel()), required(s.applicationDate(), at + "applicationDate"),
                required(s.consent(), at + "consent"),
                declared(s.declared() == null ? NOTHING_DECLARED : s.declared()),
                expected(required(s.expected(), at + "expected")), Optional.ofNullable(s.note()));
    }

    private static LocalizedText titles(DemoPersonsFile.Titles t, String at) {
        return LocalizedText.of(required(t.kk(), at + "kk"), required(t.ru(), at + "ru"), required(t.en(), at + "en"));
    }

    private static DeclaredFacts declared(DemoPersonsFile.Declared d) {
        String at = "scenario.declared.";
        return new DeclaredFacts(flag(d.nameChangedAfterEducation()),
                each(d.education(), at + "education", (e, f) -> DemoPersonTranslation.education(e, f, false)),
                each(d.postgraduate(), at + "postgraduate", (e, f) -> DemoPersonTranslation.postgraduate(e, f, false)),
                each(d.certificates(), at + "certificates", (e, f) -> DemoPersonTranslation.certificate(e, f, false)),
                each(d.professionalDevelopment(), at + "professionalDevelopment",
                        ScenarioTranslation::professionalDevelopment),
                each(d.retraining(), at + "retraining", (r, f) -> at(f, () -> new Retraining(
                        specialty(r.specialty(), f + ".specialty"), required(r.hours(), f + ".hours"),
                        required(r.completed(), f + ".completed"), false))),
                each(d.certificationCourses(), at + "certificationCourses", (c, f) -> at(f,
                        () -> new CertificationCourse(specialty(c.specialty(), f + ".specialty"),
                                required(c.credits(), f + ".credits"), required(c.completed(), f + ".completed")))),
                each(d.employment(), at + "employment", (e, f) -> DemoPersonTranslation.employment(e, f, false)),
                each(d.foreignLanguageDocuments(), at + "foreignLanguageDocuments",
                        (code, f) -> oneOf(DocumentCode.class, code, f)),
                Optional.ofNullable(d.labourPermit()).map(ScenarioTranslation::labourPermit),
                flag(d.permanentResident()), flag(d.firstJobAfterGraduation()));
    }

    /** PD volume is given in credits or in hours (1 credit = 30 h), never both. */
    private static ProfessionalDevelopment professionalDevelopment(DemoPersonsFile.ProfessionalDevelopment p,
                                                                   String at) {
        if ((p.credits() == null) == (p.hours() == null)) {
            throw new IllegalArgumentException("field " + at + ": give exactly one of credits and hours");
        }
        return at(at, () -> new ProfessionalDevelopment(specialty(p.specialty(), at + ".specialty"),
                p.credits() != null ? StudyVolume.ofCredits(p.credits()) : StudyVolume.ofHours(p.hours()),
                required(p.completed(), at + ".completed")));
    }

    private static LabourPermit labourPermit(DemoPersonsFile.LabourPermit p) {
        String at = "scenario.declared.labourPermit";
        return at(at, () -> new LabourPermit(required(p.number(), at + ".number"), required(p.issued(), at + ".issued"),
                required(p.employer(), at + ".employer")));
    }

    private static ExpectedEvaluation expected(DemoPersonsFile.Expected e) {
        String at = "scenario.expected.";
        String outcome = required(e.outcome(), at + "outcome");
        List<Ground> grounds = each(e.grounds(), at + "grounds", (g, f) -> oneOf(Ground.class, g, f));
        List<Rule> rules = each(e.failedRules(), at + "failedRules", (r, f) -> oneOf(Rule.class, r, f));
        boolean refused = switch (outcome) {
            case "ELIGIBLE" -> false;
            case "REFUSED" -> true;
            default -> throw new IllegalArgumentException("field " + at + "outcome: unknown value '" + outcome
                    + "'; expected ELIGIBLE or REFUSED");
        };
        if (refused == (grounds.isEmpty() || rules.isEmpty())) {
            throw new IllegalArgumentException("field " + at + "outcome: " + outcome + (refused
                    ? " needs at least one ground and one failed rule" : " cannot list grounds or failed rules"));
        }
        return new ExpectedEvaluation(oneOf(Route.class, e.route(), at + "route"),
                each(listOrEmpty(e.flags()), at + "flags", (flag, f) -> oneOf(Flag.class, flag, f))
                        .stream().collect(java.util.stream.Collectors.toSet()),
                grounds, rules);
    }
}
