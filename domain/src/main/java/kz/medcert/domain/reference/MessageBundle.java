package kz.medcert.domain.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The texts of one module in the three languages: {@code <name>_kk.properties}, {@code <name>_ru.properties} and
 * {@code <name>_en.properties} beside a class of the module, read as strict UTF-8 (the JDK's {@code ResourceBundle}
 * would fall back to the JVM's default locale, which the answer to a Kazakh reader must not depend on). Each module
 * names its keys by an enum ({@link MessageKey}); {@link #problems} is what its test holds the bundle to.
 */
public final class MessageBundle {
    /** Latin words in a Kazakh or Russian text, once quotes, placeholders and code-like tokens are set aside. */
    private static final Pattern LATIN_WORD = Pattern.compile(
            "(?<![\\p{L}\\p{N}_./@-])[a-z]{2,}(?![\\p{L}\\p{N}_./@-])");
    private static final Pattern QUOTED = Pattern.compile("«[^»]*»|`[^`]*`|\"[^\"]*\"|\\{[A-Za-z0-9]+}");
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

    private final String name;
    private final Map<Language, Map<String, String>> texts;

    private MessageBundle(String name, Map<Language, Map<String, String>> texts) {
        this.name = name;
        this.texts = texts;
    }

    /**
     * Reads the bundle {@code baseName} beside {@code anchor}; a shipped bundle that is missing or not UTF-8 is a
     * build error, so it fails with an {@link IllegalStateException}.
     */
    public static MessageBundle load(Class<?> anchor, String baseName) {
        Map<Language, Map<String, String>> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            texts.put(language, read(anchor, baseName + "_" + language.tag() + ".properties"));
        }
        return new MessageBundle(anchor.getPackageName().replace('.', '/') + "/" + baseName, texts);
    }

    private static Map<String, String> read(Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing message bundle " + resource + " beside " + anchor.getName());
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
            Properties properties = new Properties();
            properties.load(reader);
            Map<String, String> texts = new TreeMap<>();
            properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
            return Map.copyOf(texts);
        } catch (IOException e) {
            throw new UncheckedIOException("message bundle " + resource + " cannot be read", e);
        }
    }

    /** The bundle's name, its path without the language and extension. */
    public String name() {
        return name;
    }

    /** The text of {@code key} in {@code language}, as written (placeholders not filled in). */
    public Optional<String> pattern(Language language, String key) {
        return Optional.ofNullable(texts.get(language).get(key));
    }

    /** The text of {@code key} in {@code language}; a missing one falls back to English, then to the key itself. */
    public String text(Language language, String key) {
        return pattern(language, key).or(() -> pattern(Language.EN, key)).orElse(key);
    }

    /** The keys the bundle words in {@code language}. */
    public Set<String> keys(Language language) {
        return texts.get(language).keySet();
    }

    /**
     * Everything wrong with this bundle as the wording of {@code keys}: a key missing in a language or worded but
     * never used, a blank text, placeholders that differ between the languages, and a Kazakh or Russian text left in
     * English (one with no Cyrillic letter, the same as the English, or with a lowercase Latin word outside quotes
     * {@code «…»}, {@code `…`} or {@code "…"}); and a Kazakh text that is the Russian one. Empty when it is sound.
     */
    public List<String> problems(Collection<? extends MessageKey> keys) {
        List<String> problems = new ArrayList<>();
        Set<String> used = new TreeSet<>();
        keys.forEach(key -> used.add(key.name()));
        for (Language language : Language.values()) {
            Set<String> worded = keys(language);
            for (String key : used) {
                if (!worded.contains(key)) {
                    problems.add(name + "_" + language.tag() + ": " + key + " is missing");
                }
            }
            Set<String> unused = new TreeSet<>(worded);
            unused.removeAll(used);
            unused.forEach(key -> problems.add(name + "_" + language.tag() + ": " + key + " is worded but no "
                    + "key names it"));
        }
        for (String key : used) {
            Optional<String> en = pattern(Language.EN, key);
            for (Language language : Language.values()) {
                pattern(language, key).ifPresent(text -> problems.addAll(problemsOf(language, key, text,
                        en.orElse(""))));
            }
            Optional<String> kk = pattern(Language.KK, key);
            if (kk.isPresent() && kk.equals(pattern(Language.RU, key))) {
                problems.add(name + ": " + key + " reads the same in Kazakh and Russian");
            }
        }
        return problems;
    }

    private List<String> problemsOf(Language language, String key, String text, String en) {
        List<String> problems = new ArrayList<>();
        String where = name + "_" + language.tag() + ": " + key;
        if (text.isBlank()) {
            problems.add(where + " is blank");
            return problems;
        }
        if (!new HashSet<>(Message.placeholders(text)).equals(new HashSet<>(Message.placeholders(en)))) {
            problems.add(where + " has placeholders " + new TreeSet<>(Message.placeholders(text))
                    + ", the English " + new TreeSet<>(Message.placeholders(en)));
        }
        if (language == Language.EN) {
            return problems;
        }
        String unquoted = QUOTED.matcher(text).replaceAll(" ");
        if (text.equals(en)) {
            problems.add(where + " is the English text");
        } else if (!CYRILLIC.matcher(unquoted).find()) {
            problems.add(where + " has no Cyrillic letter: " + text);
        } else {
            LATIN_WORD.matcher(unquoted).results().findFirst().ifPresent(word -> problems.add(where
                    + " has the Latin word '" + word.group() + "' outside quotes: " + text));
        }
        return problems;
    }

    @Override
    public String toString() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MessageBundle other && name.equals(other.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name);
    }
}
