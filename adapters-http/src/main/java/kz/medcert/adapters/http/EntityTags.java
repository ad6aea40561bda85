package kz.medcert.adapters.http;

import io.javalin.http.Context;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.medcert.domain.request.RequestState;

/**
 * A request's version as its entity tag (RFC 9110, section 8.8.3): every read of a request answers with
 * {@code ETag: "<version>"}, and a decision may send it back in {@code If-Match}, so that an officer never decides on
 * a request that changed after they read it (412 instead).
 */
public final class EntityTags {
    public static final String ETAG = "ETag";
    public static final String IF_MATCH = "If-Match";
    private static final Pattern STRONG_VERSION = Pattern.compile("\"(\\d{1,18})\"");

    private EntityTags() {
    }

    /** Sets the ETag of the request the answer shows. */
    public static void tag(Context ctx, RequestState state) {
        ctx.header(ETAG, "\"" + state.version() + "\"");
    }

    /**
     * The version that If-Match names; empty without the header or with {@code *} (any current version). A weak tag
     * never matches in If-Match (strong comparison): 412; anything that is not one of our tags is a 400.
     */
    public static OptionalLong ifMatch(Context ctx) {
        String header = ctx.header(IF_MATCH);
        if (header == null || header.strip().equals("*")) {
            return OptionalLong.empty();
        }
        Matcher version = STRONG_VERSION.matcher(header.strip());
        if (header.strip().startsWith("W/")) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, HttpText.WEAK_ETAG.message());
        }
        if (!version.matches()) {
            throw ProblemException.invalidField(IF_MATCH, HttpText.IF_MATCH_FORMAT.message());
        }
        return OptionalLong.of(Long.parseLong(version.group(1)));
    }
}
