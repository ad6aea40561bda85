package kz.medcert.adapters.http;

import io.javalin.http.Context;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.medcert.domain.request.RequestState;

/**
 * A request's version as its entity tag (RFC 9110, section 8.8.3): every read of a request answers with
 * {@code ETag: "<version>"}, and a decision may send it back in {@code If-Match}, so that an officer never decides on
 * a request that changed after they read it (412 instead). A public answer that has no version (a certificate's status
 * today) is tagged by a digest of its bytes instead, and a reader who sends that tag back in {@code If-None-Match} gets
 * a 304 without the body ({@link #notModified}).
 */
public final class EntityTags {
    public static final String ETAG = "ETag";
    public static final String IF_MATCH = "If-Match";
    public static final String IF_NONE_MATCH = "If-None-Match";
    private static final Pattern STRONG_VERSION = Pattern.compile("\"(\\d{1,18})\"");

    private EntityTags() {
    }

    /** Sets the ETag of the request the answer shows. */
    public static void tag(Context ctx, RequestState state) {
        ctx.header(ETAG, "\"" + state.version() + "\"");
    }

    /**
     * Tags the answer with a digest of {@code representation} (the exact bytes, so the language and the day of the
     * status are in it) and tells whether the reader's {@code If-None-Match} names it (weak comparison, RFC 9110
     * 13.1.2): then the caller answers 304 without a body.
     */
    public static boolean notModified(Context ctx, byte[] representation) {
        String tag = "\"" + digestTag(representation) + "\"";
        ctx.header(ETAG, tag);
        String header = ctx.header(IF_NONE_MATCH);
        if (header == null) {
            return false;
        }
        for (String candidate : header.split(",")) {
            String value = candidate.strip();
            if (value.equals("*") || (value.startsWith("W/") ? value.substring(2) : value).equals(tag)) {
                return true;
            }
        }
        return false;
    }

    private static String digestTag(byte[] representation) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(representation);
            return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                    java.util.Arrays.copyOf(digest, 18));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
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
