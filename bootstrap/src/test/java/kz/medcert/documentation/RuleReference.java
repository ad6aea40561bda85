package kz.medcert.documentation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Compares the rule IDs a project's code cites with the entries of its {@code docs/rules.md}.
 *
 * <p>The code is every text file under the {@code src} directory of each module the root {@code pom.xml} lists (main,
 * test and resources alike). A citation is an "R" with two or three digits that is not part of a longer word or
 * number; a range of two such IDs joined by a dash cites every rule between them, except the range from the first
 * to the last rule of the catalogue, which names the catalogue as a whole. An entry of {@code docs/rules.md} is a
 * level-3 heading "### ID: title"; a heading containing {@value #NOT_CITED} lists a rule that no code cites.
 *
 * @param root    the project directory
 * @param first   the first rule of the catalogue, e.g. "R01"
 * @param last    the last rule of the catalogue
 * @param exempt  files or directories, relative to {@code root}, whose IDs are no citations (an enumeration of the
 *                catalogue, this check's own sources and fixtures)
 */
record RuleReference(Path root, String first, String last, List<Path> exempt) {

    /** Marks an entry of docs/rules.md that lists a rule no code cites. */
    static final String NOT_CITED = "(not cited by the code)";
    static final Path RULES_MD = Path.of("docs", "rules.md");

    private static final String ID = "(?<![A-Za-z0-9])R(\\d{2,3})(?![0-9])";
    private static final Pattern CITATION = Pattern.compile(ID);
    private static final Pattern RANGE = Pattern.compile(ID + " ?[–-] ?" + ID);
    private static final Pattern ENTRY = Pattern.compile("^### (R\\d{2,3}):(.*)$", Pattern.MULTILINE);
    private static final Pattern MODULE = Pattern.compile("<module>\\s*([^<\\s]+)\\s*</module>");
    private static final Comparator<String> CATALOGUE_ORDER =
            Comparator.<String>comparingInt(id -> Integer.parseInt(id.substring(1))).thenComparing(id -> id);

    /** Where the code first cites a rule (files in path order). */
    record Citation(String id, Path file, int line) {
        @Override
        public String toString() {
            return file.toString().replace('\\', '/') + ":" + line;
        }
    }

    /** The problems that put docs/rules.md out of step with the code, each saying what to change; empty when none. */
    List<String> problems() {
        Map<String, Citation> cited = citations();
        Map<String, List<Boolean>> entries = entries();
        List<String> problems = new ArrayList<>();
        Set<String> ids = new TreeSet<>(CATALOGUE_ORDER);
        ids.addAll(cited.keySet());
        ids.addAll(entries.keySet());
        for (String id : ids) {
            Citation citation = cited.get(id);
            List<Boolean> marks = entries.getOrDefault(id, List.of());
            if (marks.size() > 1) {
                problems.add(id + " has " + marks.size() + " entries: keep one");
            } else if (marks.isEmpty()) {
                problems.add("add an entry for " + id + " (cited at " + citation + ")");
            } else if (citation != null && marks.get(0)) {
                problems.add("remove the mark \"" + NOT_CITED + "\" from " + id + " (cited at " + citation + ")");
            } else if (citation == null && !marks.get(0)) {
                problems.add("mark " + id + " \"" + NOT_CITED + "\" (no module's sources cite it), or remove the entry"
                        + " if " + id + " is no rule of the catalogue");
            }
        }
        return problems;
    }

    /** Fails, listing every problem, unless docs/rules.md and the code's citations are in step. */
    void assertInStep() {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new AssertionError(RULES_MD.toString().replace('\\', '/') + " is out of step with the rule IDs the "
                    + "code cites (every file under each module's src):\n  - " + String.join("\n  - ", problems));
        }
    }

    /** The rule IDs the code cites, in catalogue order, each with its first citation. */
    Map<String, Citation> citations() {
        Map<String, Citation> cited = new TreeMap<>(CATALOGUE_ORDER);
        for (Path file : sourceFiles()) {
            read(file).ifPresent(text -> cite(text, root.relativize(file), cited));
        }
        return cited;
    }

    /** The entries of docs/rules.md: each ID with, per heading, whether it is marked not cited. */
    Map<String, List<Boolean>> entries() {
        Map<String, List<Boolean>> entries = new TreeMap<>(CATALOGUE_ORDER);
        Matcher m = ENTRY.matcher(readString(root.resolve(RULES_MD)));
        while (m.find()) {
            entries.computeIfAbsent(m.group(1), id -> new ArrayList<>()).add(m.group(2).contains(NOT_CITED));
        }
        return entries;
    }

    private void cite(String text, Path file, Map<String, Citation> cited) {
        Lines lines = new Lines(text);
        // blanks, rather than deletes, a mention of the whole catalogue, so that offsets stay true
        StringBuilder scanned = new StringBuilder(text);
        Matcher range = RANGE.matcher(text);
        while (range.find()) {
            int from = Integer.parseInt(range.group(1));
            int to = Integer.parseInt(range.group(2));
            if (("R" + range.group(1)).equals(first) && ("R" + range.group(2)).equals(last)) {
                scanned.replace(range.start(), range.end(), " ".repeat(range.end() - range.start()));
                continue;
            }
            for (int n = from + 1; n < to; n++) {
                String rule = String.format("R%02d", n);
                cited.putIfAbsent(rule, new Citation(rule, file, lines.of(range.start())));
            }
        }
        Matcher id = CITATION.matcher(scanned);
        while (id.find()) {
            String rule = "R" + id.group(1);
            cited.putIfAbsent(rule, new Citation(rule, file, lines.of(id.start())));
        }
    }

    private List<Path> sourceFiles() {
        List<Path> files = new ArrayList<>();
        for (String module : modules()) {
            Path src = root.resolve(module).resolve("src");
            if (!Files.isDirectory(src)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(src)) {
                walk.filter(Files::isRegularFile).filter(f -> !isExempt(f)).forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        files.sort(Comparator.comparing(Path::toString));
        return files;
    }

    /** The modules the root pom lists. */
    List<String> modules() {
        Matcher m = MODULE.matcher(readString(root.resolve("pom.xml")));
        List<String> modules = new ArrayList<>();
        while (m.find()) {
            modules.add(m.group(1));
        }
        if (modules.isEmpty()) {
            throw new IllegalStateException(root.resolve("pom.xml") + " lists no module");
        }
        return modules;
    }

    private boolean isExempt(Path file) {
        Path relative = root.relativize(file);
        return exempt.stream().anyMatch(relative::startsWith);
    }

    /** The file's text, or empty for a binary file (one with a NUL byte, e.g. a font). */
    private static Optional<String> read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            for (byte b : bytes) {
                if (b == 0) {
                    return Optional.empty();
                }
            }
            return Optional.of(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The line number of an offset in a text. */
    private static final class Lines {
        private final List<Integer> starts = new ArrayList<>();

        Lines(String text) {
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
        }

        int of(int offset) {
            int found = Collections.binarySearch(starts, offset);
            return found >= 0 ? found + 1 : -found - 1;
        }
    }

    /** Every ID in {@code ids}, joined in catalogue order. */
    static String join(Set<String> ids) {
        return ids.stream().sorted(CATALOGUE_ORDER).collect(Collectors.joining(", "));
    }
}
