package kz.medcert.adapters.persistence.stored;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.dossier.PostgraduateType;
import kz.medcert.domain.dossier.Prohibition;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.reference.EducationLevel;
import kz.medcert.domain.reference.QualificationLevel;

/**
 * The stored information form (the dossier the applicant declared), and the records of a dossier that the registries'
 * answers ({@link StoredFacts}) share with it. Specialty and country codes are stored as their text; absent optional
 * values are null.
 */
record StoredDossier(Category category, String declaredSpecialty, String declaredSpecialization,
                     boolean requestsQualificationLevel, LocalDate applicationDate, Instant submittedAt,
                     String citizenship, boolean permanentResident, boolean consentGiven, Prohibition prohibition,
                     boolean nameChangedAfterEducation, boolean nameChangeInRegistry, boolean firstJobAfterGraduation,
                     boolean identityInRegistry, LabourPermit labourPermit, List<Education> education,
                     List<Postgraduate> postgraduate, List<Retraining> retraining,
                     List<CertificationCourse> certificationCourses,
                     List<ProfessionalDevelopment> professionalDevelopment, List<Certificate> certificates,
                     List<Employment> employment, List<Assessment> assessments,
                     List<DocumentCode> foreignLanguageDocuments) {

    StoredDossier {
        education = List.copyOf(education);
        postgraduate = List.copyOf(postgraduate);
        retraining = List.copyOf(retraining);
        certificationCourses = List.copyOf(certificationCourses);
        professionalDevelopment = List.copyOf(professionalDevelopment);
        certificates = List.copyOf(certificates);
        employment = List.copyOf(employment);
        assessments = List.copyOf(assessments);
        foreignLanguageDocuments = List.copyOf(foreignLanguageDocuments);
    }

    record LabourPermit(String number, LocalDate issuedOn, String employer) {
    }

    record Education(EducationLevel level, EducationField field, LocalDate graduationDate, String country,
                     boolean foreignInstitution, boolean inRegistry, String institution, Recognition recognition) {
    }

    record Recognition(String number, LocalDate issuedOn, String issuingBody, String orderNumber,
                       String registrationNumber, boolean inRegistry) {
    }

    record Postgraduate(PostgraduateType type, String specialty, LocalDate completedOn, boolean inRegistry) {
    }

    record Retraining(String specialty, int hours, LocalDate completedOn, boolean inRegistry) {
    }

    record CertificationCourse(String specialty, BigDecimal credits, LocalDate completedOn) {
    }

    /** @param hours the volume in hours (1 credit = 30 hours) */
    record ProfessionalDevelopment(String specialty, BigDecimal hours, LocalDate completedOn) {
    }

    /** @param validUntil null when {@code indefinite} */
    record Certificate(String specialty, LocalDate issuedOn, LocalDate validUntil, boolean indefinite,
                       boolean inRegistry, QualificationLevel qualificationLevel) {
    }

    /** @param to null while still employed */
    record Employment(String specialty, LocalDate from, LocalDate to, boolean inRegistry) {
    }

    record Assessment(String specialty, LocalDate date, boolean passed) {
    }
}
