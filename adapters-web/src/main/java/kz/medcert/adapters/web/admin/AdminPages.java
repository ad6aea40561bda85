package kz.medcert.adapters.web.admin;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import kz.medcert.adapters.web.Access;
import kz.medcert.adapters.web.NotFound;
import kz.medcert.adapters.web.Page.FieldProblem;
import kz.medcert.adapters.web.Uploads;
import kz.medcert.adapters.web.WebPages;
import kz.medcert.adapters.web.WebRequest;
import kz.medcert.adapters.web.WebRoutes;
import kz.medcert.adapters.web.i18n.Messages;
import kz.medcert.application.port.in.operations.CalendarCoverageUseCase;
import kz.medcert.application.port.in.certificates.ExpiryReportUseCase;
import kz.medcert.application.port.in.certificates.ExpiryReportUseCase.ExpiryReport;
import kz.medcert.application.port.in.certificates.ExpiryReportUseCase.Window;
import kz.medcert.application.port.in.reference.ReferenceDataUseCase;
import kz.medcert.application.port.in.audit.VerifyAuditChainUseCase;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.access.Regions;
import kz.medcert.domain.audit.ChainCheck;
import kz.medcert.domain.calendar.CalendarCoverage;
import kz.medcert.domain.reference.PersonDates;

/**
 * The administrator's pages: the register import from a CSV file with its progress (rows read, imported, rejected;
 * htmx refreshes it, a link does without JavaScript) and the rejects to download; the expiry report with its chart
 * drawn as SVG on the server and the CSV of holders to remind (R14, R79); the audit chain's verification; the
 * reference data and how far the working calendar reaches (R77).
 */
public final class AdminPages implements WebPages {
    static final String BASE = "/admin";

    private final ImportJobs jobs;
    private final ExpiryReportUseCase expiry;
    private final VerifyAuditChainUseCase auditChain;
    private final ReferenceDataUseCase reference;
    private final CalendarCoverageUseCase calendar;
    private final Clock clock;

    public AdminPages(ImportJobs jobs, ExpiryReportUseCase expiry, VerifyAuditChainUseCase auditChain,
                      ReferenceDataUseCase reference, CalendarCoverageUseCase calendar, Clock clock) {
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.expiry = Objects.requireNonNull(expiry, "expiry");
        this.auditChain = Objects.requireNonNull(auditChain, "auditChain");
        this.reference = Objects.requireNonNull(reference, "reference");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void register(WebRoutes routes) {
        routes.get(BASE, Access.ADMIN, this::overview);
        routes.get(BASE + "/import", Access.ADMIN, this::importForm);
        routes.postMultipart(BASE + "/import", Access.ADMIN, request -> startImport(request,
                routes.settings().maxImportBytes()));
        routes.get(BASE + "/imports/{job}", Access.ADMIN, this::importProgress);
        routes.get(BASE + "/imports/{job}/rejects.csv", Access.ADMIN, this::rejects);
        routes.get(BASE + "/expiry", Access.ADMIN, this::expiryReport);
        routes.get(BASE + "/expiry.csv", Access.ADMIN, this::expiryCsv);
        routes.get(BASE + "/audit", Access.ADMIN, this::audit);
        routes.get(BASE + "/reference", Access.ADMIN, this::referenceData);
    }

    /** The overview: what the administrator does here, and the calendar's reach. */
    public record OverviewModel(CalendarCoverage coverage) {
    }

    private void overview(WebRequest request) {
        request.render("admin/overview.jte", request.page("admin.title"), new OverviewModel(calendar.coverage()));
    }

    private void importForm(WebRequest request) {
        request.render("admin/import.jte", request.page("admin.import.title"), "");
    }

    private void startImport(WebRequest request, long maxBytes) throws IOException {
        Map<String, String> fields = new HashMap<>();
        Part file;
        try {
            file = Uploads.streamed(request, "file", maxBytes, fields);
        } catch (Uploads.TooLarge e) {
            request.renderInvalid("admin/import.jte", request.page("admin.import.title").withErrors(List.of(
                    new FieldProblem("file", request.messages().t("admin.import.tooLarge")))), "");
            return;
        }
        if (file == null || file.getSize() == 0) {
            request.renderInvalid("admin/import.jte", request.page("admin.import.title").withErrors(List.of(
                    new FieldProblem("file", request.messages().t("admin.import.noFile")))), "");
            return;
        }
        Path copy = Files.createTempFile("medcert-import", ".csv");
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        String name = Optional.ofNullable(file.getSubmittedFileName()).filter(n -> !n.isBlank()).orElse("register.csv");
        ImportJobs.Job job = jobs.start((Actor.Admin) request.actor(), name, copy);
        request.redirect(BASE + "/imports/" + job.id());
    }

    private void importProgress(WebRequest request) {
        ImportJobs.Job job = job(request);
        boolean fragment = "true".equals(request.ctx().header("HX-Request"));
        request.render(fragment ? "admin/progress.jte" : "admin/import-progress.jte",
                request.page("admin.progress.title"), job);
    }

    private void rejects(WebRequest request) throws IOException {
        ImportJobs.Job job = job(request);
        request.ctx().contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"rejects.csv\"")
                .result(jobs.rejects(job));
    }

