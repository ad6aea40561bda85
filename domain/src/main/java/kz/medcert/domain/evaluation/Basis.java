package kz.medcert.domain.evaluation;

/** Legal basis strings: where in the Order a requirement stands (appendix, row, list, item). */
final class Basis {

    private Basis() {
    }

    /** Appendix 2 (domestic) or 6 (foreign), row 8, first-time or confirmation list, item {@code n}. */
    static String item(Route route, int n) {
        return appendix(route) + ", row 8, " + (route.isFirstTime() ? "first-time" : "confirmation") + " item " + n;
    }

    static String appendix(Route route) {
        return route.isForeign() ? "Appendix 6" : "Appendix 2";
    }

    static final String HIGHER_EDUCATION_CONDITIONS = "Appendix 2, row 8, higher education conditions (8-C)";
    static final String TVET_CONDITIONS = "Appendix 2, row 8, TVET conditions (8-D)";
    static final String GENERAL_PROVISIONS = "Appendix 2, row 8, general provisions (8-E)";
    static final String CONFIRMATION_CLOSING = "row 8, closing paragraphs of the confirmation list";
    static final String DATA_FETCHED_DOMESTIC = "Rules, paragraph 9";
    static final String DATA_FETCHED_FOREIGN = "Rules, paragraph 24";

    static String dataFetched(Route route) {
        return route.isForeign() ? DATA_FETCHED_FOREIGN : DATA_FETCHED_DOMESTIC;
    }
}
