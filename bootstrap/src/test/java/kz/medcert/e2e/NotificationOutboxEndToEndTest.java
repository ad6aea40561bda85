package kz.medcert.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kz.medcert.adapters.persistence.Database;
import kz.medcert.application.port.in.operations.OutboxStatus;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.person.Iin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notifications over the real wiring to a real SMTP server (GreenMail): they are stored in the outbox with the change
 * that causes them and sent by the worker in the applicant's language; a mail server that is down keeps them in the
 * outbox until it is back; and a service killed (SIGKILL) after a decision's commit and before its worker ran sends,
 * once restarted, exactly one e-mail per notification.
 */
class NotificationOutboxEndToEndTest {
    private static final String FROM = "noreply@medcert.example";
    private static final String P01_MAIL = "p01@medcert.example";
    private static final String P02_START = """
            {"applicant": {"iin": "990203317687", "surname": "Сейтқали", "givenName": "Нұрлан",
                           "patronymic": "Ерланұлы", "region": "ASTANA"},
             "form": {"category": "DOMESTIC", "declaredSpecialty": "THERAPY"}}
            """;

    @TempDir
    Path temp;

    private static Map<String, String> smtp(int port, String interval) {
        Map<String, String> env = new HashMap<>(RunningService.MANY_JOURNEYS);
        env.put("MEDCERT_SMTP_HOST", "127.0.0.1");
        env.put("MEDCERT_SMTP_PORT", Integer.toString(port));
        env.put("MEDCERT_SMTP_FROM", FROM);
        env.put("MEDCERT_SMTP_STARTTLS", "false");
        env.put("MEDCERT_SMTP_TIMEOUT", "PT2S");
        env.put("MEDCERT_OUTBOX_INTERVAL", interval);
        env.put("MEDCERT_OUTBOX_FIRST_RETRY", "PT0.2S");
        return env;
    }

    private static List<MimeMessage> awaitMails(GreenMail mail, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (mail.getReceivedMessages().length < count && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        Thread.sleep(1_000); // any duplicate would arrive meanwhile
        return List.of(mail.getReceivedMessages());
    }

    @Test
    @Timeout(120)
    void aDecisionsMailArrivesInTheApplicantsLanguage_andAMailServerThatIsDownLosesNothing() throws Exception {
        int port = ServiceProcess.freePort();
        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        try (RunningService service = RunningService.start(Clock.fixed(RunningService.DEMO_DAY, ZoneOffset.UTC),
                smtp(port, "PT0.2S"))) {
            Journey journey = new Journey(service, DemoApplications.P01_IIN);
            HttpResponse<String> started = service.asApplicant(DemoApplications.P01_IIN).send(HttpRequest
                    .newBuilder(service.uri("/api/v1/requests")).header("Content-Type", "application/json")
                    .header("Accept-Language", "kk")
                    .POST(HttpRequest.BodyPublishers.ofString(DemoApplications.P01_ELIGIBLE)).build());
            assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
            journey.id = Journey.json(started).get("id").asText();
            journey.consent();
            journey.uploadMissing();
            HttpResponse<String> submitted = journey.submit();
            assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
            assertThat(Journey.json(submitted).path("status").asText()).as(submitted.body()).isEqualTo("ISSUED");
            OutboxStatus outbox = service.instance(OutboxStatus.class);
            Thread.sleep(1_500); // several rounds of the worker, each finding the mail server down

            assertThat(outbox.backlog()).as("accepted and issued, waiting for the mail server").isEqualTo(2);

            mail.start();
            List<MimeMessage> received = awaitMails(mail, 2);

            assertThat(received).hasSize(2);
            assertThat(outbox.backlog()).isZero();
            MimeMessage issued = received.stream().filter(m -> subject(m).contains("берілді")
                    && subject(m).contains("сертификаты")).findFirst().orElseThrow();
            assertThat(issued.getAllRecipients()[0].toString()).isEqualTo(P01_MAIL);
            assertThat(issued.getHeader("Content-Language")).containsExactly("kk");
            assertThat(issued.getContent().toString()).contains("автоматты түрде расталып");
            assertThat(received.stream().map(NotificationOutboxEndToEndTest::messageId).distinct()).hasSize(2);
        } finally {
            mail.stop();
        }
    }

    @Test
    @Timeout(300)
    void killedBetweenTheDecisionsCommitAndItsMail_theRestartedServiceSendsExactlyOneMailPerNotification()
            throws Exception {
        int port = ServiceProcess.freePort();
        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        Path data = temp.resolve("data");
        try {
            // the worker's first round is an hour away: the kill comes after the commit and before any send
            ServiceProcess before = ServiceProcess.start(data, "before-kill", smtp(port, "PT1H"));
            JsonNode decided;
            try {
                decided = submitAndIssueP02(before);
            } finally {
                assertThat(before.kill()).isEqualTo(128 + 9);
            }
            assertThat(decided.at("/request/status").asText()).isEqualTo("ISSUED");
            int expected = 2; // accepted, issued
            assertThat(mail.getReceivedMessages()).as("nothing was sent before the kill").isEmpty();

            ServiceProcess after = ServiceProcess.start(data, "after-kill", smtp(port, "PT0.2S"));
            List<MimeMessage> received;
            String jdbcUrl = after.jdbcUrl();
            try {
                received = awaitMails(mail, expected);
            } finally {
                after.stop();
            }

            assertThat(received).as("exactly one mail per notification").hasSize(expected);
            Set<String> ids = new TreeSet<>();
            received.forEach(m -> ids.add(messageId(m)));
            Set<String> keys = new TreeSet<>();
            try (Database database = Database.open(jdbcUrl, "SA", "")) {
                database.jdbi().useHandle(h -> h.createQuery("SELECT message_key, status FROM notification_outbox")
                        .map((rs, ctx) -> {
                            assertThat(rs.getString("status")).isEqualTo("SENT");
                            return "<" + rs.getString("message_key") + "@medcert.example>";
                        }).forEach(keys::add));
            }
            assertThat(ids).isEqualTo(keys);
        } finally {
            mail.stop();
        }
    }

    /**
     * P02 needs no upload: started, consented and submitted over HTTP; a first certificate is an officer's to issue,
     * and the officer of Astana issues it. Returns the decision as the service answered it.
     */
    private static JsonNode submitAndIssueP02(ServiceProcess service) throws IOException, InterruptedException {
        String token = service.tokens().mint(new Actor.Applicant(Iin.parse(DemoApplications.P02_IIN)));
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        JsonNode started = call(client, service.uri("/api/v1/requests"), token, P02_START, 201);
        String path = "/api/v1/requests/" + started.get("id").asText();
        call(client, service.uri(path + "/consent"), token, "", 202);
        JsonNode consented = call(client, service.uri(path + "/consent/confirmation"), token,
                "{\"code\": \"123456\"}", 200);
        String signature = "DEMO-EDS:" + DemoApplications.P02_IIN + ":" + consented.get("contentDigest").asText();
        JsonNode submitted = call(client, service.uri(path + "/submission"), token,
                "{\"signature\": \"" + signature + "\"}", 200);
        assertThat(submitted.path("status").asText()).isEqualTo("ACCEPTED");
        String officer = service.tokens().mint(new Actor.Officer("OFF-1", Department.of(Region.ASTANA)));
        return call(client, service.uri(path + "/decision/issue"), officer, "", 200);
    }

    private static JsonNode call(HttpClient client, URI uri, String token, String body, int status)
            throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(uri + ": " + response.body()).isEqualTo(status);
        return Journey.json(response);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
