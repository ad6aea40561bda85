package kz.medcert.adapters.http.dto;

import java.math.BigDecimal;
import java.time.LocalDate;
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

/**
 * The records of a dossier as the request view shows them, both those the applicant declared and those a registry
 * returned; the field names are those of the evaluation request.
 */
public final class DossierEntries {

    private DossierEntries() {
    }

    /** A permit to attract foreign labour (R53). */
    public record LabourPermitEntry(String number, LocalDate issuedOn, String employer) {
        static LabourPermitEntry from(LabourPermit p) {
            return new LabourPermitEntry(p.number(), p.issuedOn(), p.employer());
        }
    }

    /** A medical education record. */
    public record EducationEntry(String level, String field, LocalDate graduationDate, String country,
                                 boolean foreignInstitution, String institution, RecognitionEntry recognition) {
        static EducationEntry from(EducationRecord e) {
            return new EducationEntry(e.level().name(), e.field().name(), e.graduationDate(), e.country().value(),
                    e.foreignInstitution(), e.institution().orElse(null),
                    e.recognition().map(RecognitionEntry::from).orElse(null));
        }
    }

    /** Recognition or nostrification of education obtained abroad. */
    public record RecognitionEntry(String number, LocalDate issuedOn, String issuingBody, String orderNumber,
                                   String registrationNumber) {
        static RecognitionEntry from(Recognition r) {
            return new RecognitionEntry(r.number(), r.issuedOn(), r.issuingBody().orElse(null),
                    r.orderNumber().orElse(null), r.registrationNumber().orElse(null));
        }
    }

    /** Internship, residency, clinical ordinatura, master's or doctoral studies. */
    public record PostgraduateEntry(String type, String specialty, LocalDate completedOn) {
        static PostgraduateEntry from(PostgraduateTraining p) {
            return new PostgraduateEntry(p.type().name(), p.specialty().value(), p.completedOn());
        }
    }

    /** Retraining with its length in hours. */
    public record RetrainingEntry(String specialty, int hours, LocalDate completedOn) {
        static RetrainingEntry from(Retraining r) {
            return new RetrainingEntry(r.specialty().value(), r.hours(), r.completedOn());
        }
    }

    /** A certification course with its credits. */
    public record CertificationCourseEntry(String specialty, BigDecimal credits, LocalDate completedOn) {
        static CertificationCourseEntry from(CertificationCourse c) {
            return new CertificationCourseEntry(c.specialty().value(), plain(c.credits()), c.completedOn());
        }
    }

    /** A professional development certificate, its volume in both credits and hours (1 credit = 30 hours). */
    public record ProfessionalDevelopmentEntry(String specialty, BigDecimal credits, BigDecimal hours,
                                               LocalDate completedOn) {
        static ProfessionalDevelopmentEntry from(ProfessionalDevelopment p) {
            return new ProfessionalDevelopmentEntry(p.specialty().value(), plain(p.volume().credits()),
                    plain(p.volume().hours()), p.completedOn());
        }
    }

    /** A specialist certificate; {@code validUntil} is null exactly when it is indefinite. */
    public record CertificateEntry(String specialty, LocalDate issuedOn, LocalDate validUntil, boolean indefinite,
                                   String qualificationLevel) {
        static CertificateEntry from(HeldCertificate c) {
            return new CertificateEntry(c.specialty().value(), c.issuedOn(), c.validUntil().orElse(null),
                    c.indefinite(), c.qualificationLevel().map(Enum::name).orElse(null));
        }
    }

    /** A row of labour activity; {@code to} is null while still employed. */
    public record EmploymentEntry(String specialty, LocalDate from, LocalDate to) {
        static EmploymentEntry from(EmploymentPeriod p) {
            return new EmploymentEntry(p.specialty().value(), p.from(), p.to().orElse(null));
        }
    }

    /** A result of the assessment of professional preparedness. */
    public record AssessmentEntry(String specialty, LocalDate date, boolean passed) {
        static AssessmentEntry from(AssessmentResult a) {
            return new AssessmentEntry(a.specialty().value(), a.date(), a.passed());
        }
    }

    /** 4, not 4.00 nor 4E+0. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
