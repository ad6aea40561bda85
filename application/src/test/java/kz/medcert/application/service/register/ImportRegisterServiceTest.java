package kz.medcert.application.service.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import kz.medcert.application.fakes.InMemoryAuditTrail;
import kz.medcert.application.fakes.InMemoryCertificateRegister;
import kz.medcert.application.fakes.LineRegisterFile;
import kz.medcert.application.fakes.MutableClock;
import kz.medcert.application.port.in.AccessDeniedException;
import kz.medcert.application.port.in.register.ImportRegisterUseCase.FieldProblem;
import kz.medcert.application.port.in.register.ImportRegisterUseCase.ImportListener;
import kz.medcert.application.port.in.register.ImportRegisterUseCase.ImportProgress;
import kz.medcert.application.port.in.register.ImportRegisterUseCase.ImportSummary;
import kz.medcert.application.port.in.register.ImportRegisterUseCase.RegisterFile;
import kz.medcert.application.port.in.register.ImportRegisterUseCase.RowReject;
import kz.medcert.application.port.in.register.InvalidRegisterFileException;
import kz.medcert.application.testing.CertificateFixtures;
import kz.medcert.application.testing.RegisterEntries;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.audit.AuditEntry;
import kz.medcert.domain.audit.ChainCheck;
import kz.medcert.domain.audit.ChainHead;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.certificate.Supersessions;
import kz.medcert.domain.request.RequestId;
import org.junit.jupiter.api.Test;

/**
 * The import of an existing register (R75) as the core runs it: batches, reruns, numbers twice, audit, and a file
 * that breaks off. How a row is read and checked field by field is the register file adapter's (its own tests); here
 * a stand-in layout ({@link LineRegisterFile}) hands over rows of entries and rejects.
 */
class ImportRegisterServiceTest {
    private static final Actor.Admin ADMIN = new Actor.Admin("ADM-7");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private final MutableClock clock = MutableClock.at("2026-11-20T10:00+05:00");
    private final InMemoryCertificateRegister register = new InMemoryCertificateRegister();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final LineRegisterFile files = new LineRegisterFile();
    private final ImportRegisterService service = new ImportRegisterService(register, audit, files, clock, 3);

    @Test
    void importsEveryValidRow_inBatchesOfTheConfiguredSize_R75() {
        List<IssuedCertificate> entries = entries(7);

        ImportSummary summary = importFile(LineRegisterFile.file(entries));

        assertThat(summary.completed()).isTrue();
        assertThat(summary.counts().rowsRead()).isEqualTo(7);
        assertThat(summary.counts().imported()).isEqualTo(7);
        assertThat(summary.counts().rejected()).isZero();
        assertThat(register.batches()).isEqualTo(3);
        // as written, and what a later entry of the holder replaced is marked (R14, R75)
        List<IssuedCertificate> replaced = Supersessions.pending(entries);
        assertThat(replaced).isNotEmpty();
        entries.forEach(e -> assertThat(register.find(e.number())).contains(replaced.stream()
                .filter(r -> r.number().equals(e.number())).findFirst().orElse(e)));
    }

    @Test
    void reportsProgressAfterEachBatch_andAtTheEnd() {
        clock.tickingBy(Duration.ofMillis(250));
        List<ImportProgress> progress = new ArrayList<>();

        service.importRegister(ADMIN, file(LineRegisterFile.file(entries(7))), new ImportListener() {
            @Override
            public void progress(ImportProgress p) {
                progress.add(p);
            }
        });

        assertThat(progress).extracting(ImportProgress::imported).containsExactly(3L, 6L, 7L, 7L);
        assertThat(progress.get(3).rowsPerSecond()).isPositive();
        assertThat(progress).extracting(ImportProgress::elapsed).isSorted();
    }

    @Test
    void aRerunOfTheSameFile_skipsEveryRow_andChangesNothing() {
        String file = LineRegisterFile.file(entries(5));
        importFile(file);

        ImportSummary rerun = importFile(file);

        assertThat(rerun.counts().imported()).isZero();
        assertThat(rerun.counts().alreadyRegistered()).isEqualTo(5);
        assertThat(rerun.counts().rejected()).isZero();
    }

