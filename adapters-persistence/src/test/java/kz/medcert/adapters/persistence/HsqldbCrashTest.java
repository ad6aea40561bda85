package kz.medcert.adapters.persistence;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import kz.medcert.application.testing.JourneyFixtures;
import kz.medcert.domain.audit.ChainHead;
import kz.medcert.domain.request.CertificationRequest;
import kz.medcert.domain.request.RequestId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A write acknowledged by the repository survives the process being killed (SIGKILL) right after it. */
class HsqldbCrashTest {
    @TempDir
    Path dataDirectory;

    @Test
    @Timeout(120)
    void acknowledgedWrites_surviveKill9() throws Exception {
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath(), CrashingWriter.class.getName(),
                dataDirectory.toString()).redirectErrorStream(true).start();
        String[] committed = awaitCommit(writer);

        writer.destroyForcibly(); // SIGKILL: no shutdown hook, no checkpoint, nothing flushed on the way out
        writer.waitFor(30, TimeUnit.SECONDS);

        try (Database reopened = Database.open(Database.fileUrl(dataDirectory), "SA", "")) {
            JdbiCertificationRequestRepository repository = new JdbiCertificationRequestRepository(reopened.jdbi());
            RequestId id = RequestId.parse(committed[1]);
            UUID attachmentId = UUID.fromString(committed[2]);
            CertificationRequest found = repository.find(id).orElseThrow();
            assertThat(found.version()).isEqualTo(2);
            assertThat(found.state().attachments()).singleElement().extracting(a -> a.id()).isEqualTo(attachmentId);
            assertThat(repository.content(id, attachmentId))
                    .hasValue(JourneyFixtures.pdf(CrashingWriter.CONTENT_SIZE, CrashingWriter.CONTENT_SEED));
            // the chain's head survived with the entry it ends in
            reopened.jdbi().useHandle(h -> {
                ChainHead head = AuditLog.head(h);
                assertThat(head.sequence()).isPositive();
                assertThat(h.createQuery("SELECT seq, hash FROM audit_log WHERE seq = (SELECT MAX(seq) FROM audit_log)")
                        .map((rs, ctx) -> new ChainHead(rs.getLong("seq"), rs.getString("hash"))).one())
                        .isEqualTo(head);
            });
        }
    }

    // Surefire may start the tests from a manifest-only jar; its explicit test class path is the safer one to pass on.
    private static String classPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    private static String[] awaitCommit(Process writer) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("COMMITTED ")) {
                return line.split(" ");
            }
            seen.append(line).append('\n');
        }
        throw new AssertionError("the writer ended without committing:\n" + seen);
    }
}
