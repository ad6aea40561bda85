package kz.medcert.scale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The table of docs/benchmarks.md (section Scale) from a results.tsv of scripts/bench-scale.sh: one column per
 * database, the large register's figures beside the small one's, and their ratios (large / small), which say more
 * than the absolute figures on a shared machine.
 *
 * <pre>ScaleSummary results.tsv</pre>
 */
public final class ScaleSummary {
    private static final List<String> DATABASES = List.of("hsqldb", "postgresql");

    private final Map<String, Map<String, Double>> values = new HashMap<>();

    private ScaleSummary() {
    }

    public static void main(String[] args) throws IOException {
        ScaleSummary summary = new ScaleSummary();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            String[] f = line.split("\t");
            if (f.length == 3) {
                summary.values.computeIfAbsent(f[0], k -> new HashMap<>()).put(f[1], Double.parseDouble(f[2]));
            }
        }
        summary.print();
    }

    private void print() {
        System.out.println("| measure | HSQLDB (embedded file) | PostgreSQL 17 |");
        System.out.println("|---|--:|--:|");
        row("register rows, small / large", db -> count(db, "small.register.rows") + " / "
                + count(db, "large.register.rows"));
        row("import of the small register: rows/s", db -> count(db, "import.small.rowsPerSecond"));
        row("import of the large register: seconds (rows/s)", db -> number(db, "import.large.seconds", 1) + " ("
                + count(db, "import.large.rowsPerSecond") + ")");
        row("import of the large register again, every row already registered: seconds (rows/s)",
                db -> number(db, "import.rerun.seconds", 1) + " (" + count(db, "import.rerun.rowsPerSecond") + ")");
        for (String layer : List.of("adapter", "useCase")) {
            String name = layer.equals("adapter") ? "lookup by number, register adapter" : "public verification use case";
            for (String stat : List.of("p50Micros", "p99Micros", "meanMicros")) {
                String key = "verify." + layer + "." + stat;
                row(name + ", " + stat.replace("Micros", "") + " µs: small / large (ratio)",
                        db -> number(db, "small." + key, 1) + " / " + number(db, "large." + key, 1) + " ("
                                + ratio(db, "large." + key, "small." + key) + ")");
            }
            String key = "verify." + layer + ".perSecond";
            row(name + ", lookups/s (one thread): small / large (ratio)", db -> count(db, "small." + key) + " / "
                    + count(db, "large." + key) + " (" + ratio(db, "large." + key, "small." + key) + ")");
        }
        row("expiry report, counts for 2027, all departments: ms (entries counted)",
                db -> number(db, "large.report.countYearMillis", 0) + " (" + count(db, "large.report.expiring2027")
                        + ")");
        row("expiry report, counts for 2027, one department: ms",
                db -> number(db, "large.report.countYearOneDepartmentMillis", 0));
        row("expiry report, CSV of the holders still to confirm in 2027: ms (rows)",
                db -> number(db, "large.report.exportYearCsvMillis", 0) + " (" + count(db, "large.report.exportedRows")
                        + ")");
        row("applications written through the repository (4 writers): per second",
                db -> count(db, "large.applications.perSecond"));
        row("audit chain verified after them: seconds (entries)", db -> number(db, "large.audit.verifySeconds", 1)
                + " (" + count(db, "large.audit.entries") + ", " + (get(db, "large.audit.intact") == 1 ? "intact"
                : "BROKEN") + ")");
        row("officer queue of one department among them: ms (requests)",
                db -> number(db, "large.queue.oneDepartmentMillis", 0) + " ("
                        + count(db, "large.queue.oneDepartmentRequests") + ")");
        row("database size, large register and applications: MB", db -> number(db, "large.db.bytes", 0, 1e-6));
    }

    private void row(String label, Function<String, String> cell) {
        StringBuilder line = new StringBuilder("| ").append(label).append(" |");
        for (String db : DATABASES) {
            line.append(' ').append(values.containsKey(db) ? cell.apply(db) : "–").append(" |");
        }
        System.out.println(line);
    }

    private double get(String db, String key) {
        return values.get(db).getOrDefault(key, Double.NaN);
    }

    private String count(String db, String key) {
        double v = get(db, key);
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%,d", Math.round(v));
    }

    private String number(String db, String key, int decimals) {
        return number(db, key, decimals, 1);
    }

    private String number(String db, String key, int decimals, double scale) {
        double v = get(db, key) * scale;
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%,." + decimals + "f", v);
    }

    private String ratio(String db, String numerator, String denominator) {
        double r = get(db, numerator) / get(db, denominator);
        return Double.isNaN(r) ? "–" : String.format(Locale.ROOT, "%.2f×", r);
    }
}
