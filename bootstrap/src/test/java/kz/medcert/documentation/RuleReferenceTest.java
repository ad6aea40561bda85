package kz.medcert.documentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kz.medcert.domain.rules.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/rules.md, the project's rule reference, has an entry for exactly the rule IDs the code cites, and marks the
 * catalogue's other rules "(not cited by the code)"; other sessions cite new rules all the time, so the check is exact
 * and says which entries to add or which marks to change. {@link #theCheckFailsOnAFixtureThatBreaksIt} proves that it
 * can fail.
 */
class RuleReferenceTest {

    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    private static final String FIRST = Rule.values()[0].id();
    private static final String LAST = Rule.values()[Rule.values().length - 1].id();

    /** The enumeration of the catalogue is no citation; nor are this check's own sources and fixtures. */
    private static final List<Path> EXEMPT = List.of(
            Path.of("domain", "src", "main", "java", "kz", "medcert", "domain", "rules", "Rule.java"),
            Path.of("bootstrap", "src", "test", "java", "kz", "medcert", "documentation"));

    private static final RuleReference REFERENCE = new RuleReference(PROJECT, FIRST, LAST, EXEMPT);

    @Test
    void docsRulesMdHasAnEntryForEveryRuleTheCodeCites_andMarksTheOthersNotCited() {
        assertThat(EXEMPT).allSatisfy(path -> assertThat(PROJECT.resolve(path)).exists());
        assertThat(REFERENCE.modules()).contains("domain", "application", "bootstrap");

        REFERENCE.assertInStep();
    }

    @Test
    void docsRulesMdHasOneEntryForEachRuleOfTheCatalogue() {
        Set<String> catalogue = Arrays.stream(Rule.values()).map(Rule::id)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> entries = REFERENCE.entries().keySet();

        Set<String> missing = new TreeSet<>(catalogue);
        missing.removeAll(entries);
        Set<String> unknown = new TreeSet<>(entries);
        unknown.removeAll(catalogue);
        assertThat(missing).as("rules of the catalogue (enum Rule) without an entry in docs/rules.md: %s",
                RuleReference.join(missing)).isEmpty();
        assertThat(unknown).as("entries of docs/rules.md for IDs that are no constant of enum Rule: %s",
                RuleReference.join(unknown)).isEmpty();
    }

    @Test
    void linksFromDocsRulesMdIntoInterpretationsMdReachAHeading() throws IOException {
        String rules = Files.readString(PROJECT.resolve("docs/rules.md"), StandardCharsets.UTF_8);
        String interpretations = Files.readString(PROJECT.resolve("docs/interpretations.md"), StandardCharsets.UTF_8);
        Set<String> anchors = Pattern.compile("^#+ (.+)$", Pattern.MULTILINE).matcher(interpretations).results()
                .map(m -> githubAnchor(m.group(1))).collect(Collectors.toSet());
        Matcher link = Pattern.compile("\\]\\(interpretations\\.md#([^)]+)\\)").matcher(rules);
        Set<String> linked = new LinkedHashSet<>();
        while (link.find()) {
            linked.add(link.group(1));
        }

        assertThat(linked).isNotEmpty();
        assertThat(anchors).as("headings of docs/interpretations.md").containsAll(linked);
    }

    /**
     * A small project that breaks the check in every way: the code cites a rule with no entry, through a range cites
     * a rule marked as not cited, and an unmarked entry is cited nowhere. A rule mentioned outside a module's src, in
     * a binary file, in an exempt file or as the whole catalogue is no citation.
     */
    @Test
    void theCheckFailsOnAFixtureThatBreaksIt(@TempDir Path project) throws IOException {
        write(project, "pom.xml", "<project><modules><module>alpha</module><module>beta</module></modules></project>");
        write(project, "alpha/src/main/java/Alpha.java", """
                package fixture;

                /** Cross-qualification (R41–R43); R14: confirmation. */
                class Alpha {
                }
                """);
        write(project, "beta/src/test/java/BetaTest.java", """
                class BetaTest {
                    // Rule.R22 and the whole catalogue, R01–R109
                    void accepted_R22() {
                    }
                }
                """);
        write(project, "beta/src/main/resources/enumeration.txt", "R30 is listed, not cited");
        Files.write(project.resolve("beta/src/main/resources/font.ttf"),
                "\0\0R31 inside a binary".getBytes(StandardCharsets.UTF_8));
        write(project, "scripts/run.sh", "# R32 outside every module's src");
        write(project, "gamma/src/main/java/Gamma.java", "// R33: a directory that is no module");
        String brokenRules = """
                # Rules

                ### R14: Confirmation
                ### R30: Listed only
                ### R41: Nursing
                ### R42: Feldsher track (not cited by the code)
                ### R43: Midwifery
                ### R55: Assessment (FOR) (not cited by the code)
                """;
        write(project, "docs/rules.md", brokenRules);
        RuleReference broken = new RuleReference(project, FIRST, LAST,
                List.of(Path.of("beta", "src", "main", "resources", "enumeration.txt")));

        assertThat(broken.problems()).containsExactly(
                "add an entry for R22 (cited at beta/src/test/java/BetaTest.java:2)",
                "mark R30 \"(not cited by the code)\" (no module's sources cite it), or remove the entry if R30 is no "
                        + "rule of the catalogue",
                "remove the mark \"(not cited by the code)\" from R42 (cited at alpha/src/main/java/Alpha.java:3)");
        assertThatThrownBy(broken::assertInStep).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("docs/rules.md is out of step with the rule IDs the code cites")
                .hasMessageContaining("add an entry for R22").hasMessageContaining("mark R30")
                .hasMessageContaining("from R42");

        write(project, "docs/rules.md", brokenRules
                .replace("### R30: Listed only", "### R30: Listed only (not cited by the code)")
                .replace("### R42: Feldsher track (not cited by the code)", "### R42: Feldsher track")
                + "### R22: Request accepted\n### R14: Confirmation, again\n");
        assertThat(broken.problems()).containsExactly("R14 has 2 entries: keep one");

        write(project, "docs/rules.md", brokenRules
                .replace("### R30: Listed only", "### R30: Listed only (not cited by the code)")
                .replace("### R42: Feldsher track (not cited by the code)", "### R42: Feldsher track")
                + "### R22: Request accepted\n");
        assertThatCode(broken::assertInStep).doesNotThrowAnyException();
        assertThat(broken.citations().keySet()).containsExactly("R14", "R22", "R41", "R42", "R43");
    }

    private static void write(Path project, String file, String text) throws IOException {
        Path path = project.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }

    /** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens. */
    private static String githubAnchor(String heading) {
        return heading.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }
}
