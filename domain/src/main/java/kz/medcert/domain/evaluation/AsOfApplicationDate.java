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
record AsOfApplicationDate(Dossier dossier, List<String> leftOut) {

    AsOfApplicationDate {
        leftOut = List.copyOf(leftOut);
    }

    static AsOfApplicationDate of(Dossier d) {
        LocalDate ad = d.applicationDate();
        List<String> leftOut = new ArrayList<>();
        List<EducationRecord> education = kept(d.education(), e -> e.graduationDate(), ad, e -> "education "
                + e.graduationDate() + registry(e.inRegistry()), leftOut).stream()
                .map(e -> withoutFutureRecognition(e, ad, leftOut)).toList();
        return new AsOfApplicationDate(new Dossier(d.category(), d.declaredSpecialty(), d.declaredSpecialization(),
                d.requestsQualificationLevel(), ad, d.submittedAt(), d.citizenship(), d.permanentResident(),
                d.consentGiven(), d.prohibition(), d.nameChangedAfterEducation(), d.nameChangeInRegistry(),
                d.firstJobAfterGraduation(), d.identityInRegistry(), d.labourPermit(), education,
                kept(d.postgraduate(), p -> p.completedOn(), ad, p -> p.type().name().toLowerCase() + " "
                        + p.completedOn() + registry(p.inRegistry()), leftOut),
                kept(d.retraining(), r -> r.completedOn(), ad, r -> "retraining " + r.completedOn()
                        + registry(r.inRegistry()), leftOut),
                kept(d.certificationCourses(), c -> c.completedOn(), ad, c -> "certification course "
                        + c.completedOn(), leftOut),
                kept(d.professionalDevelopment(), p -> p.completedOn(), ad, p -> "professional development "
                        + p.completedOn(), leftOut),
                kept(d.certificates(), c -> c.issuedOn(), ad, c -> "certificate issued " + c.issuedOn()
                        + registry(c.inRegistry()), leftOut),
                new EmploymentHistory(d.employment().in(p -> !p.from().isAfter(ad))),
                kept(d.assessments(), a -> a.date(), ad, a -> "assessment " + a.date() + registry(true), leftOut),
                d.foreignLanguageDocuments()), leftOut);
    }

    private static <T> List<T> kept(List<T> facts, Function<T, LocalDate> dated, LocalDate ad,
                                    Function<T, String> described, List<String> leftOut) {
        Predicate<T> future = fact -> dated.apply(fact).isAfter(ad);
        facts.stream().filter(future).map(described).forEach(leftOut::add);
        return facts.stream().filter(future.negate()).toList();
    }

    private static EducationRecord withoutFutureRecognition(EducationRecord e, LocalDate ad, List<String> leftOut) {
        if (e.recognition().filter(r -> r.issuedOn().isAfter(ad)).isEmpty()) {
            return e;
        }
        leftOut.add("recognition " + e.recognition().get().issuedOn() + registry(e.recognition().get().inRegistry()));
        return new EducationRecord(e.level(), e.field(), e.graduationDate(), e.country(), e.foreignInstitution(),
                e.inRegistry(), e.institution(), Optional.empty());
    }

    // R21: whether the registry or the applicant supplied it tells the officer where to look
    private static String registry(boolean inRegistry) {
        return inRegistry ? " (registry)" : "";
    }
}
