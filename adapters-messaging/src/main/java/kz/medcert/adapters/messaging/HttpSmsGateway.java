package kz.medcert.adapters.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import kz.medcert.application.port.out.DeliveryOutcome;
import kz.medcert.application.port.out.SmsGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An SMS provider over HTTP. The contract (README, "SMS provider"): one {@code POST} to the configured URL per message
 * with the JSON body {@code {"to": "+7 701 234 56 78", "text": "...", "idempotencyKey": "..."}} (the key also in the
 * {@code Idempotency-Key} header) and, when configured, {@code Authorization: Bearer <token>}. The answer decides:
 * <ul>
 *   <li>2xx: sent (the body's {@code id}, if any, is the receipt);</li>
 *   <li>408 and 429 (timed out, too many requests) and 5xx, no answer within the timeout, no connection: not sent
 *       now, to be tried again with the same key;</li>
 *   <li>any other 4xx (a malformed number, a refused sender, bad credentials): refused for good.</li>
 * </ul>
 * The number is never logged, only its last two digits; the text never (it may carry a consent code).
 */
public final class HttpSmsGateway implements SmsGateway {
    private static final Logger LOG = LoggerFactory.getLogger(HttpSmsGateway.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SmsProviderSettings settings;
    private final HttpClient client;

    public HttpSmsGateway(SmsProviderSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.client = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public DeliveryOutcome send(Sms sms) {
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.url()).timeout(settings.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Accept", "application/json")
                .header("Idempotency-Key", sms.idempotencyKey())
                .POST(HttpRequest.BodyPublishers.ofString(body(sms), StandardCharsets.UTF_8));
        settings.token().ifPresent(token -> request.header("Authorization", "Bearer " + token));
        DeliveryOutcome outcome;
        try {
            HttpResponse<String> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            outcome = outcome(response.statusCode(), response.body());
        } catch (HttpTimeoutException e) {
            outcome = new DeliveryOutcome.Deferred("the SMS provider did not answer within " + settings.timeout());
        } catch (IOException e) {
            outcome = new DeliveryOutcome.Deferred("the SMS provider could not be reached: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome = new DeliveryOutcome.Deferred("interrupted while sending");
        }
        LOG.info("SMS {} to {}: {}", sms.idempotencyKey(), sms.maskedTo(), outcome);
        return outcome;
    }

    static DeliveryOutcome outcome(int status, String body) {
        if (status >= 200 && status < 300) {
            return new DeliveryOutcome.Delivered(receipt(status, body));
        }
        String answer = "the SMS provider answered " + status;
        if (status == 408 || status == 429 || status >= 500) {
            return new DeliveryOutcome.Deferred(answer);
        }
        return new DeliveryOutcome.Rejected(answer);
    }

    private static String receipt(int status, String body) {
        try {
            JsonNode id = JSON.readTree(body == null || body.isBlank() ? "{}" : body).path("id");
            return id.isValueNode() ? id.asText() : "HTTP " + status;
        } catch (JsonProcessingException e) {
            return "HTTP " + status;
        }
    }

    private static String body(Sms sms) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("to", sms.to());
        fields.put("text", sms.text());
        fields.put("idempotencyKey", sms.idempotencyKey());
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings is always JSON", e);
        }
    }
}
