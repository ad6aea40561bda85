package kz.medcert.application.service.certificates;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import kz.medcert.application.port.in.AccessDeniedException;
import kz.medcert.application.port.in.certificates.ExpiryReportUseCase;
import kz.medcert.application.port.in.ServiceText;
import kz.medcert.application.port.out.AuditJournal;
import kz.medcert.application.port.out.CertificateRegister.ExpiryCount;
import kz.medcert.application.port.out.CertificateRegister.ExpiryWindow;
import kz.medcert.application.port.out.CertificateRegister;
import kz.medcert.application.port.out.RegisterFileWriter;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.audit.AuditedStep;
import kz.medcert.domain.request.RequestId;

/** Counts and lists expiring register entries for administrators (R14, R79); exports are audited. */
public final class ExpiryReportService implements ExpiryReportUseCase {
    static final String EXPORTED = "EXPIRING_HOLDERS_EXPORTED";

    private final CertificateRegister register;
    private final AuditJournal journal;
    private final RegisterFileWriter files;
    private final Clock clock;

    @Inject
    public ExpiryReportService(CertificateRegister register, AuditJournal journal, RegisterFileWriter files,
                               Clock clock) {
        this.register = Objects.requireNonNull(register, "register");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.files = Objects.requireNonNull(files, "files");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public ExpiryReport report(Actor actor, Window window) {
        requireAdmin(actor);
        List<Line> lines = register.countExpiring(of(window)).stream()
                .map(ExpiryReportService::line).toList();
        return new ExpiryReport(window, lines, lines.stream().mapToLong(Line::expiring).sum(),
                lines.stream().mapToLong(Line::confirmed).sum());
    }

    @Override
    public long exportUnconfirmed(Actor actor, Window window, OutputStream out) {
        requireAdmin(actor);
        Objects.requireNonNull(out, "out");
        Instant at = clock.instant();
        long[] count = {0};
        try {
            RegisterFileWriter.EntrySink sink = files.begin(out);
            register.forEachUnconfirmedExpiring(of(window), certificate -> {
                try {
                    sink.write(certificate);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                count[0]++;
            });
            sink.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            // recorded even when the export broke off: whatever reached the sink was disclosed
            UUID exportId = UUID.nameUUIDFromBytes(("medcert-expiry-export|" + actor.auditLabel() + "|" + window
                    + "|" + at).getBytes(StandardCharsets.UTF_8));
            journal.append(new AuditedStep(new RequestId(exportId), at, actor.auditLabel(), EXPORTED,
                    "holders of certificates expiring " + window.from() + ".." + window.to() + " in "
                            + window.department().map(Department::code).orElse("all departments")
                            + ", not yet confirmed: " + count[0] + " entries"));
        }
        return count[0];
    }

    private static void requireAdmin(Actor actor) {
        // personal data of many holders at once: administrators only
        if (!(actor instanceof Actor.Admin)) {
            throw new AccessDeniedException(ServiceText.ONLY_ADMIN_READS_EXPIRY_REPORT.message());
        }
    }

    private static ExpiryWindow of(Window window) {
        return new ExpiryWindow(window.from(), window.to(), window.department());
    }

    private static Line line(ExpiryCount count) {
        return new Line(count.department(), count.specialty(), count.expiring(), count.confirmed());
    }
}
