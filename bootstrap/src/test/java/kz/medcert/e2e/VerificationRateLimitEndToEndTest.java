package kz.medcert.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The configured public verification limit (MEDCERT_VERIFY_BURST, MEDCERT_VERIFY_RATE_PER_MINUTE) is the one the
 * running service applies. The clock stands still, so the bucket never refills: exactly the burst is admitted.
 */
class VerificationRateLimitEndToEndTest {

    @Test
    void theConfiguredBurstIsAdmitted_thenTooManyRequestsWithRetryAfter() {
        Clock still = Clock.fixed(Instant.parse("2026-11-20T05:00:00Z"), ZoneOffset.UTC);
        try (RunningService service = RunningService.start(still, Map.of("MEDCERT_VERIFY_BURST", "3",
                "MEDCERT_VERIFY_RATE_PER_MINUTE", "60"))) {
            for (int i = 0; i < 3; i++) {
                assertThat(service.get("/api/v1/public/certificates/MC-2022-00000001-4").statusCode()).isEqualTo(200);
            }
            HttpResponse<String> refused = service.get("/api/v1/public/certificates/MC-2022-00000001-4");

            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Retry-After")).contains("1"); // 60 a minute: one a second
        }
    }
}
