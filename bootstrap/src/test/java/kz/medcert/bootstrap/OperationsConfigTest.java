package kz.medcert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import kz.medcert.adapters.http.operations.MetricsEndpoint;
import kz.medcert.bootstrap.OperationsConfig.LogFormat;
import org.junit.jupiter.api.Test;

/**
 * Where /metrics is and who may read it: behind MEDCERT_METRICS_TOKEN, on MEDCERT_METRICS_PORT, in demo mode behind
 * the demo token, and otherwise nowhere; and the log format, checked at the start.
 */
class OperationsConfigTest {
    private static final String TOKEN = "0123456789abcdef0123456789abcdef";
    private static final MetricsEndpoint.Source METRICS = new MetricsEndpoint.Source() {
        @Override
        public String contentType() {
            return "text/plain";
        }

        @Override
        public String text() {
            return "";
        }
    };

    @Test
    void outsideDemoMode_withNeitherTokenNorPort_theMetricsAreOff() {
        OperationsConfig config = OperationsConfig.fromEnvironment(Map.of(), false, 8080);

        assertThat(config.onApiPort(METRICS).isOn()).isFalse();
        assertThat(config.onOwnPort(METRICS)).isEmpty();
        assertThat(config.describeMetrics()).contains("off");
    }

    @Test
    void inDemoMode_withNeither_theDemoTokenOpensThem() {
        OperationsConfig config = OperationsConfig.fromEnvironment(Map.of(), true, 8080);

        assertThat(config.onApiPort(METRICS)).hasToString("behind a bearer token");
        assertThat(config.describeMetrics()).contains(OperationsConfig.DEMO_METRICS_TOKEN);
    }

    @Test
    void aConfiguredToken_guardsThemOnTheApisPort_inAndOutOfDemoMode() {
        for (boolean demo : new boolean[] {true, false}) {
            OperationsConfig config = OperationsConfig.fromEnvironment(Map.of("MEDCERT_METRICS_TOKEN", TOKEN), demo,
                    8080);

            assertThat(config.onApiPort(METRICS)).hasToString("behind a bearer token");
            assertThat(config.onOwnPort(METRICS)).isEmpty();
            assertThat(config.describeMetrics()).doesNotContain(TOKEN);
        }
    }

    @Test
    void aPortOfTheirOwn_takesThemOffTheApisPort_openThere_orBehindTheTokenWhenOneIsSet() {
        OperationsConfig open = OperationsConfig.fromEnvironment(Map.of("MEDCERT_METRICS_PORT", "9464"), false, 8080);
        OperationsConfig guarded = OperationsConfig.fromEnvironment(Map.of("MEDCERT_METRICS_PORT", "9464",
                "MEDCERT_METRICS_TOKEN", TOKEN), true, 8080);

        assertThat(open.metricsPort()).isEqualTo(OptionalInt.of(9464));
        assertThat(open.onApiPort(METRICS).isOn()).isFalse();
        assertThat(open.onOwnPort(METRICS)).hasValueSatisfying(e -> assertThat(e).hasToString("open"));
        assertThat(guarded.onApiPort(METRICS).isOn()).isFalse();
        assertThat(guarded.onOwnPort(METRICS)).hasValueSatisfying(e -> assertThat(e)
                .hasToString("behind a bearer token"));
    }

    @Test
    void aWeakToken_theDemoTokenOutsideDemoMode_aBadPort_andAnUnknownLogFormat_stopTheStart() {
        assertThatThrownBy(() -> OperationsConfig.fromEnvironment(Map.of("MEDCERT_METRICS_TOKEN", "secret"), false,
                8080)).hasMessageContaining("MEDCERT_METRICS_TOKEN").hasMessageContaining("32");
        assertThatThrownBy(() -> OperationsConfig.fromEnvironment(Map.of("MEDCERT_METRICS_TOKEN",
                OperationsConfig.DEMO_METRICS_TOKEN), false, 8080)).hasMessageContaining("demo token");
        assertThatThrownBy(() -> OperationsConfig.fromEnvironment(Map.of("MEDCERT_METRICS_PORT", "70000"), false,
                8080)).hasMessageContaining("MEDCERT_METRICS_PORT");
        assertThatThrownBy(() -> OperationsConfig.fromEnvironment(Map.of("MEDCERT_METRICS_PORT", "8080"), false,
                8080)).hasMessageContaining("MEDCERT_PORT");
        assertThatThrownBy(() -> OperationsConfig.fromEnvironment(Map.of("MEDCERT_LOG_FORMAT", "JSON"), false,
                8080)).hasMessageContaining("text or json");
    }

    @Test
    void theLogFormat_isTextByDefault_orJson() {
        assertThat(OperationsConfig.fromEnvironment(Map.of(), true, 0).logFormat()).isEqualTo(LogFormat.TEXT);
        assertThat(OperationsConfig.fromEnvironment(Map.of("MEDCERT_LOG_FORMAT", "json"), true, 0).logFormat())
                .isEqualTo(LogFormat.JSON);
    }

    @Test
    void appConfigReadsIt_withTheApisPortAndDemoMode() {
        Map<String, String> env = new HashMap<>(Map.of("MEDCERT_METRICS_PORT", "0", "MEDCERT_PORT", "0"));

        AppConfig config = AppConfig.fromEnvironment(env);

        assertThat(config.operations().metricsPort()).isEqualTo(OptionalInt.of(0));
        assertThat(config.operations().demo()).isTrue();
        assertThat(config.withPort(1234).operations()).isEqualTo(config.operations());
    }
}
