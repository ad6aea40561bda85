package kz.medcert.domain.dossier;

/** What the General Prosecutor's Committee service says about the applicant's activity (R68; A2-IF 10). */
public enum Prohibition {
    /** Not prohibited. */
    NONE,
    /** A court decision in force prohibits the activity: refusal ground 4 (R88). */
    ACTIVITY_PROHIBITED,
    /** A court verdict in force deprives the applicant of a special right: refusal ground 5 (R89). */
    SPECIAL_RIGHT_DEPRIVED,
    /** The service holds no data: not a refusal; the case goes to manual review (R68 interpretation). */
    NO_DATA
}
