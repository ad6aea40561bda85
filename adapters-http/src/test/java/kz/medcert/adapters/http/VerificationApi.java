package kz.medcert.adapters.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import kz.medcert.adapters.http.verification.CertificateVerificationController;
import kz.medcert.application.fakes.InMemoryCertificateRegister;
import kz.medcert.application.fakes.MutableClock;
import kz.medcert.application.service.verification.VerifyCertificateService;
import kz.medcert.domain.reference.SpecialtyCatalogue;

/**
 * The verification controller over the real service, an in-memory register and a clock the test moves (the status
 * date and the rate limit both follow it), in an API of its own on a free port with no token verifier at all: what
 * answers here answers without a token.
 */
final class VerificationApi implements AutoCloseable {
    /** Friday 20 November 2026, 10:00 in Almaty. */
    static final String NOW = "2026-11-20T10:00+05:00";
    /** Enough for any test that is not about the rate limit. */
    static final RateLimit GENEROUS = new RateLimit(60_000, 10_000);

    final InMemoryCertificateRegister register = new InMemoryCertificateRegister();
    final MutableClock clock = MutableClock.at(NOW);
    final CertificateVerificationController controller;
    private final HttpApi api;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private VerificationApi(RateLimit limit) {
        controller = new CertificateVerificationController(new VerifyCertificateService(register,
                SpecialtyCatalogue.standard(), clock), limit, clock);
        HttpApi built = HttpApi.builder().controller(controller).build();
        controller.registerPages(built);
        api = built.start("127.0.0.1", 0);
    }

    static VerificationApi start() {
        return new VerificationApi(GENEROUS);
    }

    static VerificationApi start(RateLimit limit) {
        return new VerificationApi(limit);
    }

    /** The controller as {@link TestApi} registers it: over an empty register, with a generous limit. */
    static CertificateVerificationController standalone() {
        MutableClock clock = MutableClock.at(NOW);
        return new CertificateVerificationController(new VerifyCertificateService(new InMemoryCertificateRegister(),
                SpecialtyCatalogue.standard(), clock), GENEROUS, clock);
    }

    HttpResponse<String> get(String path, String... headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + path))
                    .timeout(Duration.ofSeconds(20)).GET();
            if (headers.length > 0) {
                request.headers(headers);
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        api.stop();
    }
}