    @Test
    void rowsTheLayoutRefuses_areRejectedAtTheirLine_withEveryProblem_andTheOthersImported() {
        List<IssuedCertificate> entries = entries(2);
        String file = LineRegisterFile.file(entries) + LineRegisterFile.rejected("specialty", "not in the List")
                + "\n\n" + LineRegisterFile.rejected("record", "the row has 2 fields, the header 15") + "\n";

        ImportSummary summary = importFile(file);

        assertThat(summary.counts().rowsRead()).isEqualTo(4);
        assertThat(summary.counts().imported()).isEqualTo(2);
        assertThat(summary.counts().rejected()).isEqualTo(2);
        assertThat(summary.firstRejects()).containsExactly(
                new RowReject(4, List.of(new FieldProblem("specialty", "not in the List"))),
                new RowReject(6, List.of(new FieldProblem("record", "the row has 2 fields, the header 15"))));
    }

    @Test
    void aDifferentEntryUnderARegisteredNumber_isRejectedAtItsLine_andTheRegisteredOneKept() {
        IssuedCertificate registered = CertificateFixtures.valid();
        register.add(registered);
        IssuedCertificate other = CertificateFixtures.inSpecialty(registered, "THERAPY");
        files.knowing(List.of(other));

        ImportSummary summary = importFile(LineRegisterFile.file(List.of(entries(1).get(0), other)));

        assertThat(summary.counts().imported()).isEqualTo(1);
        assertThat(summary.firstRejects()).containsExactly(new RowReject(3, List.of(new FieldProblem("number",
                "the register holds a different entry under this number"))));
        assertThat(register.find(registered.number())).contains(registered);
    }

