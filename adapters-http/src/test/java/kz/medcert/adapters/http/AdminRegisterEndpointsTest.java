package kz.medcert.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import kz.medcert.application.fakes.LineRegisterFile;
import kz.medcert.application.testing.RegisterEntries;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.audit.AuditEntry;
import kz.medcert.domain.certificate.IssuedCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The administrator's register import and expiry report over HTTP (R75, R79), with their limits and access. The
 * register file's layout is another adapter's: here its stand-in ({@link LineRegisterFile}, one entry's number a
 * line) reads and writes the bodies; the CSV layout over HTTP is in bootstrap's RegisterImportEndToEndTest.
 */
class AdminRegisterEndpointsTest {
    static final String IMPORTS = "/api/v1/admin/register/imports";
    static final String EXPIRING = "/api/v1/admin/reports/expiring";
    static final Actor.Admin ADMIN = new Actor.Admin("ADM-1");
    /** The test API's clock stands on 2024-12-02 in Almaty: nothing may be issued after it. */
    static final LocalDate TODAY = LocalDate.of(2024, 12, 2);

    private final TestApi api = TestApi.start();
    private final TestApi admin = api.as(ADMIN);

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void anAdministratorImportsAFile_largerThanTheJsonLimit_andGetsTheSummary_R75() {
        List<IssuedCertificate> entries = entries(4_000);
        String csv = csv(entries);
        assertThat(csv.getBytes(StandardCharsets.UTF_8).length).isGreaterThan((int) HttpSettings.DEFAULT_MAX_BODY_BYTES);

        HttpResponse<String> response = admin.post(IMPORTS + "?fileName=register-2024.csv", "text/csv", csv);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode summary = TestApi.json(response);
        assertThat(summary.path("completed").asBoolean()).isTrue();
        assertThat(summary.path("fileName").asText()).isEqualTo("register-2024.csv");
        assertThat(summary.path("rowsRead").asLong()).isEqualTo(4_000);
        assertThat(summary.path("imported").asLong()).isEqualTo(4_000);
        assertThat(summary.path("sha256").asText()).hasSize(64);
        // as written, with what a later entry of the holder replaced marked (R14, R75)
        java.util.Map<String, IssuedCertificate> expected = new java.util.HashMap<>();
        entries.forEach(e -> expected.put(e.number().value(), e));
        kz.medcert.domain.certificate.Supersessions.pending(entries).forEach(e -> expected.put(e.number().value(), e));
        entries.forEach(e -> assertThat(api.journey().register.find(e.number())).contains(
                expected.get(e.number().value())));
        assertThat(api.journey().auditTrail.trailOf(new kz.medcert.domain.request.RequestId(
                java.util.UUID.fromString(summary.path("importId").asText())))).extracting(AuditEntry::event)
                .containsExactly("REGISTER_IMPORT_STARTED", "REGISTER_IMPORT_FINISHED");
    }

    @Test
    void rejectedRowsAreListedByLineAndField_andARerunSkipsTheRest() {
        String csv = csv(entries(3)) + LineRegisterFile.rejected("specialty", "not a code of the List") + "\n";
        admin.post(IMPORTS, "text/csv; charset=utf-8", csv);

        JsonNode rerun = TestApi.json(admin.post(IMPORTS, "text/csv", csv));

        assertThat(rerun.path("imported").asLong()).isZero();
        assertThat(rerun.path("alreadyRegistered").asLong()).isEqualTo(3);
        assertThat(rerun.path("rejected").asLong()).isEqualTo(1);
        JsonNode reject = rerun.path("rejects").get(0);
        assertThat(reject.path("line").asLong()).isEqualTo(5);
        assertThat(reject.path("errors").get(0).path("field").asText()).isEqualTo("specialty");
        assertThat(reject.path("errors").get(0).path("message").asText()).isEqualTo("not a code of the List");
    }

    @Test
    void aHeaderWithoutARequiredColumn_is400NamingIt() {
        HttpResponse<String> response = admin.post(IMPORTS, "text/csv", LineRegisterFile.rejected("given_name",
                "the header lacks the required column given_name") + "\n");

        Problems.assertProblem(response, 400, "invalid-request");
        assertThat(TestApi.json(response).path("errors").get(0).path("field").asText()).isEqualTo("given_name");
        assertThat(TestApi.json(response).path("detail").asText())
                .isEqualTo("The file cannot be imported: the header lacks the required column given_name.");
    }

    @Test
    void aBodyThatIsNotCsv_is415_andABadFileName_is400() {
        Problems.assertProblem(admin.postJson(IMPORTS, "{}"), 415, "unsupported-media-type");
        // a malformed charset is refused before any handler, as on every endpoint (issue 13): 400 naming the header
        HttpResponse<String> malformedCharset = admin.post(IMPORTS, "text/csv; charset=\"", csv(entries(1)));
        Problems.assertProblem(malformedCharset, 400, "invalid-request");
        assertThat(TestApi.json(malformedCharset).path("errors").get(0).path("field").asText())
                .isEqualTo("Content-Type");
        assertThat(api.journey().register.batches()).isZero();
        HttpResponse<String> badName = admin.post(IMPORTS + "?fileName=..%2F..%2Fetc%2Fpasswd", "text/csv",
                csv(entries(1)));
        Problems.assertProblem(badName, 400, "invalid-request");
        assertThat(TestApi.json(badName).path("errors").get(0).path("field").asText()).isEqualTo("fileName");
    }

