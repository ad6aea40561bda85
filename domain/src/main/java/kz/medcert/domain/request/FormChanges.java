package kz.medcert.domain.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import kz.medcert.domain.dossier.Dossier;

/** Which parts of the declared form an amendment changed, for the request's history (R21, R70; R80). */
final class FormChanges {

    private FormChanges() {
    }

    static String between(Dossier before, ApplicationDetails detailsBefore, Dossier after,
                          ApplicationDetails detailsAfter) {
        List<String> changed = new ArrayList<>();
        section(changed, "education", before, after, Dossier::education);
        section(changed, "postgraduate", before, after, Dossier::postgraduate);
        section(changed, "retraining", before, after, Dossier::retraining);
        section(changed, "certificationCourses", before, after, Dossier::certificationCourses);
        section(changed, "professionalDevelopment", before, after, Dossier::professionalDevelopment);
        section(changed, "certificates", before, after, Dossier::certificates);
        section(changed, "employment", before, after, d -> d.employment().periods());
        section(changed, "assessments", before, after, Dossier::assessments);
        section(changed, "foreignLanguageDocuments", before, after, Dossier::foreignLanguageDocuments);
        flag(changed, "citizenship", before, after, Dossier::citizenship);
        flag(changed, "permanentResident", before, after, Dossier::permanentResident);
        flag(changed, "nameChangedAfterEducation", before, after, Dossier::nameChangedAfterEducation);
        flag(changed, "firstJobAfterGraduation", before, after, Dossier::firstJobAfterGraduation);
        flag(changed, "labourPermit", before, after, Dossier::labourPermit);
        flag(changed, "requestsQualificationLevel", before, after, Dossier::requestsQualificationLevel);
        flag(changed, "qualificationLevel", detailsBefore, detailsAfter, ApplicationDetails::qualificationLevel);
        flag(changed, "organisation", detailsBefore, detailsAfter, ApplicationDetails::organisation);
        return "form amended: " + String.join(", ", changed);
    }

    private static void section(List<String> changed, String name, Dossier before, Dossier after,
                                Function<Dossier, List<?>> part) {
        List<?> was = part.apply(before);
        List<?> is = part.apply(after);
        if (!was.equals(is)) {
            changed.add(name + " " + was.size() + "→" + is.size());
        }
    }

    private static <T> void flag(List<String> changed, String name, T before, T after, Function<T, ?> part) {
        if (!Objects.equals(part.apply(before), part.apply(after))) {
            changed.add(name);
        }
    }
}
