package kz.medcert.adapters.persistence.stored;

import java.util.Optional;
import kz.medcert.domain.dossier.AssessmentResult;
import kz.medcert.domain.dossier.CertificationCourse;
import kz.medcert.domain.dossier.EducationRecord;
import kz.medcert.domain.dossier.EmploymentPeriod;
import kz.medcert.domain.dossier.HeldCertificate;
import kz.medcert.domain.dossier.LabourPermit;
import kz.medcert.domain.dossier.PostgraduateTraining;
import kz.medcert.domain.dossier.ProfessionalDevelopment;
import kz.medcert.domain.dossier.Recognition;
import kz.medcert.domain.dossier.Retraining;
import kz.medcert.domain.dossier.StudyVolume;
import kz.medcert.domain.reference.CountryCode;
import kz.medcert.domain.reference.SpecialtyCode;

/**
 * The records a dossier is made of (education, training, certificates, work, assessments, permit), to and from the
 * stored form; the declared form and the registries' answers both hold them.
 */
final class DossierRecordMapper {

    private DossierRecordMapper() {
    }

    static StoredDossier.LabourPermit toStored(LabourPermit permit) {
        return new StoredDossier.LabourPermit(permit.number(), permit.issuedOn(), permit.employer());
    }

    static LabourPermit toDomain(StoredDossier.LabourPermit stored) {
        return new LabourPermit(stored.number(), stored.issuedOn(), stored.employer());
    }

    static StoredDossier.Education toStored(EducationRecord e) {
        return new StoredDossier.Education(e.level(), e.field(), e.graduationDate(), e.country().value(),
                e.foreignInstitution(), e.inRegistry(), e.institution().orElse(null),
                e.recognition().map(DossierRecordMapper::toStored).orElse(null));
    }

    static EducationRecord toDomain(StoredDossier.Education stored) {
        return new EducationRecord(stored.level(), stored.field(), stored.graduationDate(),
                new CountryCode(stored.country()), stored.foreignInstitution(), stored.inRegistry(),
                Optional.ofNullable(stored.institution()),
                Optional.ofNullable(stored.recognition()).map(DossierRecordMapper::toDomain));
    }

    static StoredDossier.Recognition toStored(Recognition r) {
        return new StoredDossier.Recognition(r.number(), r.issuedOn(), r.issuingBody().orElse(null),
                r.orderNumber().orElse(null), r.registrationNumber().orElse(null), r.inRegistry());
    }

    static Recognition toDomain(StoredDossier.Recognition stored) {
        return new Recognition(stored.number(), stored.issuedOn(), Optional.ofNullable(stored.issuingBody()),
                Optional.ofNullable(stored.orderNumber()), Optional.ofNullable(stored.registrationNumber()),
                stored.inRegistry());
    }

    static StoredDossier.Postgraduate toStored(PostgraduateTraining p) {
        return new StoredDossier.Postgraduate(p.type(), p.specialty().value(), p.completedOn(), p.inRegistry());
    }

    static PostgraduateTraining toDomain(StoredDossier.Postgraduate stored) {
        return new PostgraduateTraining(stored.type(), new SpecialtyCode(stored.specialty()), stored.completedOn(),
                stored.inRegistry());
    }

    static StoredDossier.Retraining toStored(Retraining r) {
        return new StoredDossier.Retraining(r.specialty().value(), r.hours(), r.completedOn(), r.inRegistry());
    }

    static Retraining toDomain(StoredDossier.Retraining stored) {
        return new Retraining(new SpecialtyCode(stored.specialty()), stored.hours(), stored.completedOn(),
                stored.inRegistry());
    }

    static StoredDossier.CertificationCourse toStored(CertificationCourse c) {
        return new StoredDossier.CertificationCourse(c.specialty().value(), c.credits(), c.completedOn());
    }

    static CertificationCourse toDomain(StoredDossier.CertificationCourse stored) {
        return new CertificationCourse(new SpecialtyCode(stored.specialty()), stored.credits(), stored.completedOn());
    }

    static StoredDossier.ProfessionalDevelopment toStored(ProfessionalDevelopment pd) {
        return new StoredDossier.ProfessionalDevelopment(pd.specialty().value(), pd.volume().hours(),
                pd.completedOn());
    }

    static ProfessionalDevelopment toDomain(StoredDossier.ProfessionalDevelopment stored) {
        return new ProfessionalDevelopment(new SpecialtyCode(stored.specialty()), StudyVolume.ofHours(stored.hours()),
                stored.completedOn());
    }

    static StoredDossier.Certificate toStored(HeldCertificate c) {
        return new StoredDossier.Certificate(c.specialty().value(), c.issuedOn(), c.validUntil().orElse(null),
                c.indefinite(), c.inRegistry(), c.qualificationLevel().orElse(null));
    }

    static HeldCertificate toDomain(StoredDossier.Certificate stored) {
        return new HeldCertificate(new SpecialtyCode(stored.specialty()), stored.issuedOn(),
                Optional.ofNullable(stored.validUntil()), stored.indefinite(), stored.inRegistry(),
                Optional.ofNullable(stored.qualificationLevel()));
    }

    static StoredDossier.Employment toStored(EmploymentPeriod p) {
        return new StoredDossier.Employment(p.specialty().value(), p.from(), p.to().orElse(null), p.inRegistry());
    }

    static EmploymentPeriod toDomain(StoredDossier.Employment stored) {
        return new EmploymentPeriod(new SpecialtyCode(stored.specialty()), stored.from(),
                Optional.ofNullable(stored.to()), stored.inRegistry());
    }

    static StoredDossier.Assessment toStored(AssessmentResult a) {
        return new StoredDossier.Assessment(a.specialty().value(), a.date(), a.passed());
    }

    static AssessmentResult toDomain(StoredDossier.Assessment stored) {
        return new AssessmentResult(new SpecialtyCode(stored.specialty()), stored.date(), stored.passed());
    }
}
