package kz.medcert.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kz.medcert.adapters.http.HttpApi;
import kz.medcert.bootstrap.OperationsConfig;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.request.RequestStatus;
import kz.medcert.domain.request.StateRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * README's traffic (both walk-throughs, then its metrics block, all run verbatim) against the demo service, then the
 * series the operators need, read from /metrics: HTTP requests by route template and status with their histogram, the
 * JVM and the connection pool, and the service's own figures; and no label that a path, an IIN or an id could have
 * put there.
 */
class MetricsEndToEndTest {
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})? (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private static RunningService service;
    private static String readmeOutput;

    @BeforeAll
    static void runTheReadme() throws IOException, InterruptedException {
        service = RunningService.start(Clock.systemUTC(), Map.of());
        readmeOutput = ReadmeScripts.run("walkthrough", service) + ReadmeScripts.run("officer", service)
                + ReadmeScripts.run("metrics", service);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void readmesMetricsBlock_showsTheServicesFigures_andNeedsTheToken() {
        String metrics = readmeOutput;

        assertThat(metrics).contains("medcert_certification_requests{status=\"ISSUED\"}",
                "medcert_certification_requests{status=\"REFUSED\"}", "medcert_audit_chain_length ",
                "medcert_registry_calls_seconds_count{outcome=\"answered\",registry=\"EDUCATION\"}",
                "http_server_requests_seconds_count{method=\"POST\",route=\"/api/v1/requests/{id}/submission\","
                        + "status=\"200\"}",
                "without the token: 401",
                "{\"status\":\"UP\",\"checks\":{\"database\":\"UP\",\"outbox\":\"UP\",\"registryWorker\":\"UP\"}}");
    }

    @Test
    void theListedSeriesArePresent() {
        Map<String, Set<Map<String, String>>> series = scrape();

        assertThat(series).containsKeys("http_server_requests_seconds_bucket", "http_server_requests_seconds_count",
                "http_server_requests_seconds_sum", "jvm_memory_used_bytes", "jvm_threads_live_threads",
                "jvm_classes_loaded_classes", "process_uptime_seconds", "system_cpu_count",
                "hikaricp_connections_active", "hikaricp_connections_idle", "hikaricp_connections_pending",
                "medcert_certification_requests", "medcert_awaiting_decision", "medcert_overdue_decisions",
                "medcert_registry_calls_seconds_count", "medcert_audit_chain_length", "medcert_outbox_backlog");
        assertThat(labels(series, "medcert_certification_requests", "status"))
                .isEqualTo(names(RequestStatus.values()));
        assertThat(labels(series, "medcert_awaiting_decision", "department")).isEqualTo(names(Region.values()));
        assertThat(labels(series, "medcert_overdue_decisions", "department")).isEqualTo(names(Region.values()));
        assertThat(labels(series, "medcert_registry_calls_seconds_count", "registry"))
                .isEqualTo(names(StateRegistry.values()));
        assertThat(labels(series, "hikaricp_connections_active", "pool")).containsExactly("medcert-db");
        assertThat(series.get("http_server_requests_seconds_bucket")).anySatisfy(labels -> assertThat(labels)
                .containsEntry("route", "/api/v1/requests/{id}").containsEntry("method", "GET")
                .containsKey("le"));
    }

    @Test
    void theFiguresAreWhatTheWalkThroughsLeft() {
        String text = metricsText();

        assertThat(value(text, "medcert_certification_requests{status=\"ISSUED\"}")).isGreaterThanOrEqualTo(2);
        assertThat(value(text, "medcert_certification_requests{status=\"REFUSED\"}")).isGreaterThanOrEqualTo(1);
        assertThat(value(text, "medcert_audit_chain_length")).isGreaterThan(10);
        assertThat(value(text, "medcert_awaiting_decision{department=\"ASTANA\"}")).isZero();
    }

    /** Route templates the server has, and the two names for no route: never a path, an IIN, a number or an id. */
    @Test
    void noLabelCarriesAPathAnIinOrAnId() {
        Set<String> templates = service.instance(HttpApi.class).javalin().unsafe.internalRouter.allHttpHandlers()
                .stream().map(parsed -> parsed.endpoint.path).collect(Collectors.toSet());
        templates.add("NOT_FOUND");
        templates.add("UNMATCHED");
        service.get("/api/v1/public/certificates/MC-2022-00000001-4");
        service.get("/no/such/path/850412413718");
        service.get("/api/v1/certificates?holder=850412413718");
        Map<String, Set<Map<String, String>>> series = scrape();

        assertThat(labels(series, "http_server_requests_seconds_count", "route")).isSubsetOf(templates)
                .contains("/api/v1/public/certificates/{number}", "NOT_FOUND");
        for (Set<Map<String, String>> all : series.values()) {
            for (Map<String, String> labels : all) {
                assertThat(labels.values()).allSatisfy(value -> assertThat(value)
                        .doesNotContainPattern("[0-9]{12}")
                        .doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-")
                        .doesNotContain("MC-20", "?"));
            }
        }
    }

    @Test
    void withoutTheToken_401_withTheDemoToken_200() {
        assertThat(service.get("/metrics").statusCode()).isEqualTo(401);
        assertThat(service.withAuthorization("Bearer " + OperationsConfig.DEMO_METRICS_TOKEN).get("/metrics")
                .statusCode()).isEqualTo(200);
        // a bearer token of the API is not the metrics token
        assertThat(service.asApplicant(DemoApplications.P02_IIN).get("/metrics").statusCode()).isEqualTo(401);
    }

    private static String metricsText() {
        HttpResponse<String> response = service.withAuthorization("Bearer " + OperationsConfig.DEMO_METRICS_TOKEN)
                .send(HttpRequest.newBuilder(service.uri("/metrics")).GET().build());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/plain; version=0.0.4"));
        return response.body();
    }

    /** Each series' name with the label sets it has. */
    private static Map<String, Set<Map<String, String>>> scrape() {
        Map<String, Set<Map<String, String>>> series = new java.util.TreeMap<>();
        for (String line : metricsText().split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher sample = SAMPLE.matcher(line);
            assertThat(sample.matches()).as(line).isTrue();
            Map<String, String> labels = new java.util.TreeMap<>();
            if (sample.group(3) != null) {
                Matcher label = LABEL.matcher(sample.group(3));
                while (label.find()) {
                    labels.put(label.group(1), label.group(2));
                }
            }
            series.computeIfAbsent(sample.group(1), name -> new HashSet<>()).add(labels);
        }
        return series;
    }

    private static Set<String> labels(Map<String, Set<Map<String, String>>> series, String name, String label) {
        return series.getOrDefault(name, Set.of()).stream().map(labels -> labels.get(label))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
    }

    private static double value(String text, String series) {
        for (String line : text.split("\n")) {
            if (line.startsWith(series + " ")) {
                return Double.parseDouble(line.substring(series.length() + 1).strip());
            }
        }
        throw new AssertionError("no series " + series + " in the metrics");
    }
}
