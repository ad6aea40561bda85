package kz.medcert.domain.dossier;

/** Which public service the applicant uses (R03): domestic (A1/A2, P9) or foreign specialist (A5/A6, P24). */
public enum Category {
    DOMESTIC, FOREIGN
}
