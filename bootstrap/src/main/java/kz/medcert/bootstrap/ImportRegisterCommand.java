package kz.medcert.bootstrap;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kz.medcert.adapters.persistence.Database;
import kz.medcert.adapters.persistence.JdbiAuditJournal;
import kz.medcert.adapters.persistence.JdbiCertificateRegister;
import kz.medcert.adapters.registerfile.CsvRegisterFile;
import kz.medcert.application.port.in.register.ImportRegisterUseCase;
import kz.medcert.application.port.in.register.ImportRegisterUseCase.FieldProblem;
import kz.medcert.application.port.in.register.ImportRegisterUseCase.ImportListener;
import kz.medcert.application.port.in.register.ImportRegisterUseCase.ImportProgress;
import kz.medcert.application.port.in.register.ImportRegisterUseCase.ImportSummary;
import kz.medcert.application.port.in.register.ImportRegisterUseCase.RegisterFile;
import kz.medcert.application.port.in.register.ImportRegisterUseCase.RowReject;
import kz.medcert.application.port.in.register.InvalidRegisterFileException;
import kz.medcert.application.service.register.ImportRegisterService;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.reference.SpecialtyCatalogue;

/**
 * {@code medcert-service.jar import-register <file.csv> [--admin <adminId>] [--rejects <rejects.csv>]}: loads the
 * existing national register from a CSV file into the configured database (MEDCERT_DB_URL or the HSQLDB file under
 * MEDCERT_DATA_DIR), as the HTTP import does. Progress goes to standard error every few seconds, each rejected row
 * too (the first {@value #PRINTED_REJECTS}; {@code --rejects} writes them all to a CSV file), and the summary to
 * standard output as one line of {@code key=value}.
 *
 * <p>An embedded HSQLDB file database takes one process at a time: stop the service first, or import over HTTP.
 */
final class ImportRegisterCommand {
    static final String NAME = "import-register";
    static final int COMPLETE = 0;
    static final int SOME_REJECTED = 1;
    static final int USAGE = 2;
    static final int FAILED = 3;
    static final int INVALID_FILE = 4;
    static final int PRINTED_REJECTS = 1_000;
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(2);

    private ImportRegisterCommand() {
    }

