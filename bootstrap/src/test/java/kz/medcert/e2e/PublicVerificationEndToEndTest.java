package kz.medcert.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An employer verifies certificates by number, without a token, against the demo register seeded on first start:
 * valid, expired, revoked, unknown and mistyped numbers; never the IIN or the full name.
 */
class PublicVerificationEndToEndTest {
    private static RunningService service;

    @BeforeAll
    static void start() {
        service = RunningService.onDemoDay();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void valid_R14_R79() {
        HttpResponse<String> response = service.get("/api/v1/public/certificates/MC-2022-00000001-4");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"VALID\"", "\"holder\":\"Абенова А. Б.\"",
                "\"validUntil\":\"2027-03-01\"").doesNotContain("850412413718").doesNotContain("Айгерим")
                .doesNotContain("Болатқызы");
    }

    @Test
    void expiredAndRevoked_R88() {
        assertThat(service.get("/api/v1/public/certificates/MC-2020-00000001-2").body())
                .contains("\"status\":\"EXPIRED\"");
        assertThat(service.get("/api/v1/public/certificates/MC-2023-00000001-8").body())
                .contains("\"status\":\"REVOKED\"", "GROUND_4_COURT_PROHIBITION");
    }

    @Test
    void unknown404_mistyped400() {
        assertThat(service.get("/api/v1/public/certificates/MC-2024-00000099-" + checkDigitOf()).statusCode())
                .isEqualTo(404);
        HttpResponse<String> mistyped = service.get("/api/v1/public/certificates/MC-2022-00000001-5");
        assertThat(mistyped.statusCode()).isEqualTo(400);
        assertThat(mistyped.body()).contains("mistyped");
    }

    @Test
    void theServerRenderedPageShowsTheStatusInKazakhAndRussian() {
        HttpResponse<String> page = service.get("/verify/MC-2023-00000001-8");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .contains("text/html"));
        assertThat(page.body()).contains("REVOKED").doesNotContain("750525341502");
    }

    private static String checkDigitOf() {
        return kz.medcert.domain.certificate.CertificateNumbers.issue(java.time.Year.of(2024), 99).value()
                .substring(17);
    }
}
