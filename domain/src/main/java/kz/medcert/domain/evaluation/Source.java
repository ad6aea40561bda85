package kz.medcert.domain.evaluation;

/** Where a checklist item comes from: a state registry (never asked of the applicant, R21) or an upload. */
public enum Source {
    REGISTRY, APPLICANT
}
