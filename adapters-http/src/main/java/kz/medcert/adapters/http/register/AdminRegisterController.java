package kz.medcert.adapters.http.register;

import io.javalin.http.Context;
import io.javalin.http.Header;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import kz.medcert.adapters.http.ApiRoutes;
import kz.medcert.adapters.http.Controller;
import kz.medcert.adapters.http.Downloads;
import kz.medcert.adapters.http.FieldProblem;
import kz.medcert.adapters.http.HttpText;
import kz.medcert.adapters.http.JsonAnswer;
import kz.medcert.adapters.http.ProblemException;
import kz.medcert.adapters.http.ProblemType;
import kz.medcert.adapters.http.RequestHeaders;
import kz.medcert.adapters.http.RequestProblems;
import kz.medcert.adapters.http.auth.Authentication;
import kz.medcert.adapters.http.auth.Role;
import kz.medcert.adapters.http.dto.ExpiryReportResponse;
import kz.medcert.adapters.http.dto.RegisterImportResponse;
import kz.medcert.application.port.in.certificates.ExpiryReportUseCase;
import kz.medcert.application.port.in.register.ImportRegisterUseCase.ImportListener;
import kz.medcert.application.port.in.register.ImportRegisterUseCase.ImportProgress;
import kz.medcert.application.port.in.register.ImportRegisterUseCase.ImportSummary;
import kz.medcert.application.port.in.register.ImportRegisterUseCase.RegisterFile;
import kz.medcert.application.port.in.register.ImportRegisterUseCase;
import kz.medcert.application.port.in.register.InvalidRegisterFileException;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.reference.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The administrator's register operations.
 * <ul>
 *   <li>{@code POST /api/v1/admin/register/imports}: a CSV file of register entries (the layout is the register
 *       file adapter's) as the body ({@code text/csv}), streamed into the import without being held in memory, up to its own size limit
 *       (far above the JSON limit: a national register is hundreds of megabytes); answers with the summary.</li>
 *   <li>{@code GET /api/v1/admin/reports/expiring?from=&to=[&department=][&format=csv]}: counts of the certificates
 *       expiring in the window, or, as CSV, the holders of those not yet confirmed (personal data: not cached).</li>
 * </ul>
 */
public final class AdminRegisterController implements Controller {
    private static final Logger LOG = LoggerFactory.getLogger(AdminRegisterController.class);
    /** Large enough for the national register with room to spare; MEDCERT_MAX_IMPORT_BYTES in bootstrap. */
    public static final long DEFAULT_MAX_IMPORT_BYTES = 2L * 1024 * 1024 * 1024;
    private static final Pattern FILE_NAME = Pattern.compile("[\\p{L}\\p{N} ._()-]{1,120}");
    private static final long LOG_EVERY_ROWS = 100_000;

    private final ImportRegisterUseCase imports;
    private final ExpiryReportUseCase expiry;
    private final long maxImportBytes;

    public AdminRegisterController(ImportRegisterUseCase imports, ExpiryReportUseCase expiry, long maxImportBytes) {
        this.imports = Objects.requireNonNull(imports, "imports");
        this.expiry = Objects.requireNonNull(expiry, "expiry");
        if (maxImportBytes < 1) {
            throw new IllegalArgumentException("maxImportBytes must be positive, was " + maxImportBytes);
        }
        this.maxImportBytes = maxImportBytes;
    }

    @Override
    public void registerRoutes(ApiRoutes routes) {
        RequestProblems.register(routes);
        // the register file's own problems are worded in English by the file's adapter, for administrators
        routes.problem(InvalidRegisterFileException.class, e -> new ProblemException(ProblemType.INVALID_REQUEST,
                HttpText.FILE_NOT_IMPORTABLE.message().with("reason", e.getMessage()), List.of(new FieldProblem(
                e.field(), Message.verbatim(e.getMessage())))));
        ApiRoutes admin = routes.allow(Role.ADMIN);
        admin.post("/admin/register/imports", this::importRegister);
        admin.get("/admin/reports/expiring", this::expiring);
    }

    private void importRegister(Context ctx) {
        // the header as sent, never the servlet's parsed content type, which throws on a malformed charset (such a
        // charset is a 400 before any handler runs, RequestHeaders; this keeps the controller safe on its own)
        requireCsv(ctx.header(Header.CONTENT_TYPE));
        String fileName = Optional.ofNullable(ctx.queryParam("fileName")).map(String::strip).orElse("upload.csv");
        if (!FILE_NAME.matcher(fileName).matches()) {
            throw ProblemException.invalidField("fileName", HttpText.FILE_NAME_FORMAT.message());
        }
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxImportBytes) {
            throw tooLarge(Optional.empty());
        }
        ImportSummary summary;
        try (InputStream body = new Limited(ctx.req().getInputStream(), maxImportBytes)) {
            summary = imports.importRegister(Authentication.actor(ctx), new RegisterFile(fileName, body),
                    new ProgressLog(fileName));
        } catch (IOException e) {
            throw new ProblemException(ProblemType.BAD_REQUEST, HttpText.BODY_UNREADABLE.message());
        }
        if (summary.abortedBecause().filter(reason -> reason.contains(Limited.EXCEEDED)).isPresent()) {
            throw tooLarge(Optional.of(summary));
        }
        JsonAnswer.json(ctx, RegisterImportResponse.from(summary));
    }

    private void expiring(Context ctx) {
        LocalDate from = date(ctx, "from");
        LocalDate to = date(ctx, "to");
        if (to.isBefore(from)) {
            throw ProblemException.invalidField("to", HttpText.TO_BEFORE_FROM.message());
        }
        Optional<Department> department = Optional.ofNullable(ctx.queryParam("department")).map(code -> {
            try {
                return Department.of(Region.valueOf(code.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalidField("department", HttpText.DEPARTMENT_CODE.message());
            }
        });
        String format = Optional.ofNullable(ctx.queryParam("format")).orElse("json");
        ExpiryReportUseCase.Window window = new ExpiryReportUseCase.Window(from, to, department);
        switch (format) {
            case "json" -> JsonAnswer.json(ctx, ExpiryReportResponse.from(expiry.report(Authentication.actor(ctx),
                    window)));
            case "csv" -> exportCsv(ctx, window);
            default -> throw ProblemException.invalidField("format", HttpText.FORMAT_JSON_OR_CSV.message());
        }
    }

    /** Streams the rows as they are read: the list may hold hundreds of thousands of holders. */
    private void exportCsv(Context ctx, ExpiryReportUseCase.Window window) {
        Downloads.asAttachment(ctx, "expiring-" + window.from() + "-" + window.to() + ".csv").status(200)
                .contentType("text/csv; charset=utf-8");
        try {
            expiry.exportUnconfirmed(Authentication.actor(ctx), window, ctx.res().getOutputStream());
        } catch (IOException | UncheckedIOException e) {
            LOG.info("expiry export broken off by the client: {}", e.toString());
        }
    }

    private static LocalDate date(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            throw ProblemException.invalidField(name, HttpText.DATE_REQUIRED.message());
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(name, HttpText.DATE_PLAIN.message());
        }
    }

    private static void requireCsv(String contentType) {
        String media = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!media.equals("text/csv")) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, HttpText.SEND_CSV.message());
        }
    }

    private ProblemException tooLarge(Optional<ImportSummary> partial) {
        Message done = partial.map(s -> HttpText.IMPORT_PARTIAL.message().with("line", s.counts().rowsRead() + 1)
                .with("imported", s.counts().imported()).with("importId", s.importId()))
                .orElse(HttpText.IMPORT_NOTHING.message());
        return new ProblemException(ProblemType.CONTENT_TOO_LARGE, HttpText.IMPORT_TOO_LARGE.message()
                .with("max", maxImportBytes).with("done", done));
    }

    /** Counts the bytes read and fails beyond the limit, so that a body without a declared length is bounded too. */
    private static final class Limited extends FilterInputStream {
        static final String EXCEEDED = "the import size limit was exceeded";
        private final long limit;
        private long count;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(long n) throws IOException {
            count += n;
            if (count > limit) {
                throw new IOException(EXCEEDED);
            }
        }
    }

    /** Logs the progress of a long import every {@value #LOG_EVERY_ROWS} rows. */
    private static final class ProgressLog implements ImportListener {
        private final String fileName;
        private long nextLog = LOG_EVERY_ROWS;

        ProgressLog(String fileName) {
            this.fileName = fileName;
        }

        @Override
        public void progress(ImportProgress p) {
            if (p.rowsRead() >= nextLog) {
                nextLog = p.rowsRead() + LOG_EVERY_ROWS;
                LOG.info("register import {}: {} rows read, {} imported, {} already registered, {} rejected, "
                        + "{} rows/s", fileName, p.rowsRead(), p.imported(), p.alreadyRegistered(), p.rejected(),
                        Math.round(p.rowsPerSecond()));
            }
        }
    }
}
