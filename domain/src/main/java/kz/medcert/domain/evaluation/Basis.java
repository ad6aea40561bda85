package kz.medcert.domain.evaluation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Legal basis strings: where in the Order a requirement stands (appendix, row, list, item). */
final class Basis {

    private Basis() {
    }

    /** The lists' items that {@link #item} names, written once (issue 16): the lists have fewer than 16 items. */
    private static final int LISTED_ITEMS = 16;
    private static final Map<Route, List<String>> ITEMS = items();

    /** Appendix 2 (domestic) or 6 (foreign), row 8, first-time or confirmation list, item {@code n}. */
    static String item(Route route, int n) {
        return n >= 1 && n < LISTED_ITEMS ? ITEMS.get(route).get(n) : written(route, n);
    }

    private static String written(Route route, int n) {
        return appendix(route) + ", row 8, " + (route.isFirstTime() ? "first-time" : "confirmation") + " item " + n;
    }

    private static Map<Route, List<String>> items() {
        Map<Route, List<String>> items = new EnumMap<>(Route.class);
        for (Route route : Route.values()) {
            items.put(route, IntStream.range(0, LISTED_ITEMS).mapToObj(n -> written(route, n)).toList());
        }
        return Collections.unmodifiableMap(items);
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