    static int run(List<String> args, AppConfig config, Clock clock, PrintStream out, PrintStream err) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(NAME + ": " + e.getMessage());
            err.println(usage());
            return USAGE;
        }
        if (!Files.isRegularFile(arguments.file())) {
            err.println(NAME + ": no such file: " + arguments.file());
            return USAGE;
        }
        try (Database database = PersistenceModule.open(config, ServiceKeys.load(config), clock, 2);
             InputStream content = Files.newInputStream(arguments.file());
             Rejects rejects = Rejects.to(arguments.rejects(), err)) {
            ImportRegisterUseCase imports = new ImportRegisterService(new JdbiCertificateRegister(database.jdbi()),
                    new JdbiAuditJournal(database.jdbi()), new CsvRegisterFile(SpecialtyCatalogue.standard()), clock);
            err.println(NAME + ": importing " + arguments.file() + " into " + describe(config.jdbcUrl()));
            ImportSummary summary = imports.importRegister(new Actor.Admin(arguments.admin()),
                    new RegisterFile(arguments.file().getFileName().toString(), content),
                    new Progress(clock, err, rejects));
            ImportProgress c = summary.counts();
            err.printf(Locale.ROOT, "%s: %s: %,d rows read, %,d imported, %,d already registered, %,d rejected in "
                            + "%.1f s (%,d rows/s)%n", NAME, summary.completed() ? "done" : "STOPPED", c.rowsRead(),
                    c.imported(), c.alreadyRegistered(), c.rejected(), c.elapsed().toMillis() / 1000.0,
                    Math.round(c.rowsPerSecond()));
            summary.abortedBecause().ifPresent(reason -> err.println(NAME + ": " + reason));
            out.printf(Locale.ROOT, "importId=%s file=%s sha256=%s completed=%s read=%d imported=%d "
                            + "alreadyRegistered=%d rejected=%d seconds=%.3f rowsPerSecond=%d%n", summary.importId(),
                    summary.fileName(), summary.sha256(), summary.completed(), c.rowsRead(), c.imported(),
                    c.alreadyRegistered(), c.rejected(), c.elapsed().toNanos() / 1e9, Math.round(c.rowsPerSecond()));
            if (!summary.completed()) {
                return FAILED;
            }
            return c.rejected() > 0 ? SOME_REJECTED : COMPLETE;
        } catch (InvalidRegisterFileException e) {
            err.println(NAME + ": the file cannot be imported (" + e.field() + "): " + e.getMessage());
            return INVALID_FILE;
        } catch (IOException | UncheckedIOException e) {
            err.println(NAME + ": " + e.getMessage());
            return FAILED;
        } catch (RuntimeException e) {
            err.println(NAME + ": failed: " + e.getMessage());
            err.println(NAME + ": the batches committed before stay in the register; running the import again "
                    + "skips them");
            return FAILED;
        }
    }

    /** The database without its credentials or settings. */
    private static String describe(String jdbcUrl) {
        int settings = jdbcUrl.indexOf(';');
        return settings < 0 ? jdbcUrl.replaceAll("\\?.*", "") : jdbcUrl.substring(0, settings);
    }

    static String usage() {
        return "usage: java -jar medcert-service.jar import-register <file.csv> [--admin <adminId>] "
                + "[--rejects <rejects.csv>]\n"
                + "       (the database is MEDCERT_DB_URL, or the HSQLDB file under MEDCERT_DATA_DIR; "
                + "the CSV layout is in the README)";
    }

    private record Arguments(Path file, String admin, Optional<Path> rejects) {
        static Arguments parse(List<String> args) {
            Path file = null;
            String admin = "cli:" + System.getProperty("user.name", "unknown");
            Optional<Path> rejects = Optional.empty();
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                if (arg.equals("--admin") || arg.equals("--rejects")) {
                    if (i + 1 == args.size()) {
                        throw new IllegalArgumentException(arg + " needs a value");
                    }
                    String value = args.get(++i);
                    if (arg.equals("--admin")) {
                        admin = value;
                    } else {
                        rejects = Optional.of(Path.of(value));
                    }
                } else if (arg.startsWith("--") || file != null) {
                    throw new IllegalArgumentException("unexpected argument " + arg);
                } else {
                    file = Path.of(arg);
                }
            }
            if (file == null) {
                throw new IllegalArgumentException("name the CSV file to import");
            }
            return new Arguments(file, admin, rejects);
        }
    }

    /** Prints a progress line at most every {@link #PROGRESS_EVERY}, and each reject. */
    private static final class Progress implements ImportListener {
        private final Clock clock;
        private final PrintStream err;
        private final Rejects rejects;
        private Instant nextLine;

        Progress(Clock clock, PrintStream err, Rejects rejects) {
            this.clock = clock;
            this.err = err;
            this.rejects = rejects;
            this.nextLine = clock.instant().plus(PROGRESS_EVERY);
        }

        @Override
        public void progress(ImportProgress p) {
            Instant now = clock.instant();
            if (now.isBefore(nextLine)) {
                return;
            }
            nextLine = now.plus(PROGRESS_EVERY);
            err.printf(Locale.ROOT, "%s: %,d rows read, %,d imported, %,d already registered, %,d rejected, "
                    + "%,d rows/s%n", NAME, p.rowsRead(), p.imported(), p.alreadyRegistered(), p.rejected(),
                    Math.round(p.rowsPerSecond()));
        }

        @Override
        public void rejected(RowReject reject) {
            rejects.add(reject);
        }
    }

    /** Rejected rows: printed (the first ones) and, when asked, all written to a CSV file. */
    private static final class Rejects implements AutoCloseable {
        private final PrintStream err;
        private final Optional<Writer> file;
        private long printed;

        private Rejects(PrintStream err, Optional<Writer> file) {
            this.err = err;
            this.file = file;
        }

        static Rejects to(Optional<Path> path, PrintStream err) throws IOException {
            Optional<Writer> file = Optional.empty();
            if (path.isPresent()) {
                BufferedWriter writer = Files.newBufferedWriter(path.get(), StandardCharsets.UTF_8);
                writer.write("line,field,message\n");
                file = Optional.of(writer);
            }
            return new Rejects(err, file);
        }

        void add(RowReject reject) {
            for (FieldProblem problem : reject.problems()) {
                if (printed < PRINTED_REJECTS) {
                    err.println(NAME + ": line " + reject.line() + ": " + problem.field() + ": " + problem.message());
                } else if (printed == PRINTED_REJECTS) {
                    err.println(NAME + ": more rejects not printed" + file.map(f -> "; all are in the rejects file")
                            .orElse("; --rejects <file> writes them all"));
                }
                printed++;
                file.ifPresent(writer -> write(writer, List.of(Long.toString(reject.line()), problem.field(),
                        problem.message())));
            }
        }

        private static void write(Writer writer, List<String> fields) {
            List<String> quoted = new ArrayList<>();
            for (String field : fields) {
                quoted.add(field.contains(",") || field.contains("\"") || field.contains("\n")
                        ? "\"" + field.replace("\"", "\"\"") + "\"" : field);
            }
            try {
                writer.write(String.join(",", quoted) + "\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            if (file.isPresent()) {
                file.get().close();
            }
        }
    }
}
