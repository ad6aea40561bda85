package kz.medcert.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The environment variables the service reads, taken from the configuration code itself: every string literal that is
 * exactly a {@code MEDCERT_…} name in bootstrap's main sources (AppConfig, TokenConfig, CalendarConfig,
 * OperationsConfig…, where each variable is read by its name). A variable added there is found here without anyone
 * keeping a second list.
 */
final class ConfigurationVariables {
    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Pattern NAME = Pattern.compile("\"(MEDCERT_[A-Z0-9_]+)\"");

    private ConfigurationVariables() {
    }

    static Set<String> readByTheService() {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher literal = NAME.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (literal.find()) {
                    names.add(literal.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
