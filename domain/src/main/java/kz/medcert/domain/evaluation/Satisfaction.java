package kz.medcert.domain.evaluation;

/**
 * Whether the dossier shows a checklist item as met. {@code NOT_STATED} is for items whose presence a dossier cannot
 * state (the application, the information form, an identity document, a translation): they do not decide the outcome.
 */
public enum Satisfaction {
    SATISFIED, NOT_SATISFIED, NOT_STATED;

    public static Satisfaction of(boolean met) {
        return met ? SATISFIED : NOT_SATISFIED;
    }
}
