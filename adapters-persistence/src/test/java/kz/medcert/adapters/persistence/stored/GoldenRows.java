package kz.medcert.adapters.persistence.stored;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import kz.medcert.domain.request.RequestState;

/**
 * Golden rows: stored request states checked in under {@code golden/v<format>/<name>.json} as
 * {@code {"format": n, "state": {...}}}, the state column's JSON pretty-printed, so that tests read each back and a
 * reviewer sees what a row holds. The rows of a format are written once, while it is the current one, and never
 * change after: later builds must still read them.
 *
 * <p>{@link #main} writes the golden rows of the current format (run it from the module directory with the module's
 * test classpath after raising {@link RequestStateJson#FORMAT}). The rows of format 1 were written from
 * {@link GoldenRequests} by the RequestStateJson of format 1 (the commit that added golden/v1 has that code).
 */
final class GoldenRows {
    private static final String RESOURCES = "/kz/medcert/adapters/persistence/golden/";
    /** Numbers as they are written (no rounding through double, no trailing zeros stripped). */
    private static final ObjectMapper TREES = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    private static final ObjectWriter PRETTY = TREES.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withSeparators(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator("")));

    /** One golden row: the format it was written in and the state column's JSON. */
    record Row(int format, String state) {
    }

    private GoldenRows() {
    }

    /** The golden row {@code name} of {@code format}, as the state column held it. */
    static Row read(int format, String name) {
        String path = RESOURCES + "v" + format + "/" + name + ".json";
        try (InputStream in = Objects.requireNonNull(GoldenRows.class.getResourceAsStream(path), path)) {
            JsonNode file = TREES.readTree(in);
            return new Row(file.required("format").intValue(), TREES.writeValueAsString(file.required("state")));
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }

    /** The names of the golden rows of {@code format}. */
    static List<String> names(int format) {
        String path = RESOURCES + "v" + format;
        try (Stream<Path> files = Files.list(Path.of(Objects.requireNonNull(GoldenRows.class.getResource(path),
                path).toURI()))) {
            return files.map(f -> f.getFileName().toString().replaceFirst("\\.json$", "")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(path, e);
        }
    }

    /** The JSON as a tree, its numbers exact: two rows are the same when their trees are equal. */
    static JsonNode tree(String json) {
        try {
            return TREES.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The JSON pretty-printed, one value a line, for readable differences. */
    static String pretty(JsonNode tree) {
        try {
            return PRETTY.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Fails unless both are the same JSON (the order of properties aside), showing the difference line by line;
     * {@code why} says what a difference means.
     */
    static void assertSameJson(JsonNode actual, JsonNode expected, String why) {
        if (!actual.equals(expected)) {
            assertThat(pretty(actual)).as(why).isEqualTo(pretty(expected));
            fail(why + ": the same properties, but in another order");
        }
    }

    /** The file text of a row: the format, then the state pretty-printed. */
    static String render(int format, String state) {
        ObjectNode file = TREES.createObjectNode();
        file.put("format", format);
        file.set("state", tree(state));
        return pretty(file) + "\n";
    }

    /**
     * Writes every golden request in the current format to {@code src/test/resources/.../golden/v<FORMAT>}: as read
     * from its golden row of the previous format, so that the rows of every format hold the same requests (and do not
     * follow later changes of the rules that evaluated them); a golden request new to this format from
     * {@link GoldenRequests}.
     */
    public static void main(String[] args) throws IOException {
        int format = RequestStateJson.FORMAT;
        Path directory = Path.of("src/test/resources" + RESOURCES + "v" + format);
        Files.createDirectories(directory);
        List<String> previous = names(format - 1);
        for (GoldenRequests.Golden golden : GoldenRequests.all()) {
            RequestState state = golden.state();
            if (previous.contains(golden.name())) {
                Row row = read(format - 1, golden.name());
                state = RequestStateJson.read(row.state(), row.format(), 0);
            }
            Files.writeString(directory.resolve(golden.name() + ".json"),
                    render(format, RequestStateJson.write(state)), StandardCharsets.UTF_8);
        }
    }
}
