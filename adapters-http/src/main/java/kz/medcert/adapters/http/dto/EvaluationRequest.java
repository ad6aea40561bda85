package kz.medcert.adapters.http.dto;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@code POST /api/v1/evaluations}: the facts of one dossier as the applicant (or a registry) states them. Field names
 * are a public contract. Codes and dates are kept as the raw strings sent, so that every invalid one can be reported
 * at once by its JSON path; {@code null} and absent mean the same (the documented default).
 */
public record EvaluationRequest(
        String category,
        String declaredSpecialty,
        String declaredSpecialization,
        Boolean requestsQualificationLevel,
        String applicationDate,
        String submittedAt,
        String citizenship,
        Boolean permanentResident,
        Boolean consent,
        String prohibition,
        Boolean nameChangedAfterEducation,
        Boolean nameChangeInRegistry,
        Boolean firstJobAfterGraduation,
        Boolean identityInRegistry,
        LabourPermitInput labourPermit,
        List<EducationInput> education,
        List<PostgraduateInput> postgraduate,
        List<RetrainingInput> retraining,
        List<CertificationCourseInput> certificationCourses,
        List<ProfessionalDevelopmentInput> professionalDevelopment,
        List<CertificateInput> certificates,
        List<EmploymentInput> employment,
        List<AssessmentInput> assessments,
        List<String> foreignLanguageDocuments,
        String qualificationLevel) {

    /**
     * The healthcare organisation a foreign specialist is to work in (Appendix 5; A6-IF item 3): name, form of
     * ownership, address (region, city, street, building, telephone) and branches, if any.
     */
    public record OrganisationInput(String name, String ownership, String address, String branches) {
    }

    /** A permit to attract foreign labour, issued to the employer (R53). */
    public record LabourPermitInput(String number, String issuedOn, String employer) {
    }

    /** A medical education record; {@code country} defaults to KZ. */
    public record EducationInput(String level, String field, String graduationDate, String country,
                                 Boolean foreignInstitution, Boolean inRegistry, String institution,
                                 RecognitionInput recognition) {
    }

    /** Recognition or nostrification of education obtained abroad (R25, R36, R48). */
    public record RecognitionInput(String number, String issuedOn, String issuingBody, String orderNumber,
                                   String registrationNumber, Boolean inRegistry) {
    }

    /** Internship, residency, clinical ordinatura, master's or doctoral studies. */
    public record PostgraduateInput(String type, String specialty, String completedOn, Boolean inRegistry) {
    }

    /** Retraining with its length in hours. */
    public record RetrainingInput(String specialty, Integer hours, String completedOn, Boolean inRegistry) {
    }

    /** A certification course with its credits. */
    public record CertificationCourseInput(String specialty, BigDecimal credits, String completedOn) {
    }

    /** A professional development certificate: exactly one of {@code credits} or {@code hours}. */
    public record ProfessionalDevelopmentInput(String specialty, BigDecimal credits, BigDecimal hours,
                                               String completedOn) {
    }

    /** A held certificate: {@code validUntil} is the last day of validity, absent exactly when indefinite. */
    public record CertificateInput(String specialty, String issuedOn, String validUntil, Boolean indefinite,
                                   Boolean inRegistry, String qualificationLevel) {
    }

    /** A row of labour activity; {@code to} is absent while still employed. */
    public record EmploymentInput(String specialty, String from, String to, Boolean inRegistry) {
    }

    /** A result of the assessment of professional preparedness. */
    public record AssessmentInput(String specialty, String date, Boolean passed) {
    }
}
