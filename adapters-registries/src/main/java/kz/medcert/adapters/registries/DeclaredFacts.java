package kz.medcert.adapters.registries;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.CertificationCourse;
import kz.medcert.domain.dossier.DossierBuilder;
import kz.medcert.domain.dossier.EducationRecord;
import kz.medcert.domain.dossier.EmploymentPeriod;
import kz.medcert.domain.dossier.HeldCertificate;
import kz.medcert.domain.dossier.LabourPermit;
import kz.medcert.domain.dossier.PostgraduateTraining;
import kz.medcert.domain.dossier.ProfessionalDevelopment;
import kz.medcert.domain.dossier.Retraining;

/**
 * What a demo applicant states and uploads that no registry supplies (all marked not {@code inRegistry}): PD
 * certificates, retraining, certification courses, education and work abroad, a labour permit, and so on.
 */
public record DeclaredFacts(boolean nameChangedAfterEducation, List<EducationRecord> education,
                            List<PostgraduateTraining> postgraduate, List<HeldCertificate> certificates,
                            List<ProfessionalDevelopment> professionalDevelopment, List<Retraining> retraining,
                            List<CertificationCourse> certificationCourses, List<EmploymentPeriod> employment,
                            List<DocumentCode> foreignLanguageDocuments, Optional<LabourPermit> labourPermit,
                            boolean permanentResident, boolean firstJobAfterGraduation) {

    public DeclaredFacts {
        education = List.copyOf(education);
        postgraduate = List.copyOf(postgraduate);
        certificates = List.copyOf(certificates);
        professionalDevelopment = List.copyOf(professionalDevelopment);
        retraining = List.copyOf(retraining);
        certificationCourses = List.copyOf(certificationCourses);
        employment = List.copyOf(employment);
        foreignLanguageDocuments = List.copyOf(foreignLanguageDocuments);
        Objects.requireNonNull(labourPermit, "labourPermit");
    }

    /** Adds every declared fact to the builder. */
    public DossierBuilder addTo(DossierBuilder builder) {
        builder.nameChangedAfterEducation(nameChangedAfterEducation)
                .permanentResident(permanentResident)
                .firstJobAfterGraduation(firstJobAfterGraduation);
        labourPermit.ifPresent(builder::labourPermit);
        education.forEach(builder::education);
        postgraduate.forEach(builder::postgraduate);
        certificates.forEach(builder::certificate);
        professionalDevelopment.forEach(builder::professionalDevelopment);
        retraining.forEach(builder::retraining);
        certificationCourses.forEach(builder::certificationCourse);
        employment.forEach(builder::employment);
        foreignLanguageDocuments.forEach(builder::foreignLanguageDocument);
        return builder;
    }
}
