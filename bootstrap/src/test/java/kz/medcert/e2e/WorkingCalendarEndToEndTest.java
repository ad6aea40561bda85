package kz.medcert.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import kz.medcert.bootstrap.CalendarConfig;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * R73, R77 over the real wiring: deadlines in 2027 are authoritative with the shipped calendar; a 2028 calendar given
 * in MEDCERT_CALENDAR_FILE is used by the deadlines without a rebuild; a broken one stops the start.
 */
class WorkingCalendarEndToEndTest {
    /** Monday 7 December 2026, 10:00 in Almaty. */
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-12-07T05:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    @DisplayName("R77: a submission in 2027 gets its deadline over Nauryz without CALENDAR_NOT_AUTHORITATIVE")
    void r77_aDeadlineIn2027_isAuthoritative() {
        try (RunningService service = RunningService.start(TODAY, Map.of())) {
            JsonNode evaluation = evaluate(service, "2027-03-19");

            // Friday 19 March 2027: Mon 22 and Tue 23 are Nauryz, Wed 24 the Sunday's move (R77); 5 working days (R73)
            assertThat(evaluation.path("registeredOn").asText()).isEqualTo("2027-03-19");
            assertThat(evaluation.path("decisionDue").asText()).isEqualTo("2027-03-31");
            assertThat(evaluation.path("reviewNotes").findValuesAsText("code"))
                    .doesNotContain("CALENDAR_NOT_AUTHORITATIVE");
        }
    }

    @Test
    @DisplayName("R77: a 2028 file in MEDCERT_CALENDAR_FILE is used by the deadlines, /health and the reference data")
    void r77_a2028FileIsUsedWithoutARebuild() throws IOException {
        Path file = Files.write(dir.resolve("calendar-2028.tsv"), List.of(
                "# the calendar of 2028, as an administrator adds it",
                "act\tDecree of the Government of the Republic of Kazakhstan on days off in 2028 (test)",
                "year\t2028",
                "date\tKURBAN_AIT\t2028-05-05\tANNOUNCED\tҚМДБ announcement (test)",
                "transfer\t2028-05-13\t2028-05-12\tGovernment decree on the transfer of days off in 2028 (test)"),
                StandardCharsets.UTF_8);
        // Thursday 4 May 2028; without the file: Fri 5 counts, due Mon 15 May, and the note says 2028 is unknown
        try (RunningService shipped = RunningService.start(TODAY, Map.of())) {
            JsonNode evaluation = evaluate(shipped, "2028-05-04");
            assertThat(evaluation.path("decisionDue").asText()).isEqualTo("2028-05-15");
            assertThat(evaluation.path("reviewNotes").findValuesAsText("code")).contains("CALENDAR_NOT_AUTHORITATIVE");
        }

        try (RunningService service = RunningService.start(TODAY,
                Map.of(CalendarConfig.VARIABLE, file.toString()))) {
            JsonNode evaluation = evaluate(service, "2028-05-04");

            // Fri 5 Kurban Ait, Mon 8 (Sunday 7 May moved), Tue 9 Victory Day; Fri 12 off, Sat 13 worked by decree
            assertThat(evaluation.path("decisionDue").asText()).isEqualTo("2028-05-16");
            assertThat(evaluation.path("reviewNotes").findValuesAsText("code"))
                    .doesNotContain("CALENDAR_NOT_AUTHORITATIVE");
            JsonNode health = Journey.json(service.get("/health")).path("details").path("workingCalendar");
            assertThat(health.path("coveredUntil").asText()).isEqualTo("2028-12-31");
            assertThat(health.path("warning").isNull()).isTrue();
            JsonNode calendar = Journey.json(service.get("/api/v1/reference-data")).path("workingCalendar");
            assertThat(calendar.path("coveredUntil").asText()).isEqualTo("2028-12-31");
            assertThat(calendar.path("acts").toString()).contains("days off in 2028 (test)");
        }
    }

    @Test
    @DisplayName("R77: a broken calendar file stops the start with a non-zero exit naming the file, line and problem")
    void r77_aBrokenFileStopsTheStart() throws IOException, InterruptedException {
        Path file = Files.write(dir.resolve("broken.tsv"), List.of(
                "act\tDecree (test)", "year\t2028", "date\tKURBAN_AIT\t2028-02-30\tESTIMATED\testimate"),
                StandardCharsets.UTF_8);
        Path data = Files.createDirectory(dir.resolve("data"));

        ServiceProcess.Exit exit = ServiceProcess.runUntilExit(data,
                Map.of(CalendarConfig.VARIABLE, file.toString()));

        assertThat(exit.status()).as(exit.output()).isEqualTo(2);
        assertThat(exit.output()).contains("configuration error", "MEDCERT_CALENDAR_FILE",
                file.toAbsolutePath() + ":3: `2028-02-30` is not a day that exists");
        assertThat(exit.output()).doesNotContain("MedCert KZ started");
    }

    private static JsonNode evaluate(RunningService service, String day) {
        String body = DemoApplications.README_EVALUATION.replace("\"applicationDate\": \"2024-12-02\"",
                "\"applicationDate\": \"" + day + "\"").replace("\"submittedAt\": \"2024-12-02T10:00:00+05:00\"",
                "\"submittedAt\": \"" + day + "T10:00:00+05:00\"");
        HttpResponse<String> response = service.postJson("/api/v1/evaluations", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Journey.json(response);
    }
}
