package kz.medcert.adapters.http.dto;

import java.util.List;
import java.util.function.Function;
import kz.medcert.adapters.http.dto.DossierEntries.AssessmentEntry;
import kz.medcert.adapters.http.dto.DossierEntries.CertificateEntry;
import kz.medcert.adapters.http.dto.DossierEntries.CertificationCourseEntry;
import kz.medcert.adapters.http.dto.DossierEntries.EducationEntry;
import kz.medcert.adapters.http.dto.DossierEntries.EmploymentEntry;
import kz.medcert.adapters.http.dto.DossierEntries.LabourPermitEntry;
import kz.medcert.adapters.http.dto.DossierEntries.PostgraduateEntry;
import kz.medcert.adapters.http.dto.DossierEntries.ProfessionalDevelopmentEntry;
import kz.medcert.adapters.http.dto.DossierEntries.RetrainingEntry;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.dossier.HealthcareOrganisation;
import kz.medcert.domain.request.ApplicationDetails;

/** The information form as the applicant declared it when starting the request (what no registry supplied). */
public record FormResponse(String category, String declaredSpecialty, String declaredSpecialization,
                           boolean requestsQualificationLevel, String qualificationLevel, String citizenship,
                           boolean permanentResident,
                           boolean nameChangedAfterEducation, boolean firstJobAfterGraduation,
                           LabourPermitEntry labourPermit, OrganisationEntry organisation,
                           List<EducationEntry> education,
                           List<PostgraduateEntry> postgraduate, List<RetrainingEntry> retraining,
                           List<CertificationCourseEntry> certificationCourses,
                           List<ProfessionalDevelopmentEntry> professionalDevelopment,
                           List<CertificateEntry> certificates, List<EmploymentEntry> employment,
                           List<AssessmentEntry> assessments, List<String> foreignLanguageDocuments) {

    public static FormResponse from(Dossier form, ApplicationDetails details) {
        return new FormResponse(form.category().name(), form.declaredSpecialty().value(),
                form.declaredSpecialization().map(code -> code.value()).orElse(null),
                form.requestsQualificationLevel(), details.qualificationLevel().map(Enum::name).orElse(null),
                form.citizenship().map(c -> c.value()).orElse(null),
                form.permanentResident(), form.nameChangedAfterEducation(), form.firstJobAfterGraduation(),
                form.labourPermit().map(LabourPermitEntry::from).orElse(null),
                details.organisation().map(OrganisationEntry::from).orElse(null),
                map(form.education(), EducationEntry::from), map(form.postgraduate(), PostgraduateEntry::from),
                map(form.retraining(), RetrainingEntry::from),
                map(form.certificationCourses(), CertificationCourseEntry::from),
                map(form.professionalDevelopment(), ProfessionalDevelopmentEntry::from),
                map(form.certificates(), CertificateEntry::from),
                map(form.employment().periods(), EmploymentEntry::from),
                map(form.assessments(), AssessmentEntry::from),
                form.foreignLanguageDocuments().stream().map(Enum::name).toList());
    }

    /** The healthcare organisation a foreign specialist is to work in (Appendix 5, A6-IF item 3). */
    public record OrganisationEntry(String name, String ownership, String address, String branches) {
        static OrganisationEntry from(HealthcareOrganisation o) {
            return new OrganisationEntry(o.name(), o.ownership(), o.address(), o.branches().orElse(null));
        }
    }

    static <I, O> List<O> map(List<I> values, Function<I, O> mapping) {
        return values.stream().map(mapping).toList();
    }
}
