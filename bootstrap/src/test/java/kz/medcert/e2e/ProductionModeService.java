package kz.medcert.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service outside demo mode, as an operator runs it: a database of its own (here a fresh in-memory one), the
 * identity provider's key ({@link IdentityProvider}), the service's key file, and consent codes sent by SMS through
 * the configured provider, a local HTTP double read for what it was sent. Codes may be asked for again at once
 * (no minute between them), so that a test need not wait.
 */
final class ProductionModeService implements AutoCloseable {
    private static final Pattern CODE = Pattern.compile("(?<![0-9])([0-9]{6})(?![0-9])");

    final RunningService service;
    final IdentityProvider idp;
    /** The SMS provider's double: it takes every text (202) unless a test stubs otherwise. */
    final WireMockServer smsProvider;

    private ProductionModeService(RunningService service, IdentityProvider idp, WireMockServer smsProvider) {
        this.service = service;
        this.idp = idp;
        this.smsProvider = smsProvider;
    }

    /** Starts it on {@code clock} (stopped: the identity provider issues its tokens then), with these settings too. */
    static ProductionModeService start(Clock clock, Map<String, String> settings) {
        IdentityProvider idp = IdentityProvider.issuingAt(clock.instant());
        WireMockServer sms = new WireMockServer(wireMockConfig().dynamicPort());
        sms.start();
        sms.stubFor(post("/sms").willReturn(aResponse().withStatus(202)));
        Path dir = temporaryDirectory();
        Map<String, String> env = new HashMap<>(settings);
        env.putAll(idp.settings(dir));
        env.put("MEDCERT_SMS_URL", sms.baseUrl() + "/sms");
        env.put("MEDCERT_DB_URL", "jdbc:hsqldb:mem:production-" + UUID.randomUUID() + ";hsqldb.tx=mvcc");
        env.put("MEDCERT_KEY_FILE", keyFile(dir).toString());
        env.put("MEDCERT_CONSENT_CODE_INTERVAL", "PT0S");
        return new ProductionModeService(RunningService.start(clock, env), idp, sms);
    }

    /** A random service key (MEDCERT_KEY_FILE), written to a file in {@code dir}. */
    static Path keyFile(Path dir) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        try {
            return Files.write(dir.resolve("medcert.key"), secret);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("medcert-production");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The service, with requests made with the identity provider's token of {@code subject} in {@code role}. */
    RunningService as(String subject, String role) {
        return service.withAuthorization("Bearer " + idp.token(subject, role));
    }

    /** The last text the SMS provider was sent, as the service sent it (JSON: to, text, idempotencyKey). */
    JsonNode lastSms() {
        List<LoggedRequest> texts = smsProvider.findAll(postRequestedFor(urlEqualTo("/sms")));
        assertThat(texts).as("texts sent to the SMS provider").isNotEmpty();
        try {
            return Journey.JSON.readTree(texts.get(texts.size() - 1).getBodyAsString());
        } catch (IOException e) {
            throw new IllegalStateException("the SMS provider was sent no JSON", e);
        }
    }

    /** The six-digit consent code in the last text the SMS provider was sent. */
    String lastCodeSent() {
        return codeIn(lastSms());
    }

    /** The six-digit consent code in this text sent to the SMS provider. */
    static String codeIn(JsonNode sms) {
        String text = sms.path("text").asText();
        Matcher code = CODE.matcher(text);
        assertThat(code.find()).as(text).isTrue();
        return code.group(1);
    }

    @Override
    public void close() {
        try {
            service.close();
        } finally {
            smsProvider.stop();
        }
    }
}
