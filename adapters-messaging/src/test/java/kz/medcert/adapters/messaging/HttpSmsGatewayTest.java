package kz.medcert.adapters.messaging;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import kz.medcert.application.port.out.DeliveryOutcome;
import kz.medcert.application.port.out.SmsGateway.Sms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SMS provider's contract against a local HTTP double (WireMock): the JSON body and headers sent, and each kind of
 * answer mapped — 2xx sent, 4xx refused for good (but 408 and 429), 5xx and no answer in time to be tried again.
 */
class HttpSmsGatewayTest {
    private static final Sms CODE = new Sms("+7 701 234 56 78", "MedCert: код 482913", "CONSENT-42");

    @RegisterExtension
    static WireMockExtension provider = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
            .build();

    private HttpSmsGateway gateway(Duration timeout) {
        return new HttpSmsGateway(new SmsProviderSettings(URI.create(provider.baseUrl() + "/sms"),
                Optional.of("provider-token"), timeout));
    }

    @Test
    void a2xxAnswerIsSent_withTheDocumentedJsonBodyTokenAndIdempotencyKey() {
        provider.stubFor(post("/sms").willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"prov-7\"}")));

        DeliveryOutcome outcome = gateway(Duration.ofSeconds(5)).send(CODE);

        assertThat(outcome).isEqualTo(new DeliveryOutcome.Delivered("prov-7"));
        provider.verify(postRequestedFor(urlEqualTo("/sms"))
                .withHeader("Authorization", equalTo("Bearer provider-token"))
                .withHeader("Idempotency-Key", equalTo("CONSENT-42"))
                .withHeader("Content-Type", equalTo("application/json; charset=utf-8"))
                .withRequestBody(equalToJson("{\"to\":\"+7 701 234 56 78\",\"text\":\"MedCert: код 482913\","
                        + "\"idempotencyKey\":\"CONSENT-42\"}")));
    }

    @Test
    void aSuccessWithoutABodyIsSentToo() {
        provider.stubFor(post("/sms").willReturn(aResponse().withStatus(200)));

        assertThat(gateway(Duration.ofSeconds(5)).send(CODE)).isEqualTo(new DeliveryOutcome.Delivered("HTTP 200"));
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 422})
    void a4xxAnswerIsRefusedForGood(int status) {
        provider.stubFor(post("/sms").willReturn(aResponse().withStatus(status)));

        assertThat(gateway(Duration.ofSeconds(5)).send(CODE))
                .isEqualTo(new DeliveryOutcome.Rejected("the SMS provider answered " + status));
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 429, 500, 502, 503})
    void a5xxAnswer_orTimeoutOrTooManyRequests_isToBeTriedAgain(int status) {
        provider.stubFor(post("/sms").willReturn(aResponse().withStatus(status)));

        assertThat(gateway(Duration.ofSeconds(5)).send(CODE))
                .isEqualTo(new DeliveryOutcome.Deferred("the SMS provider answered " + status));
    }

    @Test
    void noAnswerWithinTheTimeoutIsToBeTriedAgain() {
        provider.stubFor(post("/sms").willReturn(aResponse().withStatus(200).withFixedDelay(2_000)));

        assertThat(gateway(Duration.ofMillis(300)).send(CODE)).isInstanceOf(DeliveryOutcome.Deferred.class)
                .extracting(o -> ((DeliveryOutcome.Deferred) o).reason()).asString().contains("did not answer");
    }

    @Test
    void aProviderThatIsNotListeningIsToBeTriedAgain() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        HttpSmsGateway gateway = new HttpSmsGateway(new SmsProviderSettings(
                URI.create("http://localhost:" + closedPort + "/sms"), Optional.empty(), Duration.ofSeconds(2)));

        assertThat(gateway.send(CODE)).isInstanceOf(DeliveryOutcome.Deferred.class);
    }
}
