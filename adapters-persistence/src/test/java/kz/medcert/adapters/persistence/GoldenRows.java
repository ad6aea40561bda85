package kz.medcert.adapters.persistence;

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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Golden rows: stored request states checked in under {@code golden/v<format>/<name>.json} as
 * {@code {"format": n, "state": {...}}}, the state column's JSON pretty-printed, so that a test reads each back and a
 * reviewer sees what a row holds. The files of a format are written once, when the format is the current one, and
 * never change after: later builds must still read them.
 *
 * <p>{@link #main} writes the golden rows of {@link GoldenRequests} in today's format into the source tree (run it
 * with the module's test classpath from the module directory).
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

    /** The file text of a row: the format, then the state pretty-printed. */
    static String render(int format, String state) {
        try {
            ObjectNode file = TREES.createObjectNode();
            file.put("format", format);
            file.set("state", TREES.readTree(state));
            return PRETTY.writeValueAsString(file) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The state with {@code field} removed from every object of the tree, as rows written before it existed. */
    static String without(String state, String field) {
        try {
            JsonNode tree = TREES.readTree(state);
            remove(tree, field);
            return TREES.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static void remove(JsonNode node, String field) {
        if (node instanceof ObjectNode object) {
            object.remove(field);
        }
        node.forEach(child -> remove(child, field));
    }

    /**
     * Writes today's format of every golden request to {@code src/test/resources/.../golden/v<FORMAT>}, and, for
     * format 1, two rows as the first builds stored them: before history entries named their actor and applicants
     * their region (and before decisions), and before decisions existed.
     */
    public static void main(String[] args) throws IOException {
        int format = RequestStateJson.FORMAT;
        Path directory = Path.of("src/test/resources" + RESOURCES + "v" + format);
        Files.createDirectories(directory);
        for (GoldenRequests.Golden golden : GoldenRequests.all()) {
            write(directory, golden.name(), format, RequestStateJson.write(golden.state()));
        }
        if (format == 1) {
            String accepted = RequestStateJson.write(GoldenRequests.acceptedEligible().state());
            write(directory, "accepted-before-actors-and-regions", format,
                    without(without(without(accepted, "actor"), "region"), "decision"));
            String issued = RequestStateJson.write(GoldenRequests.issuedByOfficerForeign().state());
            write(directory, "issued-before-decisions", format, without(issued, "decision"));
        }
    }

    private static void write(Path directory, String name, int format, String state) throws IOException {
        Files.writeString(directory.resolve(name + ".json"), render(format, state), StandardCharsets.UTF_8);
    }
}
