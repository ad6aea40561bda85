package kz.medcert.application.service.register;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import kz.medcert.application.port.in.AccessDeniedException;
import kz.medcert.application.port.in.register.ImportRegisterUseCase;
import kz.medcert.application.port.in.register.InvalidRegisterFileException;
import kz.medcert.application.port.in.ServiceText;
import kz.medcert.application.port.out.AuditJournal;
import kz.medcert.application.port.out.CertificateRegister.BatchResult;
import kz.medcert.application.port.out.CertificateRegister;
import kz.medcert.application.port.out.RegisterFileReader.RegisterRow;
import kz.medcert.application.port.out.RegisterFileReader.RegisterRows;
import kz.medcert.application.port.out.RegisterFileReader;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.audit.AuditedStep;
import kz.medcert.domain.calendar.KazakhstanTime;
import kz.medcert.domain.certificate.CertificateNumber;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.request.RequestId;

/**
 * Streams a register file row by row: the file's layout is read and each row checked by {@link RegisterFileReader}
 * (an adapter), the valid ones gather into a batch that the register adds in one transaction ({@link CertificateRegister#addAll}). Batches rather than a
 * transaction per row, because each commit waits for the disk: a thousand rows per commit load a million in minutes,
 * not hours. A failure of the database stops the import; the batches committed before it stay, and a rerun skips
 * them.
 */
public final class ImportRegisterService implements ImportRegisterUseCase {
    static final int DEFAULT_BATCH_SIZE = 1_000;
    static final String STARTED = "REGISTER_IMPORT_STARTED";
    static final String FINISHED = "REGISTER_IMPORT_FINISHED";
    static final String ABORTED = "REGISTER_IMPORT_ABORTED";

    private final CertificateRegister register;
    private final AuditJournal journal;
    private final RegisterFileReader files;
    private final Clock clock;
    private final int batchSize;

    @Inject
    public ImportRegisterService(CertificateRegister register, AuditJournal journal, RegisterFileReader files,
                                 Clock clock) {
        this(register, journal, files, clock, DEFAULT_BATCH_SIZE);
    }

    public ImportRegisterService(CertificateRegister register, AuditJournal journal, RegisterFileReader files,
                                 Clock clock, int batchSize) {
        this.register = Objects.requireNonNull(register, "register");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.files = Objects.requireNonNull(files, "files");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        this.batchSize = batchSize;
    }

