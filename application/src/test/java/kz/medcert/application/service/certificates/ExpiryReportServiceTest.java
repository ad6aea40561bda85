package kz.medcert.application.service.certificates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.medcert.application.fakes.InMemoryAuditTrail;
import kz.medcert.application.fakes.InMemoryCertificateRegister;
import kz.medcert.application.fakes.LineRegisterFile;
import kz.medcert.application.fakes.MutableClock;
import kz.medcert.application.port.in.AccessDeniedException;
import kz.medcert.application.port.in.certificates.ExpiryReportUseCase.ExpiryReport;
import kz.medcert.application.port.in.certificates.ExpiryReportUseCase.Line;
import kz.medcert.application.port.in.certificates.ExpiryReportUseCase.Window;
import kz.medcert.application.testing.CertificateFixtures;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.person.Sex;
import kz.medcert.domain.reference.SpecialtyCode;
import org.junit.jupiter.api.Test;

/** Which certificates expire in a window (R14, R79): counts for planning, the unconfirmed holders for reminders. */
class ExpiryReportServiceTest {
    private static final Actor.Admin ADMIN = new Actor.Admin("ADM-7");
    private static final Department ALMATY = Department.of(Region.ALMATY_CITY);
    private static final Department ATYRAU = Department.of(Region.ATYRAU);
    private static final Window YEAR_2027 = new Window(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31),
            Optional.empty());

    private final InMemoryCertificateRegister register = new InMemoryCertificateRegister();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final ExpiryReportService service = new ExpiryReportService(register, audit, new LineRegisterFile(),
            MutableClock.at("2026-11-20T10:00+05:00"));

    private final IssuedCertificate firstDay = entry(1, ALMATY, "PEDIATRICS", LocalDate.of(2022, 1, 1));
    private final IssuedCertificate lastDay = entry(2, ALMATY, "PEDIATRICS", LocalDate.of(2022, 12, 31));
    private final IssuedCertificate therapy = entry(3, ALMATY, "THERAPY", LocalDate.of(2022, 6, 1));
    private final IssuedCertificate atyrau = entry(4, ATYRAU, "PEDIATRICS", LocalDate.of(2022, 6, 1));

    @Test
    void countsPerDepartmentAndSpecialty_theEntriesWhoseLastDayLiesInTheWindow_R79() {
        register.addAll(List.of(firstDay, lastDay, therapy, atyrau,
                entry(5, ALMATY, "PEDIATRICS", LocalDate.of(2021, 12, 31)),    // expires 2026-12-31: before
                entry(6, ALMATY, "PEDIATRICS", LocalDate.of(2023, 1, 1)),      // 2028-01-01: after
                revokedBeforeExpiry(entry(7, ALMATY, "PEDIATRICS", LocalDate.of(2022, 3, 1))),
                indefinite()));                                                    // R13: no last day

        ExpiryReport report = service.report(ADMIN, YEAR_2027);

        assertThat(report.lines()).containsExactly(
                new Line(ALMATY, SpecialtyCode.of("PEDIATRICS"), 2, 0),
                new Line(ALMATY, SpecialtyCode.of("THERAPY"), 1, 0),
                new Line(ATYRAU, SpecialtyCode.of("PEDIATRICS"), 1, 0));
        assertThat(report.expiring()).isEqualTo(4);
    }

    @Test
    void anEntryConfirmedByALaterOne_isCountedAsConfirmed_andNotExported_R14() {
        IssuedCertificate confirmation = confirming(firstDay, 8);
        register.addAll(List.of(firstDay, lastDay, confirmation));

        ExpiryReport report = service.report(ADMIN, YEAR_2027);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long count = service.exportUnconfirmed(ADMIN, YEAR_2027, out);

        assertThat(report.lines()).containsExactly(new Line(ALMATY, SpecialtyCode.of("PEDIATRICS"), 2, 1));
        assertThat(report.toConfirm()).isEqualTo(1);
        assertThat(exported(out)).containsExactly(lastDay.number().value());
        assertThat(count).isEqualTo(1);
    }

    @Test
    void oneDepartment_only() {
        register.addAll(List.of(firstDay, atyrau));

        ExpiryReport report = service.report(ADMIN, new Window(YEAR_2027.from(), YEAR_2027.to(),
                Optional.of(ATYRAU)));

        assertThat(report.lines()).extracting(Line::department).containsExactly(ATYRAU);
    }

    @Test
    void theExportIsOrderedByLastDay_andRecordedInTheAuditLog() {
        register.addAll(List.of(lastDay, therapy, firstDay));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        service.exportUnconfirmed(ADMIN, YEAR_2027, out);

        // in the register file layout (here the stand-in's: its header, then one number a line)
        assertThat(exported(out)).containsExactly(firstDay.number().value(), therapy.number().value(),
                lastDay.number().value());
        assertThat(audit.all()).singleElement().satisfies(recorded -> {
            assertThat(recorded.actor()).isEqualTo("ADMIN ADM-7");
            assertThat(recorded.event()).isEqualTo("EXPIRING_HOLDERS_EXPORTED");
            assertThat(recorded.detail()).contains("2027-01-01..2027-12-31", "all departments", "3 entries")
                    .doesNotContain(CertificateFixtures.SURNAME);
        });
    }

    @Test
    void onlyAnAdministratorSeesTheReport() {
        Actor officer = new Actor.Officer("OFF-1", ALMATY);

        assertThatThrownBy(() -> service.report(officer, YEAR_2027)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.exportUnconfirmed(officer, YEAR_2027, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anExportBrokenOffByTheReader_failsAsSuch_andIsAuditedAllTheSame() {
        register.addAll(List.of(firstDay, therapy));
        OutputStream gone = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("broken pipe");
            }
        };

        assertThatThrownBy(() -> service.exportUnconfirmed(ADMIN, YEAR_2027, gone))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("broken pipe");
        assertThat(audit.all()).extracting(recorded -> recorded.event())
                .containsExactly("EXPIRING_HOLDERS_EXPORTED");
    }

    /** The numbers exported, after the stand-in layout's header. */
    private static List<String> exported(ByteArrayOutputStream out) {
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo(LineRegisterFile.HEADER);
        return lines.subList(1, lines.size());
    }

    @Test
    void aWindowEndingBeforeItStarts_isRefused() {
        assertThatThrownBy(() -> new Window(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 1, 31), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** An entry of a holder of its own (the {@code serial}-th), so that none replaces another (R75). */
    private static IssuedCertificate entry(long serial, Department department, String specialty, LocalDate issued) {
        IssuedCertificate c = CertificateFixtures.issued(CertificateFixtures.number(issued.getYear(), serial), issued);
        return new IssuedCertificate(c.number(), holder(serial), c.holderName(), SpecialtyCode.of(specialty),
                c.qualificationLevel(), department, c.issuedOn(), c.validUntil(), c.confirms(), c.revocation());
    }

    private static Iin holder(long k) {
        for (int serial = 0; ; serial++) {
            try {
                return Iin.of(LocalDate.of(1980, 1, 1).plusDays(k), Sex.FEMALE, 2000 + serial);
            } catch (IllegalArgumentException noCheckDigit) {
                // some serials admit no check digit: take the next
            }
        }
    }

    private static IssuedCertificate revokedBeforeExpiry(IssuedCertificate c) {
        return c.revoked(CertificateFixtures.revocation(LocalDate.of(2024, 1, 15)));
    }

    private static IssuedCertificate indefinite() {
        IssuedCertificate c = entry(9, ALMATY, "PEDIATRICS", LocalDate.of(2012, 4, 1));
        return new IssuedCertificate(c.number(), c.holder(), c.holderName(), c.specialty(), c.qualificationLevel(),
                c.department(), c.issuedOn(), Optional.empty(), c.confirms(), c.revocation());
    }

    private static IssuedCertificate confirming(IssuedCertificate confirmed, long serial) {
        LocalDate on = confirmed.validUntil().orElseThrow().minusDays(30);
        IssuedCertificate c = entry(serial, confirmed.department(), confirmed.specialty().value(), on);
        return new IssuedCertificate(c.number(), confirmed.holder(), c.holderName(), c.specialty(),
                c.qualificationLevel(), c.department(), c.issuedOn(), c.validUntil(), Optional.of(confirmed.number()),
                c.revocation());
    }
}
