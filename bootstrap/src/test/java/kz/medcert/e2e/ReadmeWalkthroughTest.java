package kz.medcert.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import kz.medcert.domain.calendar.KazakhstanTime;
import kz.medcert.domain.calendar.ServiceDeadlinePolicy;
import kz.medcert.domain.calendar.WorkingCalendar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs README's curl walk-through, exactly as written, with bash and curl against a live service (see
 * {@link ReadmeScripts} for the two things that differ from a user's run).
 */
class ReadmeWalkthroughTest {
    private static RunningService service;

    @BeforeAll
    static void start() {
        service = RunningService.start(Clock.systemUTC(), Map.of());
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void walkthroughTakesARequestToAcceptedAndConfirmed_R14_R22_R73_R75_R78() throws IOException,
            InterruptedException {
        Instant before = Instant.now();
        String output = run("walkthrough");
        Instant after = Instant.now();

        assertThat(output).contains("\"result\":\"ELIGIBLE\"", "\"decisionDue\":\"2024-12-09\"",
                "\"status\":\"AWAITING_DOCUMENTS\"", "\"status\":\"ISSUED\"", "\"decisionDue\":\"",
                "\"decision\":{\"kind\":\"ISSUED\",\"certificateNumber\":\"MC-",
                "no token: 401", "another applicant: 404", "officer: 200",
                "\"supersededBy\":\"MC-", "\"number\":\"MC-2022-00000001-4\"", "\"total\":");
        // the service runs on the real clock: after working hours the certificate is dated the next working day
        assertThat(Stream.of(before, after).map(ReadmeWalkthroughTest::publicStatusOfAResultAt).distinct())
                .anySatisfy(status -> assertThat(output).contains("\"status\":\"" + status + "\""));
    }

    /** R78: what public verification says, right after it, of a certificate confirmed on submission at {@code at}. */
    private static String publicStatusOfAResultAt(Instant at) {
        LocalDate registeredOn = ServiceDeadlinePolicy.standard(WorkingCalendar.kazakhstan())
                .registrationDate(KazakhstanTime.localDateTime(at));
        return registeredOn.isAfter(KazakhstanTime.date(at)) ? "NOT_YET_VALID" : "VALID";
    }

    @Test
    void officersPathIssues_refusesAfterTheHearing_andRevokes_R71_R86_R88_R91() throws IOException,
            InterruptedException {
        String output = run("officer");

        assertThat(output).contains("\"status\":\"ACCEPTED\"", "\"workingDaysLeft\":",
                "\"result\":\"ELIGIBLE\"", "issued MC-", "a second decision: 409", "%PDF-1.",
                "\"number\":\"MC-", "a holder out of reach: 404",
                "\"refusalDraft\":{\"grounds\":[\"GROUND_2_REQUIREMENTS_NOT_MET\"]", "\"objectionsUntil\":\"",
                "\"generated\":[\"kk\"]",
                "\"objection\":\"Курс 2025 года на 90 часов не учтён.\"", "\"status\":\"REFUSED\"",
                "\"event\":\"REFUSAL_PROPOSED\" \"event\":\"OBJECTION_RECEIVED\" \"event\":\"REFUSED\"",
                "\"status\":\"REVOKED\"");
        assertThat(output).doesNotContain("\"status\":\"VALID\"");
    }

    @Test
    void fallbackWalkthrough_offersTheUploadsOfARegistryThatStaysDown_andTheOfficerSeesIt_R21_R70()
            throws IOException, InterruptedException {
        // as the README starts it: the education registry failing, given up on after one attempt
        try (RunningService down = RunningService.start(Clock.systemUTC(), Map.of(
                "MEDCERT_REGISTRY_BEHAVIOUR", "EDUCATION=error", "MEDCERT_REGISTRY_FALLBACK_ATTEMPTS", "1"))) {
            String output = run("fallback", down);

            assertThat(output).contains("\"registry\":\"EDUCATION\",\"status\":\"UNAVAILABLE\"",
                    "\"status\":\"AWAITING_DOCUMENTS\"", "\"event\":\"FORM_AMENDED\"", "\"fallbackFor\":\"EDUCATION\"",
                    "\"status\":\"ACCEPTED\"", "amended after the submission: 409",
                    "\"code\":\"REGISTRY_UNAVAILABLE\"");
        }
    }

    private static String run(String name) throws IOException, InterruptedException {
        return run(name, service);
    }

    private static String run(String name, RunningService on) throws IOException, InterruptedException {
        assertThat(ReadmeScripts.block(name)).contains(ReadmeScripts.JAR_COMMAND + " token ");
        return ReadmeScripts.run(name, on);
    }
}
