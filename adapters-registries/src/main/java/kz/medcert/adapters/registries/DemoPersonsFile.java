package kz.medcert.adapters.registries;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The layout of {@code demo-persons.json}, field for field, in the file's own vocabulary: the shape Jackson reads
 * before {@link DemoPersonTranslation} turns it into domain types. Absent lists read as null.
 */
final class DemoPersonsFile {

    private DemoPersonsFile() {
    }

    /** {@code postalAddress}: what a foreign specialist's application gives (Appendix 5); others leave it out. */
    record Person(String id, String iin, String surname, String givenName, String patronymic, String phone,
                  String postalAddress, String region, String citizenship, Registries registries,
                  Scenario scenario) {
    }

    /** What each registry holds: education (R62, R63), certificates (R64), name changes (R65) and so on. */
    record Registries(List<Education> education, List<Postgraduate> postgraduate, List<Certificate> certificates,
                      Boolean nameChange, List<Assessment> assessments, List<Employment> employment,
                      String prohibition, Boolean identity, Boolean permanentResident) {
    }

    record Education(String level, String field, LocalDate graduated, String country, Boolean foreignInstitution,
                     String institution, RecognitionDocument recognition) {
    }

    record RecognitionDocument(String number, LocalDate issued, String issuedBy) {
    }

    record Postgraduate(String type, String specialty, LocalDate completed) {
    }

    /** {@code qualificationCategory}: SECOND, FIRST or HIGHEST (ҚР ДСМ-283/2020 categories). */
    record Certificate(String specialty, LocalDate issued, LocalDate validUntil, Boolean indefinite,
                       String qualificationCategory) {
    }

    /** {@code result}: PASSED or FAILED. */
    record Assessment(String specialty, LocalDate date, String result) {
    }

    record Employment(String specialty, LocalDate hired, LocalDate dismissed, String employer, String position) {
    }

    /**
     * {@code qualificationLevel}: the level applied for when one is (R15); {@code organisation}: the healthcare
     * organisation a foreign specialist applies to work in (Appendix 5); {@code titles}: what the scenario shows, in
     * each language of the sign-in page.
     */
    record Scenario(Titles titles, String category, String declaredSpecialty, String declaredSpecialization,
                    Boolean requestsQualificationLevel, String qualificationLevel, Organisation organisation,
                    LocalDate applicationDate, Boolean consent, Declared declared, Expected expected, String note) {
    }

    record Titles(String kk, String ru, String en) {
    }

    record Organisation(String name, String ownership, String address, String branches) {
    }

    record Declared(Boolean nameChangedAfterEducation, List<Education> education, List<Postgraduate> postgraduate,
                    List<Certificate> certificates, List<ProfessionalDevelopment> professionalDevelopment,
                    List<Retraining> retraining, List<CertificationCourse> certificationCourses,
                    List<Employment> employment, List<String> foreignLanguageDocuments, LabourPermit labourPermit,
                    Boolean permanentResident, Boolean firstJobAfterGraduation) {
    }

    /** Exactly one of {@code credits} and {@code hours}. */
    record ProfessionalDevelopment(String specialty, BigDecimal credits, Integer hours, LocalDate completed,
                                   String cycle) {
    }

    record Retraining(String specialty, Integer hours, LocalDate completed) {
    }

    record CertificationCourse(String specialty, BigDecimal credits, LocalDate completed) {
    }

    record LabourPermit(String number, LocalDate issued, String employer) {
    }

    /** {@code outcome}: ELIGIBLE or REFUSED; grounds and failed rules by their codes (Ground, Rule). */
    record Expected(String route, List<String> flags, String outcome, List<String> grounds,
                    List<String> failedRules) {
    }
}
