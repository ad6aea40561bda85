package kz.medcert.domain.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A text of a message bundle with its arguments, rendered in any {@link Language}: the pattern's {@code {name}}
 * placeholders take the arguments' values. An argument that is itself a {@link Message} or a {@link LocalizedText} is
 * rendered in the same language, a collection as its elements separated by commas, a decimal without trailing zeros,
 * a day as a person reads it ({@code 08.12.2026}), anything else as {@link String#valueOf}. A placeholder without its
 * argument stays as written.
 *
 * <p>Unlike {@link java.text.MessageFormat}, an apostrophe is just an apostrophe and numbers are not grouped.
 */
public final class Message {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    private final MessageKey key;
    private final String verbatim;
    private final Map<String, Object> arguments;

    private Message(MessageKey key, String verbatim, Map<String, Object> arguments) {
        this.key = key;
        this.verbatim = verbatim;
        this.arguments = Collections.unmodifiableMap(arguments);
    }

    /** The text of {@code key}, without arguments yet. */
    public static Message of(MessageKey key) {
        return new Message(Objects.requireNonNull(key, "key"), null, new LinkedHashMap<>());
    }

    /**
     * A text no bundle words, the same in every language: for what was never translated (a message of a library, a
     * text a person typed). Prefer a key wherever the text is the service's own.
     */
    public static Message verbatim(String text) {
        return new Message(null, Objects.requireNonNull(text, "text"), new LinkedHashMap<>());
    }

    /** This message with one more argument (or another value for one it has). */
    public Message with(String name, Object value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, name);
        Map<String, Object> more = new LinkedHashMap<>(arguments);
        more.put(name, value);
        return new Message(key, verbatim, more);
    }

    /** The key, or null for a {@linkplain #verbatim(String) verbatim} text. */
    public MessageKey key() {
        return key;
    }

    public Map<String, Object> arguments() {
        return arguments;
    }

    /** The text in {@code language}, its arguments rendered in the same language. */
    public String in(Language language) {
        Objects.requireNonNull(language, "language");
        if (key == null) {
            return verbatim;
        }
        Matcher placeholder = PLACEHOLDER.matcher(key.bundle().text(language, key.name()));
        StringBuilder text = new StringBuilder();
        while (placeholder.find()) {
            Object value = arguments.get(placeholder.group(1));
            placeholder.appendReplacement(text, Matcher.quoteReplacement(
                    value == null ? placeholder.group() : render(value, language)));
        }
        placeholder.appendTail(text);
        return text.toString();
    }

    /** The text in all three languages. */
    public LocalizedText localized() {
        return LocalizedText.of(in(Language.KK), in(Language.RU), in(Language.EN));
    }

    static String render(Object value, Language language) {
        if (value instanceof Message message) {
            return message.in(language);
        }
        if (value instanceof LocalizedText text) {
            return text.in(language);
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(v -> render(v, language)).collect(Collectors.joining(", "));
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof LocalDate day) {
            return PersonDates.format(day); // a person reads 08.12.2026, as on the certificate; APIs keep ISO fields
        }
        return String.valueOf(value);
    }

    /** The placeholders of a pattern, in order of appearance. */
    static List<String> placeholders(String pattern) {
        return PLACEHOLDER.matcher(pattern).results().map(r -> r.group(1)).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Message other && Objects.equals(key, other.key)
                && Objects.equals(verbatim, other.verbatim) && arguments.equals(other.arguments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, verbatim, arguments);
    }

    /** The English text. */
    @Override
    public String toString() {
        return in(Language.EN);
    }
}
