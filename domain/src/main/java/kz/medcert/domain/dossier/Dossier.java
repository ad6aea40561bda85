package kz.medcert.domain.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.reference.CountryCode;
import kz.medcert.domain.reference.SpecialtyCode;

/**
 * Every fact the rules look at for one application: what the applicant declared and what the registries returned.
 * Facts stated here are taken as evidence the applicant holds; {@code inRegistry} marks what a registry supplied.
 *
 * @param declaredSpecialty       the specialty applied for (A1 item 7)
 * @param declaredSpecialization  a specialization within it, when one is declared
 * @param applicationDate         AD: the portal submission date (R11 interpretation)
 * @param submittedAt             the submission moment, when known; gives the registration day and deadline (R78)
 * @param consentGiven            OTP or SMS consent to access restricted personal data (R60, R61)
 * @param foreignLanguageDocuments documents in a language other than Kazakh or Russian (R20)
 */
public record Dossier(Category category, SpecialtyCode declaredSpecialty,
                      Optional<SpecialtyCode> declaredSpecialization, boolean requestsQualificationLevel,
                      LocalDate applicationDate, Optional<Instant> submittedAt, Optional<CountryCode> citizenship,
                      boolean permanentResident, boolean consentGiven, Prohibition prohibition,
                      boolean nameChangedAfterEducation, boolean nameChangeInRegistry,
                      boolean firstJobAfterGraduation, boolean identityInRegistry,
                      Optional<LabourPermit> labourPermit, List<EducationRecord> education,
                      List<PostgraduateTraining> postgraduate, List<Retraining> retraining,
                      List<CertificationCourse> certificationCourses,
                      List<ProfessionalDevelopment> professionalDevelopment, List<HeldCertificate> certificates,
                      EmploymentHistory employment, List<AssessmentResult> assessments,
                      List<DocumentCode> foreignLanguageDocuments) {

    public Dossier {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(declaredSpecialty, "declaredSpecialty");
        Objects.requireNonNull(declaredSpecialization, "declaredSpecialization");
        Objects.requireNonNull(applicationDate, "applicationDate");
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(citizenship, "citizenship");
        Objects.requireNonNull(prohibition, "prohibition");
        Objects.requireNonNull(labourPermit, "labourPermit");
        education = List.copyOf(education);
        postgraduate = List.copyOf(postgraduate);
        retraining = List.copyOf(retraining);
        certificationCourses = List.copyOf(certificationCourses);
        professionalDevelopment = List.copyOf(professionalDevelopment);
        certificates = List.copyOf(certificates);
        Objects.requireNonNull(employment, "employment");
        assessments = List.copyOf(assessments);
        foreignLanguageDocuments = List.copyOf(foreignLanguageDocuments);
    }

    /** The code the certificate would be issued in: the specialization when one is declared (R05). */
    public SpecialtyCode target() {
        return declaredSpecialization.orElse(declaredSpecialty);
    }

    public static DossierBuilder builder(Category category, SpecialtyCode declaredSpecialty, LocalDate applicationDate) {
        return new DossierBuilder(category, declaredSpecialty, applicationDate);
    }

    /** A builder that starts from this dossier, for variations. */
    public DossierBuilder toBuilder() {
        return DossierBuilder.from(this);
    }
}
