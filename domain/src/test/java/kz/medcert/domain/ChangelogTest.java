package kz.medcert.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kz.medcert.domain.rules.Rule;
import kz.medcert.domain.rules.RuleSet;
import org.junit.jupiter.api.Test;

/** CHANGELOG.md tells an embedder what each version decides by: it must match the pom and the code. */
class ChangelogTest {
    private static final Pattern SECTION = Pattern.compile("(?m)^## (\\S+) \\(([^)]*)\\): rule set `([^`]+)`$");

    @Test
    void theNewestVersion_isThePomsVersion_andNamesTheRuleSetTheCodeReports() throws IOException {
        Matcher newest = SECTION.matcher(changelog());

        assertThat(newest.find()).as("a section '## <version> (<date or unreleased>): rule set `...`'").isTrue();
        assertThat(newest.group(1)).isEqualTo(pomVersion().replace("-SNAPSHOT", ""));
        // a development version is unreleased; a release names its day
        assertThat(newest.group(2)).matches(pomVersion().endsWith("-SNAPSHOT") ? "unreleased" : "\\d{4}-\\d{2}-\\d{2}");
        assertThat(newest.group(3)).isEqualTo(RuleSet.ORDER_23_2024.version());
    }

    @Test
    void everyRuleItCites_exists() throws IOException {
        Set<String> known = Arrays.stream(Rule.values()).map(Enum::name).collect(Collectors.toSet());
        Set<String> cited = new LinkedHashSet<>();
        Matcher id = Pattern.compile("\\bR\\d{2,3}\\b").matcher(changelog());
        while (id.find()) {
            cited.add(id.group());
        }

        assertThat(cited).isNotEmpty();
        assertThat(known).containsAll(cited);
    }

    private static String changelog() throws IOException {
        return Files.readString(Path.of("CHANGELOG.md"), StandardCharsets.UTF_8);
    }

    /** The domain's own version (the first {@code <version>} after its artifactId: the parent's comes before). */
    private static String pomVersion() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
        Matcher version = Pattern.compile("<artifactId>medcert-domain</artifactId>.*?<version>([^<]+)</version>",
                Pattern.DOTALL).matcher(pom);
        assertThat(version.find()).isTrue();
        return version.group(1);
    }
}
