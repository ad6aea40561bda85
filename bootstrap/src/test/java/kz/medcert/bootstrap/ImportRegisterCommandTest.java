package kz.medcert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import kz.medcert.adapters.persistence.Database;
import kz.medcert.adapters.persistence.JdbiCertificateRegister;
import kz.medcert.adapters.registerfile.RegisterCsv;
import kz.medcert.application.testing.RegisterEntries;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.certificate.Supersessions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar's {@code import-register} command against an embedded HSQLDB file database (R75). */
class ImportRegisterCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void importsTheFile_printsTheSummary_andARerunSkipsEverything() throws IOException {
        List<IssuedCertificate> entries = entries(250);
        Path csv = write("register.csv", entries, "");

        int first = run("import-register", csv.toString(), "--admin", "ADM-9");

        assertThat(first).as(err()).isEqualTo(ImportRegisterCommand.COMPLETE);
        assertThat(out()).startsWith("importId=").contains(" file=register.csv ", " completed=true ", " read=250 ",
                " imported=250 ", " alreadyRegistered=0 ", " rejected=0 ");
        assertThat(err()).contains("done: 250 rows read, 250 imported");
        out.reset();
        assertThat(run("import-register", csv.toString())).isEqualTo(ImportRegisterCommand.COMPLETE);
        assertThat(out()).contains(" imported=0 ", " alreadyRegistered=250 ");
        try (Database database = Database.open(config().jdbcUrl(), "SA", "")) {
            JdbiCertificateRegister register = new JdbiCertificateRegister(database.jdbi());
            // as written, with what a later entry of the holder replaced marked (R14, R75)
            List<IssuedCertificate> replaced = Supersessions.pending(entries);
            entries.forEach(e -> assertThat(register.find(e.number())).contains(replaced.stream()
                    .filter(r -> r.number().equals(e.number())).findFirst().orElse(e)));
            IssuedCertificate last2024 = entries.stream().filter(e -> e.issuedOn().getYear() == 2024)
                    .reduce((a, b) -> b).orElseThrow();
            assertThat(register.nextSerial(Year.of(2024))).isGreaterThan(
                    Long.parseLong(last2024.number().value().substring(8, 16)));
        }
        // the import's entries are sealed with the service's key: they verify with it
        assertThat(VerifyAuditCommand.run(List.of(), config(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))).as(out()).isEqualTo(VerifyAuditCommand.INTACT);
    }

    @Test
    void rejectedRowsArePrintedByLineAndField_andWrittenToTheRejectsFile() throws IOException {
        Path csv = write("register.csv", entries(3), "850412413718,Абенова,Айгерим,,ASTROLOGY,,ALMATY_CITY,"
                + "2022-03-01,2027-03-01,MC-2022-00000001-4,,,,,\n");
        Path rejects = dir.resolve("rejects.csv");

        int code = run("import-register", csv.toString(), "--rejects", rejects.toString());

        assertThat(code).isEqualTo(ImportRegisterCommand.SOME_REJECTED);
        assertThat(err()).contains("line 5: specialty: not a code of the List");
        assertThat(Files.readAllLines(rejects)).containsExactly("line,field,message",
                "5,specialty,\"not a code of the List of specialties, e.g. PEDIATRICS\"");
    }

    @Test
    void aFileWithABadHeader_orNoFile_isRefused() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.csv"), "iin,name\n1,2\n");

        assertThat(run("import-register", bad.toString())).isEqualTo(ImportRegisterCommand.INVALID_FILE);
        assertThat(err()).contains("not a column of the register layout");
        assertThat(run("import-register")).isEqualTo(ImportRegisterCommand.USAGE);
        assertThat(run("import-register", dir.resolve("missing.csv").toString()))
                .isEqualTo(ImportRegisterCommand.USAGE);
        assertThat(run("import-register", bad.toString(), "--admin")).isEqualTo(ImportRegisterCommand.USAGE);
    }

    private int run(String... args) {
        List<String> all = List.of(args);
        return ImportRegisterCommand.run(all.subList(1, all.size()), config(), Clock.systemUTC(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private AppConfig config() {
        return AppConfig.fromEnvironment(Map.of("MEDCERT_DATA_DIR", dir.resolve("data").toString()));
    }

    private Path write(String name, List<IssuedCertificate> entries, String extra) throws IOException {
        return Files.writeString(dir.resolve(name), RegisterCsv.header() + "\n" + entries.stream()
                .map(e -> RegisterCsv.line(e) + "\n").collect(Collectors.joining()) + extra);
    }

    private static List<IssuedCertificate> entries(int count) {
        RegisterEntries generator = new RegisterEntries(11, LocalDate.of(2025, 6, 1));
        return IntStream.range(0, count).mapToObj(i -> generator.next()).toList();
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
