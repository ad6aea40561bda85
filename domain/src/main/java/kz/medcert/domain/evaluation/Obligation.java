package kz.medcert.domain.evaluation;

/** Whether a checklist item must be present, or is submitted only if the applicant has it ("бар болса"). */
public enum Obligation {
    MANDATORY, IF_ANY
}
