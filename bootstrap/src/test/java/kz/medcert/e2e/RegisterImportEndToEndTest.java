package kz.medcert.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import kz.medcert.adapters.registerfile.RegisterCsv;
import kz.medcert.application.testing.RegisterEntries;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.certificate.IssuedCertificate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An administrator loads part of the existing register over the real wiring (R75); employers then verify imported
 * certificates by number, and the expiry report counts them (R79).
 */
class RegisterImportEndToEndTest {
    private static final Instant NOW = Instant.parse("2026-11-20T05:00:00Z");
    private static RunningService service;
    private static List<IssuedCertificate> entries;
    private static HttpResponse<String> imported;

    @BeforeAll
    static void importRegister() {
        service = RunningService.start(Clock.fixed(NOW, ZoneOffset.UTC), Map.of());
        RegisterEntries generator = new RegisterEntries(2026, LocalDate.of(2026, 11, 20));
        // numbers from serial 1 of each year would clash with the demo entries seeded on first start
        entries = IntStream.range(0, 400).mapToObj(i -> generator.next())
                .filter(e -> !List.of(2020, 2021, 2022, 2023).contains(e.issuedOn().getYear())).toList();
        String csv = RegisterCsv.header() + "\n" + entries.stream().map(e -> RegisterCsv.line(e) + "\n")
                .collect(Collectors.joining());
        imported = service.as(new Actor.Admin("ADM-1")).send(HttpRequest.newBuilder(
                        service.uri("/api/v1/admin/register/imports?fileName=register.csv"))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv)).build());
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void everyRowIsImported() {
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(imported.body()).contains("\"completed\":true", "\"imported\":" + entries.size(),
                "\"rejected\":0");
    }

    @Test
    void anImportedCertificateIsVerifiedByNumber() {
        IssuedCertificate valid = entries.stream().filter(e -> e.revocation().isEmpty()
                && e.validUntil().filter(u -> u.isAfter(LocalDate.of(2026, 11, 20))).isPresent()).findFirst()
                .orElseThrow();

        HttpResponse<String> response = service.get("/api/v1/public/certificates/" + valid.number().value());

        assertThat(response.body()).contains("\"status\":\"VALID\"", "\"holder\":\"" + valid.holderName().initials());
    }

    @Test
    void theExpiryReportCountsTheImportedEntries() {
        long expiring2029 = entries.stream().filter(e -> e.revocation().isEmpty()
                && e.validUntil().filter(u -> u.getYear() == 2029).isPresent()).count();

        HttpResponse<String> report = service.as(new Actor.Admin("ADM-1"))
                .get("/api/v1/admin/reports/expiring?from=2029-01-01&to=2029-12-31");

        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).contains("\"expiring\":" + expiring2029 + ",");
    }
}