    @Override
    public ImportSummary importRegister(Actor actor, RegisterFile file, ImportListener listener) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(listener, "listener");
        if (!(actor instanceof Actor.Admin)) {
            throw new AccessDeniedException(ServiceText.ONLY_ADMIN_IMPORTS_REGISTER.message());
        }
        Instant started = clock.instant();
        MessageDigest sha256 = sha256();
        RegisterRows rows = open(new DigestInputStream(file.content(), sha256), KazakhstanTime.date(started));
        UUID importId = UUID.nameUUIDFromBytes(("medcert-register-import|" + actor.auditLabel() + "|" + file.name()
                + "|" + started).getBytes(StandardCharsets.UTF_8));
        audit(importId, actor, STARTED, "file " + file.name());
        Run run = new Run(started, listener);
        Optional<String> aborted = Optional.empty();
        try {
            aborted = readAll(rows, run);
            run.flush();
        } catch (RuntimeException e) {
            audit(importId, actor, ABORTED, "file " + file.name() + " " + counts(run.progress())
                    + "; the database failed after line " + run.lastLine);
            throw e;
        }
        ImportProgress counts = run.progress();
        listener.progress(counts);
        String digest = HexFormat.of().formatHex(sha256.digest());
        audit(importId, actor, aborted.isPresent() ? ABORTED : FINISHED, "file " + file.name() + " sha256=" + digest
                + " " + counts(counts) + aborted.map(reason -> "; " + reason).orElse(""));
        // rows refused by the register come at the end of their batch: list them in file order
        List<RowReject> listed = run.firstRejects.stream().sorted(Comparator.comparingLong(RowReject::line))
                .toList();
        return new ImportSummary(importId, file.name(), digest, counts, listed, aborted);
    }

    /** The file's rows, its header read; a wrong header refuses the whole file before anything is written. */
    private RegisterRows open(InputStream content, LocalDate today) {
        try {
            return files.open(content, today);
        } catch (RegisterFileReader.InvalidHeaderException e) {
            throw new InvalidRegisterFileException(e.field(), e.getMessage());
        }
    }

    /** Reads every row into the run; why reading stopped early, or empty at the end of the file. */
    private static Optional<String> readAll(RegisterRows rows, Run run) {
        try {
            for (Optional<RegisterRow> next = rows.next(); next.isPresent(); next = rows.next()) {
                run.accept(next.get());
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("reading stopped at line " + rows.line() + ": " + reason(e));
        }
    }

    private static String reason(IOException e) {
        return Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName());
    }

    private void audit(UUID importId, Actor actor, String event, String detail) {
        journal.append(new AuditedStep(new RequestId(importId), clock.instant(), actor.auditLabel(), event, detail));
    }

    private static String counts(ImportProgress p) {
        return String.format(Locale.ROOT, "read=%d imported=%d alreadyRegistered=%d rejected=%d seconds=%.1f",
                p.rowsRead(), p.imported(), p.alreadyRegistered(), p.rejected(), p.elapsed().toMillis() / 1000.0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /** The counts of one import and the batch being gathered. */
    private final class Run {
        private final Instant started;
        private final ImportListener listener;
        private final List<IssuedCertificate> batch = new ArrayList<>();
        private final Map<CertificateNumber, Long> lines = new HashMap<>();
        private final List<RowReject> firstRejects = new ArrayList<>();
        private long rowsRead;
        private long imported;
        private long alreadyRegistered;
        private long rejected;
        private long lastLine = 1;

        Run(Instant started, ImportListener listener) {
            this.started = started;
            this.listener = listener;
        }

        void accept(RegisterRow row) {
            rowsRead++;
            lastLine = row.line();
            if (row instanceof RegisterRow.Entry entry) {
                add(entry.certificate(), entry.line());
            } else {
                reject(row.line(), ((RegisterRow.Rejected) row).problems().stream()
                        .map(p -> new FieldProblem(p.field(), p.message())).toList());
            }
        }

        private void add(IssuedCertificate certificate, long line) {
            Long earlier = lines.get(certificate.number());
            if (earlier != null) {
                // the same number twice within one batch: the register would see only one of them
                if (batch.contains(certificate)) {
                    alreadyRegistered++;
                } else {
                    reject(line, List.of(new FieldProblem(RegisterFileReader.NUMBER_FIELD, "line " + earlier
                            + " of the file has this number with other content")));
                }
                return;
            }
            batch.add(certificate);
            lines.put(certificate.number(), line);
            if (batch.size() >= batchSize) {
                flush();
            }
        }

        void flush() {
            if (batch.isEmpty()) {
                return;
            }
            BatchResult result = register.addAll(List.copyOf(batch));
            imported += result.added();
            alreadyRegistered += result.alreadyRegistered();
            for (CertificateNumber number : result.conflicting()) {
                reject(lines.getOrDefault(number, lastLine), List.of(new FieldProblem(RegisterFileReader.NUMBER_FIELD,
                        "the register holds a different entry under this number")));
            }
            batch.clear();
            lines.clear();
            listener.progress(progress());
        }

        private void reject(long line, List<FieldProblem> problems) {
            RowReject reject = new RowReject(line, problems);
            rejected++;
            if (firstRejects.size() < ImportSummary.LISTED_REJECTS) {
                firstRejects.add(reject);
            }
            listener.rejected(reject);
        }

        ImportProgress progress() {
            return new ImportProgress(rowsRead, imported, alreadyRegistered, rejected,
                    Duration.between(started, clock.instant()));
        }
    }
}