    @Test
    void aDeclaredBodyBeyondTheImportLimit_is413_beforeAnythingIsImported() {
        String csv = justOverTheImportLimit();

        HttpResponse<String> response = admin.post(IMPORTS, "text/csv", csv);

        Problems.assertProblem(response, 413, "content-too-large");
        assertThat(TestApi.json(response).path("detail").asText()).contains("Nothing was imported");
        assertThat(api.journey().register.batches()).isZero();
    }

    @Test
    void aStreamedBodyBeyondTheImportLimit_is413_sayingHowFarTheImportGot() {
        byte[] csv = justOverTheImportLimit().getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = admin.send(HttpRequest.newBuilder(admin.uri(IMPORTS))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(csv))));

        Problems.assertProblem(response, 413, "content-too-large");
        assertThat(TestApi.json(response).path("detail").asText()).contains("importing the whole file again skips");
    }

    @Test
    void onlyAnAdministratorImportsOrReadsTheReport() {
        Actor officer = new Actor.Officer("OFF-1", Department.of(Region.ALMATY_CITY));
        String csv = csv(entries(1));

        Problems.assertProblem(api.as(officer).post(IMPORTS, "text/csv", csv), 403, "forbidden");
        Problems.assertProblem(api.post(IMPORTS, "text/csv", csv), 403, "forbidden"); // an applicant
        Problems.assertProblem(api.anonymous().post(IMPORTS, "text/csv", csv), 401, "unauthorized");
        Problems.assertProblem(api.as(officer).get(EXPIRING + "?from=2025-01-01&to=2025-12-31"), 403,
                "forbidden");
        assertThat(api.journey().register.batches()).isZero();
    }

    @Test
    void theExpiryReportCountsPerDepartmentAndSpecialty_R79() {
        List<IssuedCertificate> entries = entries(300);
        admin.post(IMPORTS, "text/csv", csv(entries));
        long expected = entries.stream().filter(e -> e.validUntil()
                .filter(u -> u.getYear() == 2026).isPresent() && e.revocation().isEmpty()).count();

        HttpResponse<String> response = admin.get(EXPIRING + "?from=2026-01-01&to=2026-12-31");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode report = TestApi.json(response);
        assertThat(report.path("expiring").asLong()).isEqualTo(expected).isPositive();
        long sum = 0;
        for (JsonNode line : report.path("lines")) {
            sum += line.path("expiring").asLong();
            assertThat(line.path("toConfirm").asLong())
                    .isEqualTo(line.path("expiring").asLong() - line.path("confirmed").asLong());
        }
        assertThat(sum).isEqualTo(expected);
    }

    @Test
    void theHoldersStillToConfirm_comeAsCsvInTheImportLayout_uncached_andTheExportIsAudited() {
        List<IssuedCertificate> entries = entries(300);
        admin.post(IMPORTS, "text/csv", csv(entries));
        JsonNode report = TestApi.json(admin.get(EXPIRING + "?from=2026-01-01&to=2026-12-31&department=ASTANA"));

        HttpResponse<String> response = admin.get(EXPIRING + "?from=2026-01-01&to=2026-12-31&department=astana"
                + "&format=csv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/csv"));
        assertThat(response.headers().firstValue("Cache-Control")).contains("no-store");
        List<String> lines = response.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo(LineRegisterFile.HEADER);
        assertThat(lines).hasSize(1 + report.path("toConfirm").asInt());
        List<String> astana = entries.stream().filter(e -> e.department().code().equals("ASTANA"))
                .map(e -> e.number().value()).toList();
        assertThat(lines.subList(1, lines.size())).isNotEmpty().allSatisfy(line -> assertThat(astana).contains(line));
        assertThat(api.journey().auditTrail.all()).extracting(AuditEntry::event).contains("EXPIRING_HOLDERS_EXPORTED");
    }

    @Test
    void badReportParameters_are400NamingThem() {
        assertField(admin.get(EXPIRING + "?to=2026-12-31"), "from");
        assertField(admin.get(EXPIRING + "?from=2026-02-30&to=2026-12-31"), "from");
        assertField(admin.get(EXPIRING + "?from=2026-02-01&to=2026-01-31"), "to");
        assertField(admin.get(EXPIRING + "?from=2026-01-01&to=2026-12-31&department=MARS"), "department");
        assertField(admin.get(EXPIRING + "?from=2026-01-01&to=2026-12-31&format=xlsx"), "format");
    }

    private static void assertField(HttpResponse<String> response, String field) {
        Problems.assertProblem(response, 400, "invalid-request");
        assertThat(TestApi.json(response).path("errors").get(0).path("field").asText()).isEqualTo(field);
    }

    /** A few kilobytes over the limit: the server stops reading early, and the client is done sending by then. */
    private String justOverTheImportLimit() {
        RegisterEntries generator = new RegisterEntries(7, TODAY);
        StringBuilder csv = new StringBuilder(LineRegisterFile.HEADER).append('\n');
        while (csv.toString().getBytes(StandardCharsets.UTF_8).length < JourneyServices.MAX_IMPORT_BYTES + 4096) {
            for (int i = 0; i < 200; i++) {
                IssuedCertificate entry = generator.next();
                api.journey().registerFile.knowing(List.of(entry));
                csv.append(entry.number().value()).append('\n');
            }
        }
        return csv.toString();
    }

    /** Generated entries, which the stand-in layout knows by their numbers. */
    private List<IssuedCertificate> entries(int count) {
        RegisterEntries generator = new RegisterEntries(7, TODAY);
        List<IssuedCertificate> entries = IntStream.range(0, count).mapToObj(i -> generator.next()).toList();
        api.journey().registerFile.knowing(entries);
        return entries;
    }

    private static String csv(List<IssuedCertificate> entries) {
        return LineRegisterFile.file(entries);
    }
}
