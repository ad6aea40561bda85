package kz.medcert.adapters.http;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kz.medcert.domain.reference.Language;

/**
 * The language of an answer, from the request's {@code Accept-Language} (RFC 9110 §12.5.4): the first of Kazakh
 * ({@code kk}), Russian ({@code ru}) and English ({@code en}) the client accepts, by weight; English when it names
 * none of them (or sends no header, or one that cannot be parsed), as the API's default. Every answer whose texts
 * follow it says so ({@code Vary: Accept-Language}) and in which language it is ({@code Content-Language}).
 */
public final class Languages {
    public static final Language DEFAULT = Language.EN;
    public static final String ACCEPT_LANGUAGE = "Accept-Language";
    private static final String CHOSEN = Languages.class.getName() + ".chosen";

    private Languages() {
    }

    /** The language to answer {@code ctx} in. */
    public static Language of(Context ctx) {
        return chosen(ctx).orElse(DEFAULT);
    }

    /** The language the client asked for by name, if it named kk, ru or en; empty when it left it to the server. */
    public static Optional<Language> chosen(Context ctx) {
        Optional<Language> cached = ctx.attribute(CHOSEN);
        if (cached == null) {
            cached = chosen(ctx.header(ACCEPT_LANGUAGE));
            ctx.attribute(CHOSEN, cached);
        }
        return cached;
    }

    /** The first of kk, ru and en an {@code Accept-Language} value accepts, by weight; empty for any other value. */
    public static Optional<Language> chosen(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 500) {
            return Optional.empty();
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        // parse() orders the ranges by weight, the highest first, keeping the order given among equals
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() > 0) {
                Optional<Language> language = Language.ofTag(range.getRange());
                if (language.isPresent()) {
                    return language;
                }
            }
        }
        return Optional.empty();
    }

    /** Marks the answer as one in {@code language} that depends on {@code Accept-Language}. */
    public static Context answerIn(Context ctx, Language language) {
        String vary = ctx.res().getHeader("Vary");
        if (vary == null || vary.isBlank()) {
            ctx.header("Vary", ACCEPT_LANGUAGE);
        } else if (!vary.toLowerCase(Locale.ROOT).contains(ACCEPT_LANGUAGE.toLowerCase(Locale.ROOT))) {
            ctx.header("Vary", vary + ", " + ACCEPT_LANGUAGE);
        }
        return ctx.header("Content-Language", language.tag());
    }
}
