package kz.medcert.domain.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The summary printed by scripts/bench-domain.sh, on a trimmed JMH result file. */
class BenchmarkSummaryTest {

    private static final String JSON = """
            [
                {
                    "jmhVersion" : "1.37",
                    "benchmark" : "kz.medcert.domain.benchmarks.BaselineBenchmark.localDatePlusDays",
                    "mode" : "thrpt",
                    "jdkVersion" : "17.0.15",
                    "vmName" : "OpenJDK 64-Bit Server VM",
                    "vmVersion" : "17.0.15+6",
                    "primaryMetric" : { "score" : 200.0, "scoreError" : 10.0, "scoreUnit" : "ops/us",
                        "rawData" : [ [ 199.0, 201.0 ] ] },
                    "secondaryMetrics" : { }
                },
                {
                    "benchmark" : "kz.medcert.domain.benchmarks.BaselineBenchmark.localDatePlusDays",
                    "mode" : "avgt",
                    "jdkVersion" : "17.0.15",
                    "vmName" : "OpenJDK 64-Bit Server VM",
                    "vmVersion" : "17.0.15+6",
                    "primaryMetric" : { "score" : 5.0, "scoreError" : "NaN", "scoreUnit" : "ns/op" }
                },
                {
                    "benchmark" : "kz.medcert.domain.benchmarks.EvaluationBenchmark.confirmation",
                    "mode" : "thrpt",
                    "jdkVersion" : "17.0.15",
                    "vmName" : "OpenJDK 64-Bit Server VM",
                    "vmVersion" : "17.0.15+6",
                    "params" : { "size" : "4", "kind" : "a\\"b" },
                    "primaryMetric" : { "score" : 0.1, "scoreError" : 0.01, "scoreUnit" : "ops/us" }
                },
                {
                    "benchmark" : "kz.medcert.domain.benchmarks.EvaluationBenchmark.confirmation",
                    "mode" : "avgt",
                    "jdkVersion" : "17.0.15",
                    "vmName" : "OpenJDK 64-Bit Server VM",
                    "vmVersion" : "17.0.15+6",
                    "params" : { "size" : "4", "kind" : "a\\"b" },
                    "primaryMetric" : { "score" : 10.0, "scoreError" : 1.0E0, "scoreUnit" : "us/op" }
                }
            ]
            """;

    @Test
    void normalisesUnitsAndReportsCostInBaselines() {
        // when
        String table = BenchmarkSummary.render(JSON, BenchmarkSummary.DEFAULT_BASELINE);

        // then: 200 ops/µs = 200,000,000 ops/s; 5 ns/op = 0.005 µs/op; 10 µs / 0.005 µs = 2000 baselines
        assertThat(table).contains("JDK 17.0.15 (OpenJDK 64-Bit Server VM 17.0.15+6)")
                .contains("| BaselineBenchmark.localDatePlusDays | 200,000,000 | 10,000,000 | 0.005 | n/a | 1 | 1 |")
                .contains("| EvaluationBenchmark.confirmation (kind=a\"b, size=4) "
                        + "| 100,000 | 10,000 | 10 | 1 | 2,000 |");
        // thrpt: 200e6 / 1e5 = 2000, error 2000 * hypot(0.1, 0.05) = 223.6, printed to 2 significant digits
        assertThat(table).contains("| 2,000 ± 220 |");
        assertThat(table.indexOf("BaselineBenchmark")).isLessThan(table.indexOf("EvaluationBenchmark"));
    }

    @Test
    void flagsErrorsAboveTenPercentOfTheScore() {
        // when
        String table = BenchmarkSummary.render(JSON.replace("\"scoreError\" : 0.01", "\"scoreError\" : 0.02"),
                BenchmarkSummary.DEFAULT_BASELINE);

        // then: 0.02 of 0.1 ops/µs is 20 %, flagged; 1 of 10 µs/op is exactly 10 %, not flagged
        assertThat(table).contains("| 100,000 | 20,000 ! | 10 | 1 |");
    }

    @Test
    void withoutTheBaselineThereAreNoRatios() {
        // when
        String table = BenchmarkSummary.render(JSON, "NoSuchBenchmark.x");

        // then
        assertThat(table).contains("(not in this run: no ratios)").contains("| 10 | 1 | — | — |");
    }

    @Test
    void jsonReaderReadsWhatJmhWrites() {
        // when
        Object value = new BenchmarkSummary.JsonReader("{\"a\": [1, -2.5e3, true, false, null], \"b\": \"\\u00b5s\"}")
                .read();

        // then
        assertThat(value).isEqualTo(Map.of("a", java.util.Arrays.asList(1.0, -2500.0, true, false, null), "b", "µs"));
        assertThat(List.of("[1,", "{\"a\" 1}", "[1] x")).allSatisfy(bad ->
                assertThatThrownBy(() -> new BenchmarkSummary.JsonReader(bad).read())
                        .isInstanceOf(IllegalArgumentException.class));
    }
}
