package kz.medcert.adapters.persistence;

import static kz.medcert.application.testing.JourneyFixtures.attachUpload;
import static kz.medcert.application.testing.JourneyFixtures.pdf;
import static kz.medcert.application.testing.JourneyFixtures.started;

import java.nio.file.Path;
import java.util.UUID;
import kz.medcert.domain.request.CertificationRequest;

/**
 * Run in a child JVM by {@link HsqldbCrashTest}: stores a request with an attachment in an HSQLDB file database,
 * reports what it committed on standard output, then waits to be killed without closing anything.
 */
final class CrashingWriter {
    static final int CONTENT_SIZE = 200_000;
    static final long CONTENT_SEED = 5;

    private CrashingWriter() {
    }

    public static void main(String[] args) throws InterruptedException {
        Database database = Database.open(Database.fileUrl(Path.of(args[0])), "SA", "");
        JdbiCertificationRequestRepository repository = new JdbiCertificationRequestRepository(database.jdbi());
        byte[] content = pdf(CONTENT_SIZE, CONTENT_SEED);
        UUID attachmentId = UUID.randomUUID();
        CertificationRequest stored = repository.add(started());
        attachUpload(repository, stored, attachmentId, content);
        System.out.println("COMMITTED " + stored.id() + " " + attachmentId);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
