package kz.medcert.bootstrap.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.StatusUtil;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.MDC;

/**
 * The service's own log configuration (logback.xml, as the jar ships it), in both formats: a line that carries an IIN
 * in its message, its request id, a key-value pair and its stack trace comes out with every IIN masked.
 */
class LogMaskingTest {
    private static final String IIN = "850412413718";
    private static final String MASKED = "85041*******";
    private static final String REQUEST = "0f8fad5b-d9cb-469f-a165-123456789012";

    @Test
    void readableLines_maskEveryIin_inTheMessage_theRequestId_andTheStackTrace() throws Exception {
        String out = logWith("text");

        assertThat(out).doesNotContain(IIN).contains("consent asked for applicant " + MASKED + " on request "
                + REQUEST, "[" + MASKED + "]", "IllegalStateException: no person " + MASKED);
        // each event begins with its time: no conversion word of the pattern leaks into the text
        assertThat(out).doesNotContain("%nopex");
        assertThat(out.lines().filter(line -> line.contains(" INFO ") || line.contains(" ERROR ")))
                .allMatch(line -> line.matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} .*"));
    }

    @Test
    void jsonLines_maskEveryIin_inEveryField() throws Exception {
        String out = logWith("json");

        assertThat(out).doesNotContain(IIN);
        List<JsonNode> lines = out.lines().map(LogMaskingTest::json).toList();
        assertThat(lines).hasSize(2);
        JsonNode consent = lines.get(0);
        assertThat(consent.path("message").asText()).isEqualTo("consent asked for applicant " + MASKED
                + " on request " + REQUEST);
        assertThat(consent.path("requestId").asText()).isEqualTo(MASKED);
        assertThat(consent.path("holder").asText()).isEqualTo(MASKED);
        assertThat(consent.path("level").asText()).isEqualTo("INFO");
        JsonNode failure = lines.get(1);
        assertThat(failure.path("stack_trace").asText()).contains("IllegalStateException: no person " + MASKED);
    }

    /** Logs two events through logback.xml configured for {@code format}; returns what reached standard output. */
    private static String logWith(String format) throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(MDC.getMDCAdapter());
        context.putProperty("MEDCERT_LOG_FORMAT", format);
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        PrintStream console = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            configurator.doConfigure(LogMaskingTest.class.getResource("/logback.xml"));
            // an element logback does not know is only a warning: here it fails the test
            assertThat(new StatusUtil(context).getHighestLevel(0)).as(format + " configuration")
                    .isLessThan(Status.WARN);
            Logger log = context.getLogger("kz.medcert.test");
            MDC.put("requestId", IIN); // a client may send anything well-formed as its X-Request-Id
            try {
                log.atInfo().addKeyValue("holder", IIN).log("consent asked for applicant {} on request {}", IIN,
                        REQUEST);
                log.warn("lookup failed", new IllegalStateException("no person " + IIN));
            } finally {
                MDC.remove("requestId");
            }
        } finally {
            context.stop();
            System.setOut(console);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private static JsonNode json(String line) {
        try {
            return new ObjectMapper().readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not a JSON line: " + line, e);
        }
    }
}
