package kz.medcert.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import kz.medcert.adapters.persistence.Database;
import kz.medcert.adapters.persistence.JdbiCertificationRequestRepository;
import kz.medcert.bootstrap.AppConfig;
import kz.medcert.bootstrap.VerifyAuditCommand;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.audit.AuditChain;
import kz.medcert.domain.audit.AuditEntry;
import kz.medcert.domain.audit.AuditedStep;
import kz.medcert.domain.audit.ChainHead;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * The audit chain over the real wiring: keyed with the service's key, so that a writer of the database who rewrites
 * an entry and recomputes the chain is found, by the administrator's endpoint and by the jar's {@code verify-audit};
 * a database written before the service had its key keeps verifying once the service has started with it.
 */
class AuditChainEndToEndTest {
    private static final String VERIFICATION = "/api/v1/admin/audit/verification";

    @Test
    void aRewriteByAWriterOfTheDatabase_isFoundAtTheRewrittenEntry_overHttpAndByTheJarCommand() throws Exception {
        Path dataDir = Files.createTempDirectory("medcert-audit");
        Map<String, String> env = Map.of("MEDCERT_DATA_DIR", dataDir.toString(), "MEDCERT_PORT", "0",
                "MEDCERT_CONSENT_CODES_PER_PERSON_HOUR", "100");
        long rewritten;
        try (RunningService service = RunningService.start(Clock.fixed(RunningService.DEMO_DAY, ZoneOffset.UTC),
                env)) {
            for (int i = 0; i < 4; i++) {
                Journey journey = new Journey(service, DemoApplications.P01_IIN);
                journey.start(DemoApplications.P01_ELIGIBLE);
                journey.consent();
            }
            RunningService admin = service.as(new Actor.Admin("ADM-1"));
            JsonNode intact = verification(admin);
            assertThat(intact.path("intact").asBoolean()).isTrue();
            assertThat(intact.path("plainEntries").asLong()).isZero();
            long entries = intact.path("entries").asLong();
            assertThat(entries).isGreaterThan(20);
            rewritten = entries / 2;

            service.instance(Jdbi.class).useTransaction(h -> rewriteFrom(h, rewritten));

            JsonNode broken = verification(admin);
            assertThat(broken.path("intact").asBoolean()).isFalse();
            assertThat(broken.path("firstBroken").path("sequence").asLong()).isEqualTo(rewritten);
            assertThat(broken.path("firstBroken").path("breach").asText()).isEqualTo("NOT_KEYED");
            assertThat(service.as(new Actor.Officer("OFF-1", kz.medcert.domain.access.Department.of(
                    kz.medcert.domain.access.Region.ALMATY_CITY))).get(VERIFICATION).statusCode()).isEqualTo(403);
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = VerifyAuditCommand.run(List.of(), AppConfig.fromEnvironment(env), print(out),
                print(new ByteArrayOutputStream()));

        assertThat(status).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("BROKEN at entry " + rewritten + " (NOT_KEYED)");
    }

    @Test
    void aDatabaseWrittenBeforeTheKey_verifiesOnceTheServiceHasStartedWithIt() throws Exception {
        Path dataDir = Files.createTempDirectory("medcert-audit-legacy");
        Map<String, String> env = Map.of("MEDCERT_DATA_DIR", dataDir.toString(), "MEDCERT_PORT", "0");
        AppConfig config = AppConfig.fromEnvironment(env);
        long plain;
        try (Database before = Database.open(config.jdbcUrl(), config.dbUser(), config.dbPassword())) {
            JdbiCertificationRequestRepository requests = new JdbiCertificationRequestRepository(before.jdbi());
            for (int i = 0; i < 3; i++) {
                requests.add(kz.medcert.domain.request.CertificationRequest.start(
                        new kz.medcert.domain.request.RequestId(java.util.UUID.randomUUID()),
                        new kz.medcert.domain.request.Applicant(kz.medcert.domain.person.Iin.parse(
                                DemoApplications.P01_IIN), kz.medcert.domain.person.PersonName.of("Абенова",
                                "Айгерим", "Болатқызы"), kz.medcert.domain.access.Region.ALMATY_CITY),
                        kz.medcert.domain.dossier.Dossier.builder(kz.medcert.domain.dossier.Category.DOMESTIC,
                                kz.medcert.domain.reference.SpecialtyCode.of("PEDIATRICS"),
                                java.time.LocalDate.of(2026, 11, 20)).build(), RunningService.DEMO_DAY));
            }
            plain = before.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_log")
                    .mapTo(Long.class).one());
        }
        ByteArrayOutputStream early = new ByteArrayOutputStream();
        assertThat(VerifyAuditCommand.run(List.of(), config, print(early), print(new ByteArrayOutputStream())))
                .as("not yet vouched for by a keyed entry: %s", early).isEqualTo(1);

        try (RunningService service = RunningService.start(Clock.fixed(RunningService.DEMO_DAY, ZoneOffset.UTC),
                env)) {
            JsonNode intact = verification(service.as(new Actor.Admin("ADM-1")));

            assertThat(intact.path("intact").asBoolean()).as(intact.toString()).isTrue();
            assertThat(intact.path("plainEntries").asLong()).isEqualTo(plain);
            assertThat(intact.path("entries").asLong()).isEqualTo(plain + 1);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(VerifyAuditCommand.run(List.of(), config, print(out), print(new ByteArrayOutputStream()))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("intact: " + (plain + 1) + " entries (" + plain
                + " sealed before the service had its key)");
    }

    private static JsonNode verification(RunningService admin) {
        HttpResponse<String> answer = admin.get(VERIFICATION);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Journey.json(answer);
    }

    /** What a writer of the database without the key can do: change an entry and recompute the rest, head included. */
    private static void rewriteFrom(Handle h, long from) {
        List<AuditEntry> entries = h.createQuery("SELECT seq, request_id, occurred_at, actor, event, detail, "
                        + "previous_hash, hash FROM audit_log WHERE seq >= :from ORDER BY seq").bind("from", from - 1)
                .map((rs, ctx) -> new AuditEntry(rs.getLong("seq"), new kz.medcert.domain.request.RequestId(
                        java.util.UUID.fromString(rs.getString("request_id"))), rs.getObject("occurred_at",
                        java.time.OffsetDateTime.class).toInstant(), rs.getString("actor"), rs.getString("event"),
                        rs.getString("detail"), rs.getString("previous_hash"), rs.getString("hash"))).list();
        ChainHead head = entries.get(0).head();
        for (AuditEntry entry : entries.subList(1, entries.size())) {
            AuditedStep step = entry.sequence() == from ? new AuditedStep(entry.requestId(), entry.at(), entry.actor(),
                    entry.event(), "nothing happened here") : entry.step();
            AuditEntry forged = AuditChain.append(head, step);
            h.execute("UPDATE audit_log SET detail = ?, previous_hash = ?, hash = ? WHERE seq = ?", forged.detail(),
                    forged.previousHash(), forged.hash(), forged.sequence());
            head = forged.head();
        }
        h.execute("UPDATE audit_head SET last_hash = ? WHERE id = 1", head.hash());
    }

    private static PrintStream print(ByteArrayOutputStream sink) {
        return new PrintStream(sink, true, StandardCharsets.UTF_8);
    }
}