    private ImportJobs.Job job(WebRequest request) {
        try {
            return jobs.find(request.actor(), UUID.fromString(request.pathParam("job")))
                    .orElseThrow(() -> new NotFound("import"));
        } catch (IllegalArgumentException e) {
            throw new NotFound("import");
        }
    }

    /** The report on the window, its chart by month, and the filter's values. */
    public record ExpiryModel(ExpiryReport report, ExpiryChart chart, String from, String to,
                              Optional<Department> department, List<Regions.Entry> regions, String csvQuery) {
    }

    private void expiryReport(WebRequest request) {
        LocalDate today = LocalDate.now(clock.withZone(Messages.ALMATY));
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate from = date(request, "from", today.withDayOfMonth(1), problems);
        LocalDate to = date(request, "to", from.plusYears(1).minusDays(1), problems);
        Optional<Department> department = request.query("department").flatMap(AdminPages::department);
        if (to.isBefore(from)) {
            problems.add(new FieldProblem("to", request.messages().t("admin.expiry.order")));
            to = from.plusYears(1).minusDays(1);
        }
        if (from.plusYears(5).isBefore(to)) {
            problems.add(new FieldProblem("to", request.messages().t("admin.expiry.tooLong")));
            to = from.plusYears(1).minusDays(1);
        }
        Actor actor = request.actor();
        Window window = new Window(from, to, department);
        ExpiryReport report = expiry.report(actor, window);
        List<ExpiryChart.Month> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.atDay(1).isAfter(to); month = month.plusMonths(1)) {
            LocalDate first = month.atDay(1).isBefore(from) ? from : month.atDay(1);
            LocalDate last = month.atEndOfMonth().isAfter(to) ? to : month.atEndOfMonth();
            ExpiryReport monthly = expiry.report(actor, new Window(first, last, department));
            months.add(new ExpiryChart.Month(month, monthly.expiring(), monthly.confirmed()));
        }
        String query = "from=" + PersonDates.format(from) + "&to=" + PersonDates.format(to)
                + department.map(d -> "&department=" + d.code()).orElse("");
        ExpiryModel model = new ExpiryModel(report, ExpiryChart.of(months), PersonDates.format(from), PersonDates.format(to),
                department, Regions.all(), query);
        var page = request.page("admin.expiry.title").withErrors(problems);
        if (problems.isEmpty()) {
            request.render("admin/expiry.jte", page, model);
        } else {
            request.renderInvalid("admin/expiry.jte", page, model);
        }
    }

    private void expiryCsv(WebRequest request) throws IOException {
        LocalDate today = LocalDate.now(clock.withZone(Messages.ALMATY));
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate from = date(request, "from", today.withDayOfMonth(1), problems);
        LocalDate to = date(request, "to", from.plusYears(1).minusDays(1), problems);
        if (!problems.isEmpty() || to.isBefore(from)) {
            throw new NotFound("expiry export with invalid dates");
        }
        Window window = new Window(from, to, request.query("department").flatMap(AdminPages::department));
        request.ctx().contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"to-remind-" + from + "-" + to + ".csv\"");
        // the use case writes straight to the response, row by row, and records the export in the audit log
        expiry.exportUnconfirmed(request.actor(), window, request.ctx().outputStream());
    }

    /** How the verification of the audit chain ended. */
    public record AuditModel(ChainCheck check) {
        public long entries() {
            return check.fold(ChainCheck.Intact::entries, broken -> broken.verified());
        }

        public long brokenAt() {
            return check.fold(intact -> 0L, ChainCheck.Broken::sequence);
        }

        public String explanation() {
            return check.fold(intact -> "", ChainCheck.Broken::explanation);
        }
    }

    private void audit(WebRequest request) {
        request.render("admin/audit.jte", request.page("admin.audit.title"),
                new AuditModel(auditChain.verify(request.actor())));
    }

    /** The reference data and the calendar, with its reach. */
    public record ReferenceModel(ReferenceDataUseCase.ReferenceData data, CalendarCoverage coverage) {
    }

    private void referenceData(WebRequest request) {
        request.render("admin/reference.jte", request.page("admin.reference.title"),
                new ReferenceModel(reference.referenceData(), calendar.coverage()));
    }

    private static LocalDate date(WebRequest request, String name, LocalDate fallback, List<FieldProblem> problems) {
        Optional<String> typed = request.query(name);
        if (typed.isEmpty()) {
            return fallback;
        }
        Optional<LocalDate> day = PersonDates.parse(typed.get());
        if (day.isEmpty()) {
            problems.add(new FieldProblem(name, request.messages().t("admin.expiry.date")));
        }
        return day.orElse(fallback);
    }

    private static Optional<Department> department(String code) {
        try {
            return Optional.of(Department.of(Region.valueOf(code)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