    @Test
    void theSameNumberTwiceInTheFile_isSkippedWhenIdentical_andRejectedWhenNot() {
        IssuedCertificate entry = CertificateFixtures.valid();
        IssuedCertificate clash = CertificateFixtures.inSpecialty(entry, "THERAPY");
        files.knowing(List.of(entry)).knowing("clash", clash);
        String number = entry.number().value();

        ImportSummary summary = importFile(LineRegisterFile.HEADER + "\n" + number + "\n" + number + "\nclash\n");

        assertThat(summary.counts().imported()).isEqualTo(1);
        assertThat(summary.counts().alreadyRegistered()).isEqualTo(1);
        assertThat(summary.firstRejects()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(4);
            assertThat(r.problems()).singleElement().isEqualTo(new FieldProblem("number",
                    "line 2 of the file has this number with other content"));
        });
    }

    @Test
    void rejectsAreListedInFileOrder_thoseOfTheRegisterAmongThoseOfTheLayout() {
        IssuedCertificate registered = CertificateFixtures.valid();
        register.add(registered);
        files.knowing("other", CertificateFixtures.inSpecialty(registered, "THERAPY"));

        ImportSummary summary = importFile(LineRegisterFile.HEADER + "\nother\n"
                + LineRegisterFile.rejected("surname", "required") + "\n");

        assertThat(summary.firstRejects()).extracting(RowReject::line).containsExactly(2L, 3L);
    }

    @Test
    void aWrongHeader_refusesTheFile_namingTheField_andNothingIsWrittenNorAudited() {
        String header = LineRegisterFile.rejected("specialty", "the header lacks the required column specialty");

        assertThatThrownBy(() -> importFile(header + "\n" + entries(1).get(0).number().value() + "\n"))
                .isInstanceOfSatisfying(InvalidRegisterFileException.class, e -> {
                    assertThat(e.field()).isEqualTo("specialty");
                    assertThat(e.getMessage()).isEqualTo("the header lacks the required column specialty");
                });
        assertThatThrownBy(() -> importFile("")).isInstanceOfSatisfying(InvalidRegisterFileException.class,
                e -> assertThat(e.field()).isEqualTo("header"));
        assertThat(register.batches()).isZero();
        assertThat(audit.verifyAll()).isEqualTo(new ChainCheck.Intact(0, ChainHead.EMPTY));
    }

    @Test
    void onlyAnAdministratorImports() {
        assertThatThrownBy(() -> service.importRegister(new Actor.Officer("OFF-1",
                        CertificateFixtures.valid().department()), file(LineRegisterFile.file(entries(1))),
                ImportListener.NONE))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(register.batches()).isZero();
    }

    @Test
    void theImportIsAudited_atItsStartAndEnd_withTheFilesDigestAndCounts() throws Exception {
        String file = LineRegisterFile.file(entries(4)) + "garbage\n";

        ImportSummary summary = importFile(file);

        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(file.getBytes(StandardCharsets.UTF_8)));
        assertThat(summary.sha256()).isEqualTo(sha256);
        List<AuditEntry> trail = audit.trailOf(new RequestId(summary.importId()));
        assertThat(trail).extracting(AuditEntry::event).containsExactly("REGISTER_IMPORT_STARTED",
                "REGISTER_IMPORT_FINISHED");
        assertThat(trail).extracting(AuditEntry::actor).containsOnly("ADMIN ADM-7");
        assertThat(trail.get(0).detail()).isEqualTo("file register.csv");
        assertThat(trail.get(1).detail()).contains("sha256=" + sha256, "read=5", "imported=4",
                "alreadyRegistered=0", "rejected=1");
        assertThat(audit.verifyAll()).isInstanceOf(ChainCheck.Intact.class);
    }

    @Test
    void aFileThatBreaksOffWhileRead_stopsTheImport_keepingTheBatchesBefore_andSaysWhy() {
        byte[] good = LineRegisterFile.file(entries(4)).getBytes(StandardCharsets.UTF_8);
        InputStream breaking = new SequenceInputStream(new ByteArrayInputStream(good), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        });

        ImportSummary summary = service.importRegister(ADMIN, new RegisterFile("register.csv", breaking),
                ImportListener.NONE);

        assertThat(summary.completed()).isFalse();
        assertThat(summary.abortedBecause()).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("reading stopped at line 6: ").contains("connection reset"));
        assertThat(summary.counts().imported()).isEqualTo(4);
        assertThat(audit.trailOf(new RequestId(summary.importId()))).extracting(AuditEntry::event)
                .containsExactly("REGISTER_IMPORT_STARTED", "REGISTER_IMPORT_ABORTED");
    }

    @Test
    void importedNumbersMoveTheSerialCounter_soThatNoNumberIsIssuedTwice() {
        List<IssuedCertificate> entry = List.of(CertificateFixtures.issued(CertificateFixtures.number(2026, 500),
                LocalDate.of(2026, 2, 1)));
        files.knowing(entry);

        importFile(LineRegisterFile.file(entry));

        assertThat(register.nextSerial(Year.of(2026))).isEqualTo(501);
    }

    @Test
    void theSummaryListsTheFirstThousandRejects_andCountsThemAll() {
        String rows = IntStream.rangeClosed(1, ImportSummary.LISTED_REJECTS + 1)
                .mapToObj(i -> LineRegisterFile.rejected("record", "not a row")).collect(Collectors.joining("\n"));

        ImportSummary summary = importFile(LineRegisterFile.HEADER + "\n" + rows + "\n");

        assertThat(summary.counts().rejected()).isEqualTo(ImportSummary.LISTED_REJECTS + 1);
        assertThat(summary.firstRejects()).hasSize(ImportSummary.LISTED_REJECTS);
    }

    private ImportSummary importFile(String text) {
        return service.importRegister(ADMIN, file(text), ImportListener.NONE);
    }

    private static RegisterFile file(String text) {
        return new RegisterFile("register.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Generated entries, which the stand-in layout knows by their numbers. */
    private List<IssuedCertificate> entries(int count) {
        RegisterEntries generator = new RegisterEntries(42, TODAY);
        List<IssuedCertificate> entries = IntStream.range(0, count).mapToObj(i -> generator.next()).toList();
        files.knowing(entries);
        return entries;
    }
}
