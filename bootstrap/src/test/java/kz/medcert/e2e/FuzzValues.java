package kz.medcert.e2e;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Generated and mutated values for the endpoint fuzzer: odd strings, numbers and dates, structural mutations of a
 * JSON tree (drop, duplicate, retype, nest, replace by arrays) and byte-level corruptions of its text (truncation,
 * invalid UTF-8, control characters, comments, other encodings). Everything is drawn from the {@link Random} given,
 * so a seed replays it.
 */
final class FuzzValues {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Writes what the service's parser must refuse too: nesting far beyond Jackson's default limit of 1000. */
    private static final ObjectMapper DEEP = JsonMapper.builder(JsonFactory.builder()
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(100_000).build()).build())
            .build();

    /** Strings that have broken parsers, databases and templates before. */
    private static final List<String> STRINGS = List.of("", " ", "X", "null", "undefined", "true", "0", "-1",
            "1e309", "NaN", "PEDIATRICS", "pediatrics", " PEDIATRICS ", "DOMESTIC", "FOREIGN", "HIGHER", "TVET",
            "ALMATY_CITY", "KZ", "kz", "ZZ", "123456", "850412413718", "000000000000", "99999999999999999999",
            "2024-02-30", "2024-13-01", "0000-00-00", "0001-01-01", "9999-12-31", "+10000-01-01", "-0001-01-01",
            "2024/12/02", "02.12.2024", "2024-12-02T25:00:00+05:00", "2024-12-02T10:00:00+25:00",
            "+999999999-12-31T23:59:59+18:00", "2024-12-02T10:00:00Z", "P1D", "Абенова Айгерим Болатқызы",
            "ӘәҒғҚқҢңӨөҰұҮүҺһІі", "😀🩺💉", "\u202Eevil\u202C", "e\u0301\u0301\u0301", "\u0000", "\u0000abc\u0000",
            "\u001b[31m", "\t\r\n", "line1\nline2", "\uFEFF", "\uFFFF", "\"", "'", "\\", "</script><script>x()"
                    + "</script>", "<b>bold</b>", "&amp;&#0;", "${jndi:ldap://x/a}", "{{7*7}}", "%s%n%x", "' OR '1'='1",
            "'; DROP TABLE certification_request; --", "../../../etc/passwd", "..\\..\\windows", "%2e%2e%2f",
            "C:\\con\\aux", "/dev/null", "DEMO-EDS:", "DEMO-EDS:850412413718:", "MC-2022-00000001-4",
            "MC-2022-00000001-5", "0f8fad5b-d9cb-469f-a165-70867728950e");

    private FuzzValues() {
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** An odd string: from the list, very long, random unicode, or random control characters. */
    static String string(Random random) {
        return switch (random.nextInt(10)) {
            case 0 -> "x".repeat(1 + random.nextInt(random.nextBoolean() ? 300 : 20_000));
            case 1 -> randomUnicode(random, 1 + random.nextInt(40));
            case 2 -> randomAscii(random, 1 + random.nextInt(40));
            default -> pick(random, STRINGS);
        };
    }

    static String randomUnicode(Random random, int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            int codePoint = switch (random.nextInt(4)) {
                case 0 -> random.nextInt(0x80);
                case 1 -> 0x400 + random.nextInt(0x100); // Cyrillic, Kazakh letters
                case 2 -> random.nextInt(0x10000);
                default -> 0x10000 + random.nextInt(0x10000);
            };
            if (Character.isSurrogate((char) codePoint) && codePoint < 0x10000) {
                codePoint = '?';
            }
            text.appendCodePoint(codePoint);
        }
        return text.toString();
    }

    static String randomAscii(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append((char) random.nextInt(128));
        }
        return text.toString();
    }

    /** An odd JSON value of any type. */
    static JsonNode value(Random random) {
        return switch (random.nextInt(16)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.numberNode(pick(random, List.of(0, -1, 1, 2, 4, 90, 504, Integer.MAX_VALUE,
                    Integer.MIN_VALUE)));
            case 3 -> NODES.numberNode(pick(random, List.of(Long.MAX_VALUE, Long.MIN_VALUE, 1L << 53)));
            case 4 -> NODES.numberNode(pick(random, List.of(1.5, -0.0, 1e308, 4.9e-324, 0.1 + 0.2)));
            case 5 -> NODES.numberNode(new BigDecimal(pick(random, List.of("1e400", "-1e400", "1e-400",
                    "123456789012345678901234567890.123456789", "0.00000000000000000001"))));
            case 6 -> NODES.numberNode(new BigInteger("9".repeat(1 + random.nextInt(2000))));
            case 7 -> NODES.arrayNode();
            case 8 -> NODES.objectNode();
            case 9 -> nested(random, 1 + random.nextInt(random.nextBoolean() ? 30 : 900)); // deeper: as text
            case 10 -> bigArray(random);
            default -> NODES.textNode(string(random));
        };
    }

    /** The JSON text of a generated tree, however deep. */
    static String text(JsonNode node) {
        try {
            return DEEP.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Arrays or objects nested {@code depth} deep, as text (a tree that deep would overflow the stack here). */
    static String nestedText(Random random, int depth) {
        return random.nextBoolean() ? "[".repeat(depth) + "1" + "]".repeat(depth)
                : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    }

    /** Arrays or objects nested {@code depth} deep. */
    static JsonNode nested(Random random, int depth) {
        JsonNode node = NODES.textNode("deep");
        boolean arrays = random.nextBoolean();
        for (int i = 0; i < depth; i++) {
            node = arrays ? NODES.arrayNode().add(node) : NODES.objectNode().set("a", node);
        }
        return node;
    }

    private static JsonNode bigArray(Random random) {
        ArrayNode array = NODES.arrayNode();
        JsonNode element = random.nextBoolean() ? NODES.numberNode(1) : NODES.objectNode();
        for (int i = 0, n = random.nextInt(10_000); i < n; i++) {
            array.add(element.deepCopy());
        }
        return array;
    }

    /** A random JSON document of any shape (top level not necessarily an object). */
    static JsonNode document(Random random) {
        if (random.nextInt(3) == 0) {
            return value(random);
        }
        ObjectNode object = NODES.objectNode();
        for (int i = 0, n = random.nextInt(6); i < n; i++) {
            object.set(random.nextBoolean() ? string(random) : "field" + i, value(random));
        }
        return object;
    }

    /** Applies 1 to 4 structural mutations to a copy of {@code seed}. */
    static JsonNode mutate(JsonNode seed, Random random) {
        JsonNode root = seed.deepCopy();
        for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
            root = mutateOnce(root, random);
        }
        return root;
    }

    private static JsonNode mutateOnce(JsonNode root, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers, 0);
        if (containers.isEmpty() || random.nextInt(20) == 0) {
            return random.nextBoolean() ? NODES.arrayNode().add(root) : value(random); // the whole body retyped
        }
        JsonNode target = pick(random, containers);
        if (target instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            if (names.isEmpty()) {
                object.set(string(random), value(random));
                return root;
            }
            String name = pick(random, names);
            JsonNode current = object.get(name);
            switch (random.nextInt(8)) {
                case 0 -> object.remove(name);
                case 1 -> object.set(random.nextBoolean() ? "unexpected" : string(random), value(random));
                case 2 -> object.set(name, retyped(current, random));
                case 3 -> object.set(name, NODES.arrayNode().add(current)); // an array where one value is expected
                case 4 -> object.set(name, NODES.nullNode());
                default -> object.set(name, value(random));
            }
        } else if (target instanceof ArrayNode array) {
            switch (random.nextInt(4)) {
                case 0 -> array.add(value(random));
                case 1 -> {
                    if (!array.isEmpty()) {
                        array.add(array.get(random.nextInt(array.size())).deepCopy()); // a duplicate entry
                    }
                }
                case 2 -> {
                    if (!array.isEmpty()) {
                        array.remove(random.nextInt(array.size()));
                    }
                }
                default -> {
                    if (!array.isEmpty()) {
                        array.set(random.nextInt(array.size()), value(random));
                    }
                }
            }
        }
        return root;
    }

    /** The same information in another JSON type: "2" for 2, 2 for "2", an object for a string. */
    private static JsonNode retyped(JsonNode current, Random random) {
        if (current == null) {
            return value(random);
        }
        if (current.isTextual()) {
            String text = current.asText();
            return switch (random.nextInt(3)) {
                case 0 -> NODES.objectNode().put("value", text);
                case 1 -> NODES.numberNode(text.length());
                default -> NODES.booleanNode(!text.isEmpty());
            };
        }
        if (current.isNumber() || current.isBoolean()) {
            return NODES.textNode(current.asText());
        }
        return NODES.textNode(text(current));
    }

    /** The containers near the top (a generated deep value is mutated as a whole, not from inside). */
    private static void collect(JsonNode node, List<JsonNode> containers, int depth) {
        if (node.isContainerNode() && depth < 40) {
            containers.add(node);
            node.forEach(child -> collect(child, containers, depth + 1));
        }
    }

    /** Corrupts the text of a JSON document at the byte level. */
    static byte[] corrupt(String json, Random random) {
        byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
        int at = utf8.length == 0 ? 0 : random.nextInt(utf8.length);
        Function<String, byte[]> bytes = s -> s.getBytes(StandardCharsets.UTF_8);
        return switch (random.nextInt(17)) {
            case 0 -> java.util.Arrays.copyOf(utf8, at); // truncated
            case 1 -> insert(utf8, at, new byte[] {(byte) 0xFF}); // invalid UTF-8
            case 2 -> insert(utf8, at, new byte[] {(byte) 0xC0, (byte) 0xAF}); // overlong encoding
            case 3 -> insert(utf8, at, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}); // lone surrogate
            case 4 -> insert(utf8, at, new byte[] {(byte) random.nextInt(32)}); // raw control character
            case 5 -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8); // BOM
            case 6 -> json.getBytes(pick(random, List.of(StandardCharsets.UTF_16, StandardCharsets.UTF_16LE,
                    Charset.forName("UTF-32"), StandardCharsets.ISO_8859_1)));
            case 7 -> concat(utf8, bytes.apply(pick(random, List.of(" {}", "}", "]", ",", " garbage", "\u0000"))));
            case 8 -> concat(bytes.apply(pick(random, List.of("// comment\n", "/* c */", "\u0000", ")]}',\n"))), utf8);
            case 9 -> bytes.apply(json.replace("\"", "'"));
            case 10 -> bytes.apply(json.replaceFirst("\\{", "{\"category\":\"DOMESTIC\",\"category\":7,")); // duplicate
            case 11 -> bytes.apply(json.replaceFirst(":\\s*\"[^\"]*\"", ":" + pick(random, List.of("NaN",
                    "Infinity", "-Infinity", "007", "0x10", "1.", ".5", "+1", "tru", "nul", "undefined"))));
            case 12 -> bytes.apply(json.replaceFirst("}\\s*$", ",}")); // trailing comma
            case 13 -> bytes.apply(" ".repeat(random.nextInt(70_000)) + json); // whitespace beyond the body limit
            case 14 -> flip(utf8, random);
            case 15 -> { // nested far too deep, balanced or not
                int depth = 1 + random.nextInt(50_000);
                yield bytes.apply("[".repeat(depth) + json + (random.nextBoolean() ? "]".repeat(depth) : ""));
            }
            default -> random.nextBoolean() ? new byte[0] : randomBytes(random, random.nextInt(200));
        };
    }

    static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] flip(byte[] bytes, Random random) {
        byte[] copy = bytes.clone();
        for (int i = 0, n = 1 + random.nextInt(3); i < n && copy.length > 0; i++) {
            copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return copy;
    }

    static byte[] insert(byte[] bytes, int at, byte[] inserted) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, at);
        out.writeBytes(inserted);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    static byte[] concat(byte[] first, byte[] second) {
        return insert(first, first.length, second);
    }

    /** Bytes as text for a report: printable ASCII and letters kept, the rest escaped, cut at {@code limit}. */
    static String printable(byte[] bytes, int limit) {
        String text = new String(bytes, 0, Math.min(bytes.length, limit), StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c == '\n') {
                out.append('\n');
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < 0x20 || c == 0x7F || c == 0xFFFD) {
                out.append(String.format("\\x%02x", c & 0xFF));
            } else {
                out.appendCodePoint(c);
            }
        });
        if (bytes.length > limit) {
            out.append("… (").append(bytes.length).append(" bytes in all)");
        }
        return out.toString();
    }
}
