package kz.medcert.adapters.messaging;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import kz.medcert.application.port.out.SmsGateway;
import kz.medcert.application.port.out.SmsGateway.Sms;
import kz.medcert.application.port.out.SmsGatewayContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The HTTP SMS gateway keeps the SMS contract against a local provider double (WireMock), as the fake does. */
class HttpSmsGatewayContractTest extends SmsGatewayContract {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static WireMockExtension provider = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
            .build();

    private static HttpSmsGateway gateway(URI uri, Duration timeout) {
        return new HttpSmsGateway(new SmsProviderSettings(uri, Optional.of("provider-token"), timeout));
    }

    private static HttpSmsGateway answering(int status, int delayMillis, Duration timeout) {
        provider.stubFor(post("/sms").willReturn(aResponse().withStatus(status).withFixedDelay(delayMillis)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"prov-7\"}")));
        return gateway(URI.create(provider.baseUrl() + "/sms"), timeout);
    }

    @Override
    protected SmsGateway toAProviderThatTakesIt() {
        return answering(202, 0, Duration.ofSeconds(5));
    }

    @Override
    protected SmsGateway toAProviderThatRefusesIt() {
        return answering(422, 0, Duration.ofSeconds(5));
    }

    @Override
    protected SmsGateway toAProviderThatIsDown() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return gateway(URI.create("http://localhost:" + socket.getLocalPort() + "/sms"), Duration.ofSeconds(2));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected SmsGateway toAProviderThatDoesNotAnswerInTime() {
        return answering(200, 2_000, Duration.ofMillis(300));
    }

    @Override
    protected List<Sms> whatTheProviderReceived() {
        return provider.getAllServeEvents().stream()
                .sorted(Comparator.comparing(event -> event.getRequest().getLoggedDate()))
                .map(event -> received(event.getRequest())).toList();
    }

    private static Sms received(LoggedRequest request) {
        try {
            JsonNode body = JSON.readTree(request.getBodyAsString());
            return new Sms(body.path("to").asText(), body.path("text").asText(), request.getHeader("Idempotency-Key"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
