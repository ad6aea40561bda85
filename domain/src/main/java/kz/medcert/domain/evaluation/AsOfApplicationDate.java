package kz.medcert.domain.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.dossier.EducationRecord;
import kz.medcert.domain.dossier.EmploymentHistory;
import kz.medcert.domain.reference.LocalizedText;
import kz.medcert.domain.reference.PersonDates;

/**
 * R85: the dossier as it stood on the application date. A fact dated after it (a diploma, recognition,
 * postgraduate training, retraining, certification course, PD, certificate or assessment) cannot count on that day,
 * so it is left out of every requirement, which may then fail on ground 2; it is listed for the officer (a review
 * note), because only the officer can establish that a submitted document is unreliable (ground 1). An employment
 * that starts after the application date is left out of the experience and is no finding at all: a foreign
 * specialist applies for the job they are about to take.
 *
 * @param dossier what counts on the application date
 * @param leftOut the facts dated after it (employment starts excepted), as the review note names them
 */
record AsOfApplicationDate(Dossier dossier, List<LocalizedText> leftOut) {

    AsOfApplicationDate {
        leftOut = List.copyOf(leftOut);
    }

    static AsOfApplicationDate of(Dossier d) {
        // the usual dossier: nothing is dated after the application, and the rebuilt dossier would equal it
        return anythingAfterApplication(d) ? rebuilt(d) : new AsOfApplicationDate(d, List.of());
    }

    /** Whether any fact {@link #rebuilt} leaves out (or any recognition it strips) is dated after the application. */
    static boolean anythingAfterApplication(Dossier d) {
        LocalDate ad = d.applicationDate();
        for (EducationRecord e : d.education()) {
            if (e.graduationDate().isAfter(ad) || e.recognition().filter(r -> r.issuedOn().isAfter(ad)).isPresent()) {
                return true;
            }
        }
        return anyAfter(d.postgraduate(), p -> p.completedOn(), ad) || anyAfter(d.retraining(), r -> r.completedOn(), ad)
                || anyAfter(d.certificationCourses(), c -> c.completedOn(), ad)
                || anyAfter(d.professionalDevelopment(), p -> p.completedOn(), ad)
                || anyAfter(d.certificates(), c -> c.issuedOn(), ad)
                || anyAfter(d.employment().periods(), p -> p.from(), ad)
                || anyAfter(d.assessments(), a -> a.date(), ad);
    }

    private static <T> boolean anyAfter(List<T> facts, Function<T, LocalDate> dated, LocalDate ad) {
        for (T fact : facts) {
            if (dated.apply(fact).isAfter(ad)) {
                return true;
            }
        }
        return false;
    }

    /** The dossier rebuilt without what is dated after the application, and what was left out. */
    static AsOfApplicationDate rebuilt(Dossier d) {
        LocalDate ad = d.applicationDate();
        List<LocalizedText> leftOut = new ArrayList<>();
        List<EducationRecord> education = kept(d.education(), e -> e.graduationDate(), ad,
                e -> dated(EDUCATION, e.graduationDate(), e.inRegistry()), leftOut).stream()
                .map(e -> withoutFutureRecognition(e, ad, leftOut)).toList();
        return new AsOfApplicationDate(new Dossier(d.category(), d.declaredSpecialty(), d.declaredSpecialization(),
                d.requestsQualificationLevel(), ad, d.submittedAt(), d.citizenship(), d.permanentResident(),
                d.consentGiven(), d.prohibition(), d.nameChangedAfterEducation(), d.nameChangeInRegistry(),
                d.firstJobAfterGraduation(), d.identityInRegistry(), d.labourPermit(), education,
                kept(d.postgraduate(), p -> p.completedOn(), ad,
                        p -> dated(p.type().localizedName(), p.completedOn(), p.inRegistry()), leftOut),
                kept(d.retraining(), r -> r.completedOn(), ad,
                        r -> dated(RETRAINING, r.completedOn(), r.inRegistry()), leftOut),
                kept(d.certificationCourses(), c -> c.completedOn(), ad,
                        c -> dated(CERTIFICATION_COURSE, c.completedOn(), false), leftOut),
                kept(d.professionalDevelopment(), p -> p.completedOn(), ad,
                        p -> dated(PROFESSIONAL_DEVELOPMENT, p.completedOn(), false), leftOut),
                kept(d.certificates(), c -> c.issuedOn(), ad,
                        c -> dated(CERTIFICATE_ISSUED, c.issuedOn(), c.inRegistry()), leftOut),
                new EmploymentHistory(d.employment().in(p -> !p.from().isAfter(ad))),
                kept(d.assessments(), a -> a.date(), ad, a -> dated(ASSESSMENT, a.date(), true), leftOut),
                d.foreignLanguageDocuments()), leftOut);
    }

    private static final LocalizedText EDUCATION = LocalizedText.of("білім", "образование", "education");
    private static final LocalizedText RETRAINING = LocalizedText.of("қайта даярлау", "переподготовка",
            "retraining");
    private static final LocalizedText CERTIFICATION_COURSE = LocalizedText.of("сертификаттау курсы",
            "сертификационный курс", "certification course");
    private static final LocalizedText PROFESSIONAL_DEVELOPMENT = LocalizedText.of("біліктілікті арттыру",
            "повышение квалификации", "professional development");
    private static final LocalizedText CERTIFICATE_ISSUED = LocalizedText.of("берілген сертификат",
            "сертификат, выданный", "certificate issued");
    private static final LocalizedText ASSESSMENT = LocalizedText.of("бағалау", "оценка", "assessment");
    private static final LocalizedText RECOGNITION = LocalizedText.of("тану", "признание", "recognition");
    // R21: whether the registry or the applicant supplied it tells the officer where to look
    private static final LocalizedText FROM_REGISTRY = LocalizedText.of(" (тізілім)", " (реестр)", " (registry)");

    private static <T> List<T> kept(List<T> facts, Function<T, LocalDate> dated, LocalDate ad,
                                    Function<T, LocalizedText> described, List<LocalizedText> leftOut) {
        Predicate<T> future = fact -> dated.apply(fact).isAfter(ad);
        facts.stream().filter(future).map(described).forEach(leftOut::add);
        return facts.stream().filter(future.negate()).toList();
    }

    private static EducationRecord withoutFutureRecognition(EducationRecord e, LocalDate ad,
                                                            List<LocalizedText> leftOut) {
        if (e.recognition().filter(r -> r.issuedOn().isAfter(ad)).isEmpty()) {
            return e;
        }
        leftOut.add(dated(RECOGNITION, e.recognition().get().issuedOn(), e.recognition().get().inRegistry()));
        return new EducationRecord(e.level(), e.field(), e.graduationDate(), e.country(), e.foreignInstitution(),
                e.inRegistry(), e.institution(), Optional.empty());
    }

    /** What was left out, its day, and whether a registry supplied it: "education 2025-01-01 (registry)". */
    private static LocalizedText dated(LocalizedText what, LocalDate day, boolean inRegistry) {
        LocalizedText text = what.suffixed(" " + PersonDates.format(day));
        return inRegistry ? LocalizedText.join("", text, FROM_REGISTRY) : text;
    }
}
