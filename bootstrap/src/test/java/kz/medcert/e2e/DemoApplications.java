package kz.medcert.e2e;

/**
 * The applications that the end-to-end tests start for demo persons (see demo-persons.json for what the registries
 * hold about them), as the body of {@code POST /api/v1/requests}.
 */
final class DemoApplications {
    static final String P01_IIN = "850412413718";
    static final String P02_IIN = "990203317687";

    /**
     * P01 (Almaty) confirms her pediatrics certificate with 5 credits of PD in 5 years: eligible (R14, R32); the 90
     * hours of 2025 are not in the registry, so their certificate is uploaded.
     */
    static final String P01_ELIGIBLE = """
            {"applicant": {"iin": "850412413718", "surname": "Абенова", "givenName": "Айгерим",
                           "patronymic": "Болатқызы", "region": "ALMATY_CITY"},
             "form": {"category": "DOMESTIC", "declaredSpecialty": "PEDIATRICS",
                      "professionalDevelopment": [
                          {"specialty": "PEDIATRICS", "credits": 2, "completedOn": "2023-03-15"},
                          {"specialty": "PEDIATRICS", "hours": 90, "completedOn": "2025-02-10"}]}}
            """;

    /** The same with only the 2 credits the registry holds, where confirmation needs 4 (R32): ground 2 (R86). */
    static final String P01_SHORT_OF_PD = """
            {"applicant": {"iin": "850412413718", "surname": "Абенова", "givenName": "Айгерим",
                           "patronymic": "Болатқызы", "region": "ALMATY_CITY"},
             "form": {"category": "DOMESTIC", "declaredSpecialty": "PEDIATRICS",
                      "professionalDevelopment": [
                          {"specialty": "PEDIATRICS", "credits": 2, "completedOn": "2023-03-15"}]}}
            """;

    private DemoApplications() {
    }
}
