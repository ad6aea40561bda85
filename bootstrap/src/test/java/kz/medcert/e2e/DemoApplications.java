package kz.medcert.e2e;

/**
 * The applications that the end-to-end tests start for demo persons (see demo-persons.json for what the registries
 * hold about them), as the body of {@code POST /api/v1/requests}, and the README's dossier for the evaluation.
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

    /**
     * P19, a citizen of Uzbekistan, first-time as a foreign specialist with a labour permit (R08, R53) and a recognised
     * diploma (R48); the application names the organisation, the postal address and the phone (Appendix 5).
     */
    static final String P19_FOREIGN = """
            {"applicant": {"iin": "920505385175", "surname": "Каримов", "givenName": "Шерзод",
                           "patronymic": "Алишерович", "region": "ALMATY_CITY",
                           "postalAddress": "Алматы, мкр. Аксай-4, д. 12, кв. 30", "phone": "+7 700 419 03 07"},
             "form": {"category": "FOREIGN", "declaredSpecialty": "THERAPY", "citizenship": "UZ",
                      "organisation": {"name": "ГКП на ПХВ «Городская поликлиника №5» г. Алматы",
                                       "ownership": "государственная",
                                       "address": "Алматы, ул. Жандосова 60, +7 727 300 00 05"},
                      "education": [{"level": "HIGHER", "field": "GENERAL_MEDICINE", "graduationDate": "2015-06-30",
                                     "country": "UZ",
                                     "recognition": {"number": "РК-ПР-2026-00871", "issuedOn": "2026-07-01"}}],
                      "postgraduate": [{"type": "CLINICAL_ORDINATURA", "specialty": "THERAPY",
                                        "completedOn": "2018-06-30"}],
                      "employment": [{"specialty": "THERAPY", "from": "2018-09-01", "to": "2026-08-31"}],
                      "labourPermit": {"number": "ALM-2026-004512", "issuedOn": "2026-10-01",
                                       "employer": "City Polyclinic No. 5, Almaty"},
                      "foreignLanguageDocuments": ["EMPLOYMENT_RECORD"]}}
            """;

    /** The same with only the 2 credits the registry holds, where confirmation needs 4 (R32): ground 2 (R86). */
    static final String P01_SHORT_OF_PD = """
            {"applicant": {"iin": "850412413718", "surname": "Абенова", "givenName": "Айгерим",
                           "patronymic": "Болатқызы", "region": "ALMATY_CITY"},
             "form": {"category": "DOMESTIC", "declaredSpecialty": "PEDIATRICS",
                      "professionalDevelopment": [
                          {"specialty": "PEDIATRICS", "credits": 2, "completedOn": "2023-03-15"}]}}
            """;

    /** The README's pre-check dossier (step 1 of the walk-through): P01's confirmation, eligible, for the evaluation. */
    static final String README_EVALUATION = """
            {"category": "DOMESTIC", "declaredSpecialty": "PEDIATRICS",
             "applicationDate": "2024-12-02", "submittedAt": "2024-12-02T10:00:00+05:00",
             "education": [{"level": "HIGHER", "field": "PEDIATRICS", "graduationDate": "2010-06-30", "country": "KZ"}],
             "postgraduate": [{"type": "INTERNSHIP", "specialty": "PEDIATRICS", "completedOn": "2011-06-30"}],
             "professionalDevelopment": [{"specialty": "PEDIATRICS", "credits": 2, "completedOn": "2021-03-15"},
                                         {"specialty": "PEDIATRICS", "hours": 90, "completedOn": "2024-02-10"}],
             "certificates": [{"specialty": "PEDIATRICS", "issuedOn": "2020-03-01", "validUntil": "2025-03-01",
                               "indefinite": false, "inRegistry": true}],
             "employment": [{"specialty": "PEDIATRICS", "from": "2011-08-01", "to": null, "inRegistry": true}]}
                        """;

    private DemoApplications() {
    }
}
