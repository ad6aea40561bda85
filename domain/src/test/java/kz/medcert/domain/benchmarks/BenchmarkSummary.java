package kz.medcert.domain.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints a JMH JSON result file ({@code -rf json}) as a Markdown table: per benchmark its throughput (ops/s) and
 * average time (µs/op) with JMH's 99.9% error, and its cost as a multiple of the baseline measured in the same run
 * ({@link BaselineBenchmark#localDatePlusDays} by default): time / baseline time, and baseline ops/s / ops/s, so both
 * read "costs N baselines"; the ratio's error combines the two relative errors in quadrature.
 *
 * <p>Used by {@code scripts/bench-domain.sh}; JDK only (a minimal JSON reader below), so that the script needs
 * nothing beyond the JDK and Maven. Usage: {@code BenchmarkSummary result.json [baseline-name-suffix]}.
 */
public final class BenchmarkSummary {

    static final String DEFAULT_BASELINE = "BaselineBenchmark.localDatePlusDays";
    /** Relative error above which a figure is flagged: on a quiet machine these benchmarks stay well under it. */
    static final double NOISY = 0.10;

    private BenchmarkSummary() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: BenchmarkSummary <jmh-result.json> [baseline-name-suffix]");
            System.exit(2);
        }
        String json = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        System.out.print(render(json, args.length > 1 ? args[1] : DEFAULT_BASELINE));
    }

    /** One measured figure in normalised units: ops/s for throughput, µs/op for average time. */
    record Figure(double score, double error) {
    }

    /** A benchmark (with its parameters, if any) and its figures by mode. */
    static final class Row {
        final String name;
        Figure throughput;
        Figure averageTime;

        Row(String name) {
            this.name = name;
        }
    }

    static String render(String json, String baselineSuffix) {
        List<?> results = (List<?>) new JsonReader(json).read();
        Map<String, Row> rows = new LinkedHashMap<>();
        String jdk = "?";
        for (Object o : results) {
            Map<?, ?> result = (Map<?, ?>) o;
            jdk = result.get("jdkVersion") + " (" + result.get("vmName") + " " + result.get("vmVersion") + ")";
            String name = shortName((String) result.get("benchmark")) + params(result.get("params"));
            Row row = rows.computeIfAbsent(name, Row::new);
            Map<?, ?> metric = (Map<?, ?>) result.get("primaryMetric");
            String unit = (String) metric.get("scoreUnit");
            double score = number(metric.get("score"));
            double error = number(metric.get("scoreError"));
            switch ((String) result.get("mode")) {
                case "thrpt" -> row.throughput = new Figure(score * opsPerSecondFactor(unit),
                        error * opsPerSecondFactor(unit));
                case "avgt" -> row.averageTime = new Figure(score * microsPerOpFactor(unit),
                        error * microsPerOpFactor(unit));
                default -> { // sample and single-shot modes are not summarised
                }
            }
        }
        Row baseline = rows.values().stream().filter(r -> r.name.endsWith(baselineSuffix)).findFirst().orElse(null);

        StringBuilder out = new StringBuilder();
        out.append("JDK ").append(jdk).append('\n');
        out.append("Baseline: ").append(baseline == null ? "(not in this run: no ratios)" : baseline.name)
                .append("; ratio = cost in baselines (avgt: time / baseline time; thrpt: baseline ops/s / ops/s)\n")
                .append("! = error above ").append(Math.round(NOISY * 100))
                .append(" % of the score: a noisy figure, re-run that benchmark before drawing conclusions\n\n");
        out.append("| benchmark | ops/s | ± (99.9%) | µs/op | ± (99.9%) | × baseline (avgt) | × baseline (thrpt) |\n");
        out.append("|---|--:|--:|--:|--:|--:|--:|\n");
        List<Row> ordered = new ArrayList<>(rows.values());
        if (baseline != null) {
            ordered.remove(baseline);
            ordered.add(0, baseline);
        }
        for (Row row : ordered) {
            out.append("| ").append(row.name)
                    .append(" | ").append(row.throughput == null ? "—" : format(row.throughput.score))
                    .append(" | ").append(row.throughput == null ? "—" : error(row.throughput))
                    .append(" | ").append(row.averageTime == null ? "—" : format(row.averageTime.score))
                    .append(" | ").append(row.averageTime == null ? "—" : error(row.averageTime))
                    .append(" | ").append(ratio(row.averageTime, baseline == null ? null : baseline.averageTime, false))
                    .append(" | ").append(ratio(row.throughput, baseline == null ? null : baseline.throughput, true))
                    .append(" |\n");
        }
        return out.toString();
    }

    /** The error, marked "!" when it exceeds {@link #NOISY} of the score. */
    static String error(Figure f) {
        return format(f.error, 2) + (f.error > NOISY * f.score ? " !" : "");
    }

    /** "kz.medcert.domain.benchmarks.IinBenchmark.parse" becomes "IinBenchmark.parse". */
    static String shortName(String benchmark) {
        String[] parts = benchmark.split("\\.");
        return parts.length < 2 ? benchmark : parts[parts.length - 2] + "." + parts[parts.length - 1];
    }

    private static String params(Object params) {
        if (!(params instanceof Map<?, ?> map) || map.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        new TreeMap<>(map).forEach((k, v) -> s.append(s.length() == 0 ? " (" : ", ").append(k).append('=').append(v));
        return s.append(')').toString();
    }

    /** Cost in baselines and its error, or "—" without a baseline or for the baseline itself. */
    static String ratio(Figure figure, Figure baseline, boolean throughput) {
        if (figure == null || baseline == null || figure == baseline) {
            return figure != null && figure == baseline ? "1" : "—";
        }
        double r = throughput ? baseline.score / figure.score : figure.score / baseline.score;
        double relative = Math.hypot(relative(figure), relative(baseline));
        if (Double.isNaN(relative)) {
            return format(r, 3);
        }
        return format(r, 3) + " ± " + format(r * relative, 2);
    }

    private static double relative(Figure f) {
        return f.error / f.score;
    }

    static String format(double x) {
        return format(x, 4);
    }

    /** {@code digits} significant digits below 1000, whole numbers with thousands separators above. */
    static String format(double x, int digits) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return "n/a";
        }
        if (Math.abs(x) >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", x);
        }
        if (x == 0) {
            return "0";
        }
        return new java.math.BigDecimal(x).round(new java.math.MathContext(digits)).stripTrailingZeros()
                .toPlainString();
    }

    static double opsPerSecondFactor(String unit) {
        // "ops/us" etc.: operations per unit, so multiply by units per second
        return 1.0 / seconds(unit.substring(unit.indexOf('/') + 1));
    }

    static double microsPerOpFactor(String unit) {
        // "ns/op" etc.: units per operation, so multiply by microseconds per unit
        return seconds(unit.substring(0, unit.indexOf('/'))) * 1e6;
    }

    private static double seconds(String unit) {
        return switch (unit) {
            case "ns" -> 1e-9;
            case "us" -> 1e-6;
            case "ms" -> 1e-3;
            case "s" -> 1;
            case "min" -> 60;
            default -> throw new IllegalArgumentException("Unknown JMH time unit: " + unit);
        };
    }

    private static double number(Object value) {
        // JMH writes NaN (e.g. the error of a single iteration) as the string "NaN"
        return value instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /** Just enough JSON for JMH's result files: objects, arrays, strings, numbers, booleans, null. */
    static final class JsonReader {
        private final String s;
        private int i;

        JsonReader(String s) {
            this.s = s;
        }

        Object read() {
            Object value = value();
            skipSpace();
            if (i != s.length()) {
                throw error("trailing characters");
            }
            return value;
        }

        private Object value() {
            skipSpace();
            if (i >= s.length()) {
                throw error("unexpected end");
            }
            char c = s.charAt(i);
            switch (c) {
                case '{':
                    return object();
                case '[':
                    return array();
                case '"':
                    return string();
                case 't':
                    return literal("true", Boolean.TRUE);
                case 'f':
                    return literal("false", Boolean.FALSE);
                case 'n':
                    return literal("null", null);
                default:
                    return number();
            }
        }

        private Map<String, Object> object() {
            Map<String, Object> map = new LinkedHashMap<>();
            i++;
            skipSpace();
            if (peek() == '}') {
                i++;
                return map;
            }
            while (true) {
                skipSpace();
                String key = string();
                skipSpace();
                expect(':');
                map.put(key, value());
                skipSpace();
                if (peek() == ',') {
                    i++;
                } else {
                    expect('}');
                    return map;
                }
            }
        }

        private List<Object> array() {
            List<Object> list = new ArrayList<>();
            i++;
            skipSpace();
            if (peek() == ']') {
                i++;
                return list;
            }
            while (true) {
                list.add(value());
                skipSpace();
                if (peek() == ',') {
                    i++;
                } else {
                    expect(']');
                    return list;
                }
            }
        }

        private String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (true) {
                if (i >= s.length()) {
                    throw error("unterminated string");
                }
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> b.append(e); // \" \\ \/
                }
            }
        }

        private Double number() {
            int start = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            if (start == i) {
                throw error("unexpected character '" + s.charAt(i) + "'");
            }
            return Double.valueOf(s.substring(start, i));
        }

        private Object literal(String word, Object value) {
            if (!s.startsWith(word, i)) {
                throw error("expected " + word);
            }
            i += word.length();
            return value;
        }

        private void expect(char c) {
            if (peek() != c) {
                throw error("expected '" + c + "'");
            }
            i++;
        }

        private char peek() {
            return i < s.length() ? s.charAt(i) : '\0';
        }

        private void skipSpace() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException("Bad JSON at offset " + i + ": " + what);
        }
    }
}
