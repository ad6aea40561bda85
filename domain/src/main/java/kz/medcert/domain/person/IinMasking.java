package kz.medcert.domain.person;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks every IIN in a text: twelve digits standing alone (no digit right before or after) keep their first five, the
 * birth date's year and month, and lose the rest ({@code 850412413718} becomes {@code 85041*******}), as the audit
 * trail masks an applicant. Applied to every log line, whoever wrote it, so that no IIN reaches the logs even through
 * a message nobody thought of, and to a request path the API echoes in a problem document (a client may type an IIN
 * where a request id or a certificate number belongs). A UUID is left whole: its last group may be twelve digits, and
 * it is a request's or a log's id, not a person.
 */
public final class IinMasking {
    static final String MASK = "*******";
    // a UUID first, so that the alternative below never starts inside one
    private static final Pattern IIN_OR_UUID = Pattern.compile(
            "\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b"
                    + "|(?<![0-9])([0-9]{5})[0-9]{7}(?![0-9])");

    private IinMasking() {
    }

    /** {@code text} with every IIN masked; the same string when there is none. */
    public static String mask(String text) {
        if (text == null || text.length() < 12) {
            return text;
        }
        Matcher matcher = IIN_OR_UUID.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        StringBuilder masked = new StringBuilder(text.length());
        do {
            String replacement = matcher.group(1) == null ? matcher.group() : matcher.group(1) + MASK;
            matcher.appendReplacement(masked, Matcher.quoteReplacement(replacement));
        } while (matcher.find());
        matcher.appendTail(masked);
        return masked.toString();
    }
}
