package kz.medcert.application.service;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import kz.medcert.application.fakes.InMemoryAuditTrail;
import kz.medcert.application.fakes.InMemoryCertificateRegister;
import kz.medcert.application.fakes.MutableClock;
import kz.medcert.application.port.in.AccessDeniedException;
import kz.medcert.application.port.in.ImportRegisterUseCase.FieldProblem;
import kz.medcert.application.port.in.ImportRegisterUseCase.ImportListener;
import kz.medcert.application.port.in.ImportRegisterUseCase.ImportProgress;
import kz.medcert.application.port.in.ImportRegisterUseCase.ImportSummary;
import kz.medcert.application.port.in.ImportRegisterUseCase.RegisterFile;
import kz.medcert.application.port.in.ImportRegisterUseCase.RowReject;
import kz.medcert.application.port.in.InvalidRegisterFileException;
import kz.medcert.application.port.in.RegisterCsv;
import kz.medcert.application.testing.CertificateFixtures;
import kz.medcert.application.testing.RegisterEntries;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.audit.AuditEntry;
import kz.medcert.domain.audit.ChainCheck;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.certificate.Supersessions;
import kz.medcert.domain.reference.SpecialtyCatalogue;
import kz.medcert.domain.request.RequestId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The import of an existing register from CSV (R75): checks by line and field, batches, reruns, audit. */
class ImportRegisterServiceTest {
    private static final Actor.Admin ADMIN = new Actor.Admin("ADM-7");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private final MutableClock clock = MutableClock.at("2026-11-20T10:00+05:00");
    private final InMemoryCertificateRegister register = new InMemoryCertificateRegister();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final ImportRegisterService service = new ImportRegisterService(register, audit,
            SpecialtyCatalogue.standard(), clock, 3);

