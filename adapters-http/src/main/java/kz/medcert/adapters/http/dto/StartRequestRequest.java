package kz.medcert.adapters.http.dto;

import java.util.List;
import java.util.function.Function;
import kz.medcert.adapters.http.dto.EvaluationRequest.AssessmentInput;
import kz.medcert.adapters.http.dto.EvaluationRequest.CertificateInput;
import kz.medcert.adapters.http.dto.EvaluationRequest.CertificationCourseInput;
import kz.medcert.adapters.http.dto.EvaluationRequest.EducationInput;
import kz.medcert.adapters.http.dto.EvaluationRequest.EmploymentInput;
import kz.medcert.adapters.http.dto.EvaluationRequest.LabourPermitInput;
import kz.medcert.adapters.http.dto.EvaluationRequest.PostgraduateInput;
import kz.medcert.adapters.http.dto.EvaluationRequest.ProfessionalDevelopmentInput;
import kz.medcert.adapters.http.dto.EvaluationRequest.RecognitionInput;
import kz.medcert.adapters.http.dto.EvaluationRequest.RetrainingInput;

/**
 * {@code POST /api/v1/requests}: the applicant as e-gov knows them and the information form they declare. The form has
 * the fields of the evaluation request except what the service sets itself: the application date and submission
 * moment, consent, prohibition, and every registry flag ({@code identityInRegistry}, {@code nameChangeInRegistry},
 * each {@code inRegistry}); sending one of those is a 400 (unknown field).
 */
public record StartRequestRequest(ApplicantInput applicant, FormInput form) {

    /**
     * The service recipient: IIN and name, and the region of residence of their e-gov profile (A1 item 6), a
     * {@code Region} code such as {@code ALMATY_CITY}: required for a DOMESTIC request. The name and the region are
     * the applicant's statement: the state database of individuals outranks both once fetched (R69, R71, R75). The
     * postal address and contact telephone are required for a FOREIGN request (Appendix 5).
     */
    public record ApplicantInput(String iin, String surname, String givenName, String patronymic, String region,
                                 String postalAddress, String phone) {
    }

    /** The information form (A2-IF / A6-IF) as declared. */
    public record FormInput(
            String category,
            String declaredSpecialty,
            String declaredSpecialization,
            Boolean requestsQualificationLevel,
            String qualificationLevel,
            EvaluationRequest.OrganisationInput organisation,
            String citizenship,
            Boolean permanentResident,
            Boolean nameChangedAfterEducation,
            Boolean firstJobAfterGraduation,
            LabourPermitInput labourPermit,
            List<FormEducationInput> education,
            List<FormPostgraduateInput> postgraduate,
            List<FormRetrainingInput> retraining,
            List<CertificationCourseInput> certificationCourses,
            List<ProfessionalDevelopmentInput> professionalDevelopment,
            List<FormCertificateInput> certificates,
            List<FormEmploymentInput> employment,
            List<AssessmentInput> assessments,
            List<String> foreignLanguageDocuments) {

        /** The same facts as an evaluation request, with every field the service sets left out (null). */
        public EvaluationRequest asEvaluationRequest() {
            return new EvaluationRequest(category, declaredSpecialty, declaredSpecialization,
                    requestsQualificationLevel, null, null, citizenship, permanentResident, null, null,
                    nameChangedAfterEducation, null, firstJobAfterGraduation, null, labourPermit,
                    map(education, FormEducationInput::asInput), map(postgraduate, FormPostgraduateInput::asInput),
                    map(retraining, FormRetrainingInput::asInput), certificationCourses, professionalDevelopment,
                    map(certificates, FormCertificateInput::asInput), map(employment, FormEmploymentInput::asInput),
                    assessments, foreignLanguageDocuments, qualificationLevel);
        }

        /** Keeps null as null and null elements as null, so that the mapper names them. */
        private static <I, O> List<O> map(List<I> inputs, Function<I, O> mapping) {
            return inputs == null ? null
                    : inputs.stream().map(input -> input == null ? null : mapping.apply(input)).toList();
        }
    }

    /** A medical education record as declared; {@code country} defaults to KZ. */
    public record FormEducationInput(String level, String field, String graduationDate, String country,
                                     Boolean foreignInstitution, String institution,
                                     FormRecognitionInput recognition) {
        EducationInput asInput() {
            return new EducationInput(level, field, graduationDate, country, foreignInstitution, null, institution,
                    recognition == null ? null : recognition.asInput());
        }
    }

    /** Recognition or nostrification of education obtained abroad (R25, R36, R48). */
    public record FormRecognitionInput(String number, String issuedOn, String issuingBody, String orderNumber,
                                       String registrationNumber) {
        RecognitionInput asInput() {
            return new RecognitionInput(number, issuedOn, issuingBody, orderNumber, registrationNumber, null);
        }
    }

    /** Internship, residency, clinical ordinatura, master's or doctoral studies. */
    public record FormPostgraduateInput(String type, String specialty, String completedOn) {
        PostgraduateInput asInput() {
            return new PostgraduateInput(type, specialty, completedOn, null);
        }
    }

    /** Retraining with its length in hours. */
    public record FormRetrainingInput(String specialty, Integer hours, String completedOn) {
        RetrainingInput asInput() {
            return new RetrainingInput(specialty, hours, completedOn, null);
        }
    }

    /** A held certificate: {@code validUntil} is the last day of validity, absent exactly when indefinite. */
    public record FormCertificateInput(String specialty, String issuedOn, String validUntil, Boolean indefinite,
                                       String qualificationLevel) {
        CertificateInput asInput() {
            return new CertificateInput(specialty, issuedOn, validUntil, indefinite, null, qualificationLevel);
        }
    }

    /** A row of labour activity; {@code to} is absent while still employed. */
    public record FormEmploymentInput(String specialty, String from, String to) {
        EmploymentInput asInput() {
            return new EmploymentInput(specialty, from, to, null);
        }
    }
}
