package kz.medcert.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.event.KeyValuePair;

/**
 * Every request has an id (X-Request-Id: the client's when well-formed, else a new one), returned in the header, and
 * one access log line after it that names the route template and the id, never the path or its query string.
 */
class RequestIdTest {
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final String IIN = "850412413718";

    private final List<RequestObserver.CompletedRequest> observed = new CopyOnWriteArrayList<>();
    private final ListAppender<ILoggingEvent> accessLog = new ListAppender<>();
    private final Logger access = (Logger) LoggerFactory.getLogger(AccessLog.LOGGER);
    private Level levelBefore;
    private TestApi api;

    @BeforeEach
    void start() {
        accessLog.start();
        access.addAppender(accessLog);
        levelBefore = access.getLevel();
        access.setLevel(Level.INFO);
        api = TestApi.start(b -> b.requestObserver(observed::add));
    }

    @AfterEach
    void stop() {
        api.close();
        access.detachAppender(accessLog);
        access.setLevel(levelBefore);
    }

    @Test
    void aWellFormedIdOfTheClient_isReturned() {
        HttpResponse<String> response = api.send(HttpRequest.newBuilder(api.uri("/api/v1/reference-data"))
                .header("X-Request-Id", "gateway-7f3a:0001").GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Request-Id")).hasValue("gateway-7f3a:0001");
    }

    @Test
    void withoutOne_orWithOneThatIsNotWellFormed_aNewIdIsMade() {
        List<String> sent = List.of("", "has spaces", "semi;colon", "x".repeat(65), "<script>", "a\"b");
        for (String id : sent) {
            HttpRequest.Builder request = HttpRequest.newBuilder(api.uri("/ping")).GET();
            if (!id.isEmpty()) {
                request.header("X-Request-Id", id);
            }
            HttpResponse<String> response = api.send(request);

            assertThat(response.headers().firstValue("X-Request-Id")).as(id)
                    .hasValueSatisfying(made -> assertThat(made).matches(UUID));
        }
        assertThat(api.get("/ping").headers().firstValue("X-Request-Id"))
                .isNotEqualTo(api.get("/ping").headers().firstValue("X-Request-Id"));
    }

    @Test
    void theAccessLogLine_namesTheRouteTemplate_theStatus_andTheRequestId_neverThePath() {
        String id = "0f8fad5b-d9cb-469f-a165-70867728950e";
        api.anonymous().send(HttpRequest.newBuilder(api.uri("/api/v1/requests/" + id))
                .header("X-Request-Id", "client-42").GET());

        ILoggingEvent line = accessLog.list.get(accessLog.list.size() - 1);
        assertThat(line.getFormattedMessage()).isEqualTo("GET /api/v1/requests/{id} 401 " + durationOf(line) + " ms");
        assertThat(line.getMDCPropertyMap()).containsEntry(RequestIdHeader.MDC_KEY, "client-42");
        assertThat(line.getKeyValuePairs()).extracting(pair -> pair.key + "=" + pair.value)
                .contains("method=GET", "route=/api/v1/requests/{id}", "status=401");
        assertThat(observed).last().satisfies(request -> {
            assertThat(request.route()).isEqualTo("/api/v1/requests/{id}");
            assertThat(request.status()).isEqualTo(401);
            assertThat(request.method()).isEqualTo("GET");
        });
    }

    @Test
    void noIinOfAPathOrAQueryString_reachesTheLogOrTheObservers() {
        api.get("/api/v1/certificates?holder=" + IIN);
        api.get("/no-such-path/" + IIN);
        api.send("BREW", "/api/v1/requests");

        assertThat(accessLog.list).extracting(ILoggingEvent::getFormattedMessage)
                .allSatisfy(message -> assertThat(message).doesNotContain(IIN, "holder"))
                .anySatisfy(message -> assertThat(message).startsWith("GET /api/v1/certificates "))
                .anySatisfy(message -> assertThat(message).startsWith("GET NOT_FOUND 404 "))
                .anySatisfy(message -> assertThat(message).startsWith("OTHER "));
        assertThat(observed).extracting(RequestObserver.CompletedRequest::route)
                .contains("/api/v1/certificates", RequestObserver.NOT_FOUND);
    }

    private static String durationOf(ILoggingEvent line) {
        return line.getKeyValuePairs().stream().filter(pair -> pair.key.equals("durationMs"))
                .map((KeyValuePair pair) -> String.valueOf(pair.value)).findFirst().orElseThrow();
    }
}