    @Test
    void importsEveryValidRow_inBatchesOfTheConfiguredSize_R75() {
        List<IssuedCertificate> entries = entries(7);

        ImportSummary summary = importCsv(csv(entries));

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

        service.importRegister(ADMIN, file(csv(entries(7))), new ImportListener() {
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
        String csv = csv(entries(5));
        importCsv(csv);

        ImportSummary rerun = importCsv(csv);

        assertThat(rerun.counts().imported()).isZero();
        assertThat(rerun.counts().alreadyRegistered()).isEqualTo(5);
        assertThat(rerun.counts().rejected()).isZero();
    }

    @Test
    void aDifferentEntryUnderARegisteredNumber_isRejectedAtItsLine_andTheRegisteredOneKept() {
        IssuedCertificate registered = CertificateFixtures.valid();
        register.add(registered);
        IssuedCertificate other = CertificateFixtures.inSpecialty(registered, "THERAPY");

        ImportSummary summary = importCsv(csv(List.of(entries(1).get(0), other)));

        assertThat(summary.counts().imported()).isEqualTo(1);
        assertThat(summary.firstRejects()).containsExactly(new RowReject(3, List.of(new FieldProblem("number",
                "the register holds a different entry under this number"))));
        assertThat(register.find(registered.number())).contains(registered);
    }

    @Test
    void theSameNumberTwiceInTheFile_isSkippedWhenIdentical_andRejectedWhenNot() {
        IssuedCertificate entry = CertificateFixtures.valid();
        IssuedCertificate clash = CertificateFixtures.inSpecialty(entry, "THERAPY");

        ImportSummary summary = importCsv(csv(List.of(entry, entry, clash)));

        assertThat(summary.counts().imported()).isEqualTo(1);
        assertThat(summary.counts().alreadyRegistered()).isEqualTo(1);
        assertThat(summary.firstRejects()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(4);
            assertThat(r.problems().get(0).message()).contains("line 2");
        });
    }

    static Stream<Arguments> badFields() {
        return Stream.of(
                Arguments.of(RegisterCsv.HOLDER_IIN, wrongLastDigit(CertificateFixtures.HOLDER_IIN.value()),
                        "check digit"),
                Arguments.of(RegisterCsv.HOLDER_IIN, "", "IIN is empty"),
                Arguments.of(RegisterCsv.SURNAME, "Smith2", "not allowed in names"),
                Arguments.of(RegisterCsv.GIVEN_NAME, "", "given name is required"),
                Arguments.of(RegisterCsv.SPECIALTY, "ASTROLOGY", "List of specialties"),
                Arguments.of(RegisterCsv.QUALIFICATION_LEVEL, "TOP", "one of SECOND, FIRST, HIGHEST"),
                Arguments.of(RegisterCsv.DEPARTMENT, "ATLANTIS", "region code"),
                Arguments.of(RegisterCsv.ISSUED_ON, "2024-13-01", "not a date"),
                Arguments.of(RegisterCsv.ISSUED_ON, "2026-11-21", "after today"),
                Arguments.of(RegisterCsv.VALID_UNTIL, "2024-05-09", "before the issue date"),
                Arguments.of(RegisterCsv.VALID_UNTIL, "", "R13"),
                Arguments.of(RegisterCsv.NUMBER, wrongLastDigit(CertificateFixtures.number(2024, 2).value()),
                        "check digit does not match"),
                Arguments.of(RegisterCsv.NUMBER, "12345", "looks like MC-"),
                Arguments.of(RegisterCsv.NUMBER, CertificateFixtures.number(2023, 2).value(), "not the year of issue"),
                Arguments.of(RegisterCsv.CONFIRMS, "X", "not a certificate number"),
                Arguments.of(RegisterCsv.REVOKED_ON, "2026-01-10", "revocation_ground"));
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @MethodSource("badFields")
    void aRowWithABadField_isRejectedNamingTheField_andTheOtherRowsAreImported(String column, String value,
                                                                              String message) {
        IssuedCertificate good = CertificateFixtures.valid(); // issued 2024-05-10, MC-2024-00000001
        Map<String, String> bad = fields(CertificateFixtures.issued(CertificateFixtures.number(2024, 2),
                LocalDate.of(2024, 5, 10)));
        bad.put(column, value);

        ImportSummary summary = importCsv(RegisterCsv.header() + "\n" + RegisterCsv.line(good) + "\n"
                + String.join(",", bad.values()) + "\n");

        assertThat(summary.counts().imported()).isEqualTo(1);
        assertThat(summary.counts().rejected()).isEqualTo(1);
        RowReject reject = summary.firstRejects().get(0);
        assertThat(reject.line()).isEqualTo(3);
        assertThat(reject.problems()).anySatisfy(p -> {
            assertThat(p.field()).isIn(column, RegisterCsv.REVOCATION_GROUND);
            assertThat(p.field() + ": " + p.message()).contains(message);
        });
        assertThat(reject.problems().toString()).doesNotContain(CertificateFixtures.HOLDER_IIN.value());
    }

    @Test
    void aRowWithSeveralProblems_namesEachOfThem() {
        Map<String, String> row = fields(CertificateFixtures.valid());
        row.put(RegisterCsv.HOLDER_IIN, "123");
        row.put(RegisterCsv.SPECIALTY, "ASTROLOGY");
        row.put(RegisterCsv.REVOKED_BY, "OFFICER 1 ATYRAU");

        ImportSummary summary = importCsv(RegisterCsv.header() + "\n" + String.join(",", row.values()) + "\n");

        assertThat(summary.firstRejects().get(0).problems()).extracting(FieldProblem::field).containsExactly(
                RegisterCsv.HOLDER_IIN, RegisterCsv.SPECIALTY, RegisterCsv.REVOKED_ON, RegisterCsv.REVOCATION_GROUND,
                RegisterCsv.REVOCATION_REASON);
    }

    @Test
    void indefiniteCertificatesIssuedBefore9October2015_areImported_R13() {
        IssuedCertificate indefinite = new IssuedCertificate(CertificateFixtures.number(2015, 3),
                CertificateFixtures.HOLDER_IIN, CertificateFixtures.HOLDER,
                kz.medcert.domain.reference.SpecialtyCode.of("THERAPY"), java.util.Optional.empty(),
                CertificateFixtures.valid().department(), LocalDate.of(2015, 10, 8), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty());

        ImportSummary summary = importCsv(csv(List.of(indefinite)));

        assertThat(summary.counts().imported()).isEqualTo(1);
        assertThat(register.find(indefinite.number())).contains(indefinite);
    }

    @Test
    void aRowWithTooFewFields_isRejectedAsARecord() {
        ImportSummary summary = importCsv(RegisterCsv.header() + "\n850412413718,Абенова\n");

        assertThat(summary.firstRejects()).containsExactly(new RowReject(2, List.of(new FieldProblem("record",
                "the row has 2 fields, the header " + RegisterCsv.COLUMNS.size()))));
    }

    @Test
    void aRevocationReasonWithCommasQuotesAndLineBreaks_roundTrips_andLaterLinesAreCountedRight_R88() {
        IssuedCertificate revoked = CertificateFixtures.valid().revoked(new kz.medcert.domain.certificate.Revocation(
                LocalDate.of(2025, 6, 2), "GROUND_4_COURT_PROHIBITION",
                "Приговор суда, № 2-777/2025,\n\"о запрете\"", "OFFICER 17 ATYRAU"));
        Map<String, String> bad = fields(CertificateFixtures.issued(CertificateFixtures.number(2024, 2),
                LocalDate.of(2024, 5, 10)));
        bad.put(RegisterCsv.SPECIALTY, "ASTROLOGY");

        ImportSummary summary = importCsv(csv(List.of(revoked)) + String.join(",", bad.values()) + "\n");

        assertThat(register.find(revoked.number())).contains(revoked);
        assertThat(summary.firstRejects()).extracting(RowReject::line).containsExactly(4L);
    }

    @Test
    void columnsMayComeInAnyOrder_andTheOptionalOnesMayBeLeftOut() {
        IssuedCertificate entry = CertificateFixtures.valid();
        Map<String, String> fields = fields(entry);
        List<String> columns = new ArrayList<>(RegisterCsv.REQUIRED);
        java.util.Collections.reverse(columns);

        importCsv("\uFEFF" + String.join(",", columns) + "\r\n"
                + columns.stream().map(fields::get).collect(Collectors.joining(",")) + "\r\n");

        assertThat(register.find(entry.number())).contains(entry);
    }

    @Test
    void aHeaderWithoutARequiredColumn_isRefused_andNothingIsWrittenNorAudited() {
        String header = String.join(",", RegisterCsv.COLUMNS).replace("specialty,", "");

        assertThatThrownBy(() -> importCsv(header + "\n"))
                .isInstanceOfSatisfying(InvalidRegisterFileException.class,
                        e -> assertThat(e.field()).isEqualTo(RegisterCsv.SPECIALTY));
        assertThat(audit.verifyAll()).isEqualTo(new ChainCheck.Intact(0, kz.medcert.domain.audit.ChainHead.EMPTY));
    }

    @Test
    void aHeaderWithAnUnknownOrRepeatedColumn_orNoHeader_isRefused() {
        assertThatThrownBy(() -> importCsv(RegisterCsv.header() + ",shoe_size\n"))
                .isInstanceOf(InvalidRegisterFileException.class).hasMessageContaining("column 16");
        assertThatThrownBy(() -> importCsv(RegisterCsv.header() + ",number\n"))
                .isInstanceOf(InvalidRegisterFileException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> importCsv("")).isInstanceOf(InvalidRegisterFileException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void onlyAnAdministratorImports() {
        assertThatThrownBy(() -> service.importRegister(new Actor.Officer("OFF-1",
                        CertificateFixtures.valid().department()), file(csv(entries(1))), ImportListener.NONE))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(register.batches()).isZero();
    }

    @Test
    void theImportIsAudited_atItsStartAndEnd_withTheFilesDigestAndCounts() throws Exception {
        String csv = csv(entries(4)) + "garbage\n";

        ImportSummary summary = importCsv(csv);

        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(csv.getBytes(StandardCharsets.UTF_8)));
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
    void aRowWithBytesThatAreNotUtf8_isRejectedNamingTheField() {
        IssuedCertificate entry = CertificateFixtures.valid();
        String line = RegisterCsv.line(entry);
        byte[] bytes = (RegisterCsv.header() + "\n" + line + "\n").getBytes(StandardCharsets.UTF_8);
        int surname = RegisterCsv.header().length() + 1 + line.indexOf(',') + 1;
        bytes[surname] = (byte) 0xFF; // never part of UTF-8

        ImportSummary summary = service.importRegister(ADMIN, new RegisterFile("register.csv",
                new ByteArrayInputStream(bytes)), ImportListener.NONE);

        assertThat(summary.completed()).isTrue();
        assertThat(summary.firstRejects()).containsExactly(new RowReject(2, List.of(new FieldProblem(
                RegisterCsv.SURNAME, "is not UTF-8 text: save the file in UTF-8"))));
    }

    @Test
    void aFileThatBreaksOffWhileRead_stopsTheImport_keepingTheBatchesBefore_andSaysWhy() {
        List<IssuedCertificate> entries = entries(4);
        byte[] good = csv(entries).getBytes(StandardCharsets.UTF_8);
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
                .contains("connection reset"));
        assertThat(summary.counts().imported()).isEqualTo(4);
        assertThat(audit.trailOf(new RequestId(summary.importId()))).extracting(AuditEntry::event)
                .containsExactly("REGISTER_IMPORT_STARTED", "REGISTER_IMPORT_ABORTED");
    }

    @Test
    void importedNumbersMoveTheSerialCounter_soThatNoNumberIsIssuedTwice() {
        importCsv(csv(List.of(CertificateFixtures.issued(CertificateFixtures.number(2026, 500),
                LocalDate.of(2026, 2, 1)))));

        assertThat(register.nextSerial(Year.of(2026))).isEqualTo(501);
    }

    @Test
    void theSummaryListsTheFirstThousandRejects_andCountsThemAll() {
        String rows = IntStream.rangeClosed(1, ImportSummary.LISTED_REJECTS + 1).mapToObj(i -> "x")
                .collect(Collectors.joining("\n"));

        ImportSummary summary = importCsv(RegisterCsv.header() + "\n" + rows + "\n");

        assertThat(summary.counts().rejected()).isEqualTo(ImportSummary.LISTED_REJECTS + 1);
        assertThat(summary.firstRejects()).hasSize(ImportSummary.LISTED_REJECTS);
    }

    private static String wrongLastDigit(String text) {
        char last = text.charAt(text.length() - 1);
        return text.substring(0, text.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
    }

    private ImportSummary importCsv(String csv) {
        return service.importRegister(ADMIN, file(csv), ImportListener.NONE);
    }

    private static RegisterFile file(String csv) {
        return new RegisterFile("register.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    static List<IssuedCertificate> entries(int count) {
        RegisterEntries generator = new RegisterEntries(42, TODAY);
        return IntStream.range(0, count).mapToObj(i -> generator.next()).toList();
    }

    static String csv(List<IssuedCertificate> entries) {
        return RegisterCsv.header() + "\n" + entries.stream().map(e -> RegisterCsv.line(e) + "\n")
                .collect(Collectors.joining());
    }

    /** The entry's fields by column, in the layout's order (none of the fixtures' fields needs quoting). */
    private static Map<String, String> fields(IssuedCertificate entry) {
        String[] values = RegisterCsv.line(entry).split(",", -1);
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            fields.put(RegisterCsv.COLUMNS.get(i), values[i]);
        }
        return fields;
    }
}
