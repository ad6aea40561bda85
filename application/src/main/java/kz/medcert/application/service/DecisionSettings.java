package kz.medcert.application.service;

import kz.medcert.domain.request.HearingTerm;

/**
 * How decisions are taken.
 *
 * @param automaticConfirmation whether the service confirms a certificate itself when the registry data match and the
 *                              rules find it eligible (R14, R74); when off, every request goes to an officer
 * @param objectionWorkingDays  how many working days after the notice of a preliminary refusal the applicant may
 *                              object (the hearing; counted from the day after the notice, as R73 counts terms): 1 to
 *                              {@link HearingTerm#MAX_OBJECTION_WORKING_DAYS}, so that the term can be kept (R91)
 */
public record DecisionSettings(boolean automaticConfirmation, int objectionWorkingDays) {
    /** On, and two working days to object (Administrative Procedural Code art. 73 hearing term). */
    public static final DecisionSettings DEFAULTS = new DecisionSettings(true, 2);

    public DecisionSettings {
        new HearingTerm(objectionWorkingDays); // R73, R91: refuses a window that cannot fit the term
    }

    /** The hearing's window as the domain applies it. */
    public HearingTerm hearingTerm() {
        return new HearingTerm(objectionWorkingDays);
    }
}
