package kz.medcert.adapters.http;

import static kz.medcert.adapters.http.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import kz.medcert.application.fakes.MutableClock;
import kz.medcert.application.testing.CertificateFixtures;
import org.junit.jupiter.api.Test;

/** One token bucket per client IP over the JSON and the page: 429 with Retry-After past the burst, then recovery. */
class RateLimitTest {
    private static final RateLimit LIMIT = new RateLimit(30, 10);

    @Test
    void theApi_answers429WithRetryAfter_pastTheBurst_andAdmitsAgainOnceRefilled() {
        try (VerificationApi api = VerificationApi.start(LIMIT)) {
            api.register.add(CertificateFixtures.valid());
            String path = "/api/v1/public/certificates/" + CertificateFixtures.valid().number();
            for (int i = 1; i <= LIMIT.burst(); i++) {
                assertThat(api.get(path).statusCode()).as("request %d", i).isEqualTo(200);
            }

            HttpResponse<String> refused = api.get(path);

            JsonNode problem = assertProblem(refused, 429, "too-many-requests");
            assertThat(problem.path("title").asText()).isEqualTo("Too many requests");
            assertThat(refused.headers().firstValue("Retry-After")).contains("2");

            api.clock.advance(Duration.ofSeconds(2));
            assertThat(api.get(path).statusCode()).isEqualTo(200);
            assertThat(api.get(path).statusCode()).isEqualTo(429);

            api.clock.advance(Duration.ofMinutes(1));
            for (int i = 1; i <= LIMIT.burst(); i++) {
                assertThat(api.get(path).statusCode()).as("after a minute, request %d", i).isEqualTo(200);
            }
        }
    }

    @Test
    void theJsonAndThePage_shareOneBudget_andThePageSays429InKazakhAndRussian() {
        try (VerificationApi api = VerificationApi.start(LIMIT)) {
            for (int i = 1; i <= LIMIT.burst(); i++) {
                api.get(i % 2 == 0 ? "/verify" : "/api/v1/public/certificates/12345");
            }

            HttpResponse<String> page = api.get("/verify/" + CertificateFixtures.valid().number());

            assertThat(page.statusCode()).isEqualTo(429);
            assertThat(page.headers().firstValue("Retry-After")).contains("2");
            assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/html"));
            assertThat(page.body()).contains("Сұраулар тым көп").contains("Слишком много запросов");
        }
    }

    @Test
    void eachClientHasItsOwnBucket() {
        MutableClock clock = MutableClock.at(VerificationApi.NOW);
        RateLimiter limiter = new RateLimiter(new RateLimit(30, 2), clock);

        limiter.acquire("10.0.0.1");
        limiter.acquire("10.0.0.1");

        assertThat(limiter.acquire("10.0.0.1")).contains(Duration.ofSeconds(2));
        assertThat(limiter.acquire("10.0.0.2")).isEmpty();
    }

    @Test
    void aRefusedClient_waitsOnlyForTheNextToken() {
        MutableClock clock = MutableClock.at(VerificationApi.NOW);
        RateLimiter limiter = new RateLimiter(new RateLimit(30, 1), clock);
        limiter.acquire("a");

        clock.advance(Duration.ofMillis(1500));

        assertThat(limiter.acquire("a")).contains(Duration.ofMillis(500));
        clock.advance(Duration.ofMillis(500));
        assertThat(limiter.acquire("a")).isEmpty();
    }

    @Test
    void theNumberOfBucketsStaysBounded_droppingIdleClientsFirst() {
        MutableClock clock = MutableClock.at(VerificationApi.NOW);
        RateLimiter limiter = new RateLimiter(new RateLimit(60, 1), clock, 3);
        limiter.acquire("idle-a");
        limiter.acquire("idle-b");
        clock.advance(Duration.ofSeconds(5));
        limiter.acquire("busy");

        limiter.acquire("c");

        assertThat(limiter.clients()).isLessThanOrEqualTo(3);
        assertThat(limiter.acquire("busy")).isPresent();
    }

    @Test
    void aRateLimitAdmitsAtLeastOneRequest() {
        assertThatThrownBy(() -> new RateLimit(0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimit(30, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
