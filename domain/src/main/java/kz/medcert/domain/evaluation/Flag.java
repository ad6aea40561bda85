package kz.medcert.domain.evaluation;

import kz.medcert.domain.rules.Rule;

/** Circumstances reported beside the route (rules.md section (k)). */
public enum Flag {
    /** R05: holds a certificate in another specialty or specialization, never in the declared one. */
    NEW_SPECIALTY(Rule.R05),
    /** R07, R10: the certificate in the declared specialty lapsed more than 3 years ago. */
    LAPSED_OVER_3_YEARS(Rule.R07),
    /** R12: the current break in labour activity in the declared specialty exceeds 3 years. */
    LONG_BREAK(Rule.R12),
    /** R13: an indefinite certificate issued before 2015-10-09, kept valid by professional development. */
    INDEFINITE_CERTIFICATE_VALID(Rule.R13),
    /** R16: medical education obtained abroad or at a foreign institution or its branch. */
    EDUCATED_ABROAD(Rule.R16);

    private final Rule rule;

    Flag(Rule rule) {
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }
}
