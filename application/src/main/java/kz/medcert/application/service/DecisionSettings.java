package kz.medcert.application.service;

/**
 * How decisions are taken.
 *
 * @param automaticConfirmation whether the service confirms a certificate itself when the registry data match and the
 *                              rules find it eligible (R14, R74); when off, every request goes to an officer
 * @param objectionWorkingDays  how many working days after the notice of a preliminary refusal the applicant may
 *                              object (the hearing; counted from the day after the notice, as R73 counts terms)
 */
public record DecisionSettings(boolean automaticConfirmation, int objectionWorkingDays) {
    /** On, and two working days to object (Administrative Procedural Code art. 73 hearing term). */
    public static final DecisionSettings DEFAULTS = new DecisionSettings(true, 2);

    public DecisionSettings {
        if (objectionWorkingDays < 1 || objectionWorkingDays > 30) {
            throw new IllegalArgumentException("objectionWorkingDays must be between 1 and 30, got "
                    + objectionWorkingDays);
        }
    }
}
