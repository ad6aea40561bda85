package kz.medcert.adapters.web.admin;

import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import kz.medcert.application.port.in.register.ImportRegisterUseCase;
import kz.medcert.application.port.in.register.ImportRegisterUseCase.ImportProgress;
import kz.medcert.application.port.in.register.ImportRegisterUseCase.ImportSummary;
import kz.medcert.application.port.in.register.ImportRegisterUseCase.RowReject;
import kz.medcert.application.port.in.register.InvalidRegisterFileException;
import kz.medcert.domain.access.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Register imports started from the web front, run one at a time in the background so that the page can show their
 * progress: the file as uploaded is kept in a temporary file, read through the import use case, and its rejected rows
 * are written to a CSV the administrator downloads. A job is known to the administrator who started it only.
 */
public final class ImportJobs implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);

    private final ImportRegisterUseCase imports;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "web-register-import");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();

    public ImportJobs(ImportRegisterUseCase imports) {
        this.imports = imports;
    }

    /** One import: who started it, the file, how far it got, and how it ended. */
    public static final class Job {
        private final UUID id = UUID.randomUUID();
        private final Actor.Admin admin;
        private final String fileName;
        private final long fileBytes;
        private final Path file;
        private final Path rejects;
        private final AtomicLong bytesRead = new AtomicLong();
        private volatile ImportProgress progress = new ImportProgress(0, 0, 0, 0, java.time.Duration.ZERO);
        private volatile Optional<ImportSummary> summary = Optional.empty();
        private volatile Optional<String> failure = Optional.empty();

        Job(Actor.Admin admin, String fileName, Path file, Path rejects) throws IOException {
            this.admin = admin;
            this.fileName = fileName;
            this.file = file;
            this.fileBytes = Files.size(file);
            this.rejects = rejects;
        }

        public UUID id() {
            return id;
        }

        public String fileName() {
            return fileName;
        }

        public ImportProgress progress() {
            return progress;
        }

        public Optional<ImportSummary> summary() {
            return summary;
        }

        /** Why the file could not be imported at all (its header), in the use case's words. */
        public Optional<String> failure() {
            return failure;
        }

        public boolean finished() {
            return summary.isPresent() || failure.isPresent();
        }

        /** How much of the file has been read, 0–100. */
        public int percent() {
            if (finished()) {
                return 100;
            }
            return fileBytes == 0 ? 0 : (int) Math.min(99, bytesRead.get() * 100 / fileBytes);
        }

        Path rejects() {
            return rejects;
        }
    }

    /** Starts importing {@code file} (which the job then owns and deletes) as {@code admin}. */
    public Job start(Actor.Admin admin, String fileName, Path file) throws IOException {
        Job job = new Job(admin, fileName, file, Files.createTempFile("medcert-rejects", ".csv"));
        jobs.put(job.id(), job);
        worker.execute(() -> run(job));
        return job;
    }

    /** The job, for the administrator who started it; anyone else's is none. */
    public Optional<Job> find(Actor actor, UUID id) {
        return Optional.ofNullable(jobs.get(id)).filter(job -> job.admin.equals(actor));
    }

    /** The rejected rows, as CSV: line, field, message. */
    public InputStream rejects(Job job) throws IOException {
        return Files.newInputStream(job.rejects());
    }

    private void run(Job job) {
        try (InputStream in = new Counting(Files.newInputStream(job.file), job.bytesRead);
             BufferedWriter rejects = Files.newBufferedWriter(job.rejects(), StandardCharsets.UTF_8)) {
            rejects.write("line,field,message\r\n");
            ImportSummary summary = imports.importRegister(job.admin,
                    new ImportRegisterUseCase.RegisterFile(job.fileName, in), new ImportRegisterUseCase.ImportListener() {
                        @Override
                        public void progress(ImportProgress progress) {
                            job.progress = progress;
                        }

                        @Override
                        public void rejected(RowReject reject) {
                            try {
                                for (ImportRegisterUseCase.FieldProblem problem : reject.problems()) {
                                    rejects.write(reject.line() + "," + csv(problem.field()) + ","
                                            + csv(problem.message()) + "\r\n");
                                }
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        }
                    });
            job.progress = summary.counts();
            job.summary = Optional.of(summary);
        } catch (InvalidRegisterFileException e) {
            job.failure = Optional.of(e.field() + ": " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            LOG.error("register import {} of {} failed", job.id(), job.fileName, e);
            job.failure = Optional.of(e.getClass().getSimpleName());
        } finally {
            try {
                Files.deleteIfExists(job.file);
            } catch (IOException e) {
                LOG.warn("could not delete the uploaded register file {}", job.file);
            }
        }
    }

    private static String csv(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    /** Counts the bytes the import has read, for the progress bar. */
    private static final class Counting extends FilterInputStream {
        private final AtomicLong count;

        Counting(InputStream in, AtomicLong count) {
            super(in);
            this.count = count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count.addAndGet(n);
            }
            return n;
        }
    }

}
