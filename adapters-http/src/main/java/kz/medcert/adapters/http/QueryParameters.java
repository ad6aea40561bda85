package kz.medcert.adapters.http;

import io.javalin.http.Context;

/** Query parameters read strictly: a bad one is a 400 naming it, in the reader's language. */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** A whole number from {@code min} to {@code max}; {@code fallback} when the parameter is not given. */
    public static int wholeNumber(Context ctx, String name, int fallback, int min, int max) {
        String raw = ctx.queryParam(name);
        if (raw == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // not a whole number in range: the same answer as one out of range
        }
        throw ProblemException.invalidField(name, HttpText.WHOLE_NUMBER_BETWEEN.message().with("min", min)
                .with("max", max));
    }
}
