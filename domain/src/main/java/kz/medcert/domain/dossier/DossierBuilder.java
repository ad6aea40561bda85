package kz.medcert.domain.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.reference.CountryCode;
import kz.medcert.domain.reference.SpecialtyCode;

/**
 * Assembles a {@link Dossier} with the defaults of the evaluation contract: consent given, no prohibition, every
 * list empty.
 */
public final class DossierBuilder {
    private Category category;
    private SpecialtyCode declaredSpecialty;
    private SpecialtyCode declaredSpecialization;
    private boolean requestsQualificationLevel;
    private LocalDate applicationDate;
    private Instant submittedAt;
    private CountryCode citizenship;
    private boolean permanentResident;
    private boolean consentGiven = true;
    private Prohibition prohibition = Prohibition.NONE;
    private boolean nameChangedAfterEducation;
    private boolean nameChangeInRegistry;
    private boolean firstJobAfterGraduation;
    private boolean identityInRegistry;
    private LabourPermit labourPermit;
    private final List<EducationRecord> education = new ArrayList<>();
    private final List<PostgraduateTraining> postgraduate = new ArrayList<>();
    private final List<Retraining> retraining = new ArrayList<>();
    private final List<CertificationCourse> certificationCourses = new ArrayList<>();
    private final List<ProfessionalDevelopment> professionalDevelopment = new ArrayList<>();
    private final List<HeldCertificate> certificates = new ArrayList<>();
    private final List<EmploymentPeriod> employment = new ArrayList<>();
    private final List<AssessmentResult> assessments = new ArrayList<>();
    private final List<DocumentCode> foreignLanguageDocuments = new ArrayList<>();

    DossierBuilder(Category category, SpecialtyCode declaredSpecialty, LocalDate applicationDate) {
        this.category = category;
        this.declaredSpecialty = declaredSpecialty;
        this.applicationDate = applicationDate;
    }

    static DossierBuilder from(Dossier d) {
        DossierBuilder b = new DossierBuilder(d.category(), d.declaredSpecialty(), d.applicationDate());
        b.declaredSpecialization = d.declaredSpecialization().orElse(null);
        b.requestsQualificationLevel = d.requestsQualificationLevel();
        b.submittedAt = d.submittedAt().orElse(null);
        b.citizenship = d.citizenship().orElse(null);
        b.permanentResident = d.permanentResident();
        b.consentGiven = d.consentGiven();
        b.prohibition = d.prohibition();
        b.nameChangedAfterEducation = d.nameChangedAfterEducation();
        b.nameChangeInRegistry = d.nameChangeInRegistry();
        b.firstJobAfterGraduation = d.firstJobAfterGraduation();
        b.identityInRegistry = d.identityInRegistry();
        b.labourPermit = d.labourPermit().orElse(null);
        b.education.addAll(d.education());
        b.postgraduate.addAll(d.postgraduate());
        b.retraining.addAll(d.retraining());
        b.certificationCourses.addAll(d.certificationCourses());
        b.professionalDevelopment.addAll(d.professionalDevelopment());
        b.certificates.addAll(d.certificates());
        b.employment.addAll(d.employment().periods());
        b.assessments.addAll(d.assessments());
        b.foreignLanguageDocuments.addAll(d.foreignLanguageDocuments());
        return b;
    }

    public DossierBuilder category(Category value) { category = value; return this; }

    public DossierBuilder declaredSpecialty(SpecialtyCode value) { declaredSpecialty = value; return this; }

    public DossierBuilder declaredSpecialization(SpecialtyCode value) { declaredSpecialization = value; return this; }

    public DossierBuilder requestsQualificationLevel(boolean value) { requestsQualificationLevel = value; return this; }

    public DossierBuilder applicationDate(LocalDate value) { applicationDate = value; return this; }

    public DossierBuilder submittedAt(Instant value) { submittedAt = value; return this; }

    public DossierBuilder citizenship(CountryCode value) { citizenship = value; return this; }

    public DossierBuilder permanentResident(boolean value) { permanentResident = value; return this; }

    public DossierBuilder consentGiven(boolean value) { consentGiven = value; return this; }

    public DossierBuilder prohibition(Prohibition value) { prohibition = value; return this; }

    public DossierBuilder nameChangedAfterEducation(boolean value) { nameChangedAfterEducation = value; return this; }

    public DossierBuilder nameChangeInRegistry(boolean value) { nameChangeInRegistry = value; return this; }

    public DossierBuilder firstJobAfterGraduation(boolean value) { firstJobAfterGraduation = value; return this; }

    public DossierBuilder identityInRegistry(boolean value) { identityInRegistry = value; return this; }

    public DossierBuilder labourPermit(LabourPermit value) { labourPermit = value; return this; }

    public DossierBuilder education(EducationRecord value) { education.add(value); return this; }

    public DossierBuilder postgraduate(PostgraduateTraining value) { postgraduate.add(value); return this; }

    public DossierBuilder retraining(Retraining value) { retraining.add(value); return this; }

    public DossierBuilder certificationCourse(CertificationCourse value) { certificationCourses.add(value); return this; }

    public DossierBuilder professionalDevelopment(ProfessionalDevelopment value) {
        professionalDevelopment.add(value);
        return this;
    }

    public DossierBuilder certificate(HeldCertificate value) { certificates.add(value); return this; }

    public DossierBuilder employment(EmploymentPeriod value) { employment.add(value); return this; }

    public DossierBuilder assessment(AssessmentResult value) { assessments.add(value); return this; }

    public DossierBuilder foreignLanguageDocument(DocumentCode value) { foreignLanguageDocuments.add(value); return this; }

    public Dossier build() {
        return new Dossier(category, declaredSpecialty, Optional.ofNullable(declaredSpecialization),
                requestsQualificationLevel, applicationDate,
                Optional.ofNullable(submittedAt), Optional.ofNullable(citizenship), permanentResident, consentGiven,
                prohibition, nameChangedAfterEducation, nameChangeInRegistry, firstJobAfterGraduation,
                identityInRegistry, Optional.ofNullable(labourPermit), education,
                postgraduate, retraining, certificationCourses, professionalDevelopment, certificates,
                new EmploymentHistory(employment), assessments, foreignLanguageDocuments);
    }
}
