package kz.medcert.adapters.registerfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.medcert.application.port.out.RegisterFileReader.InvalidHeaderException;
import kz.medcert.application.port.out.RegisterFileReader.RegisterRow;
import kz.medcert.application.port.out.RegisterFileReader.RegisterRows;
import kz.medcert.application.port.out.RegisterFileReader.RowProblem;
import kz.medcert.application.testing.CertificateFixtures;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.certificate.Revocation;
import kz.medcert.domain.reference.SpecialtyCatalogue;
import kz.medcert.domain.reference.SpecialtyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading a register file (R75): each row checked by line and field, the header first, bad records skipped. */
class CsvRegisterFileReaderTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private final CsvRegisterFile file = new CsvRegisterFile(SpecialtyCatalogue.standard());

    @Test
    void everyRowOfAFile_isAnEntryEqualToWhatWasWritten_atTheLineItStartsOn() {
        IssuedCertificate valid = CertificateFixtures.valid();
        IssuedCertificate expired = CertificateFixtures.expired();
        IssuedCertificate revoked = CertificateFixtures.revoked();

        List<RegisterRow> rows = read(csv(List.of(valid, expired, revoked)));

        assertThat(rows).containsExactly(new RegisterRow.Entry(2, valid), new RegisterRow.Entry(3, expired),
                new RegisterRow.Entry(4, revoked));
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
                Arguments.of(RegisterCsv.ISSUED_ON, "2026-11-21", "after today (2026-11-20)"),
                Arguments.of(RegisterCsv.VALID_UNTIL, "2024-05-09", "before the issue date"),
                Arguments.of(RegisterCsv.VALID_UNTIL, "",
                        "required: only a certificate issued before 2015-10-09 is indefinite (R13)"),
                Arguments.of(RegisterCsv.NUMBER, wrongLastDigit(CertificateFixtures.number(2024, 2).value()),
                        "check digit does not match"),
                Arguments.of(RegisterCsv.NUMBER, "12345", "looks like MC-"),
                Arguments.of(RegisterCsv.NUMBER, CertificateFixtures.number(2023, 2).value(),
                        "its year (2023) is not the year of issue (2024)"),
                Arguments.of(RegisterCsv.CONFIRMS, "X", "not a certificate number"),
                Arguments.of(RegisterCsv.CONFIRMS, CertificateFixtures.number(2024, 2).value(),
                        "does not confirm itself"),
                Arguments.of(RegisterCsv.REVOKED_ON, "2026-01-10", "revocation_ground"));
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @MethodSource("badFields")
    void aRowWithABadField_isRejectedNamingTheField_andTheOtherRowsAreRead(String column, String value,
                                                                          String message) {
        IssuedCertificate good = CertificateFixtures.valid(); // issued 2024-05-10, MC-2024-00000001
        Map<String, String> bad = fields(CertificateFixtures.issued(CertificateFixtures.number(2024, 2),
                LocalDate.of(2024, 5, 10)));
        bad.put(column, value);

        List<RegisterRow> rows = read(csv(List.of(good)) + String.join(",", bad.values()) + "\n"
                + RegisterCsv.line(CertificateFixtures.expired()) + "\n");

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).isEqualTo(new RegisterRow.Entry(2, good));
        assertThat(rows.get(1)).isInstanceOfSatisfying(RegisterRow.Rejected.class, rejected -> {
            assertThat(rejected.line()).isEqualTo(3);
            assertThat(rejected.problems()).anySatisfy(p -> {
                assertThat(p.field()).isIn(column, RegisterCsv.REVOCATION_GROUND);
                assertThat(p.field() + ": " + p.message()).contains(message);
            });
            assertThat(rejected.problems().toString()).doesNotContain(CertificateFixtures.HOLDER_IIN.value());
        });
        assertThat(rows.get(2)).isEqualTo(new RegisterRow.Entry(4, CertificateFixtures.expired()));
    }

    @Test
    void aRowWithSeveralProblems_namesEachOfThem() {
        Map<String, String> row = fields(CertificateFixtures.valid());
        row.put(RegisterCsv.HOLDER_IIN, "123");
        row.put(RegisterCsv.SPECIALTY, "ASTROLOGY");
        row.put(RegisterCsv.REVOKED_BY, "OFFICER 1 ATYRAU");

        List<RegisterRow> rows = read(RegisterCsv.header() + "\n" + String.join(",", row.values()) + "\n");

        assertThat(((RegisterRow.Rejected) rows.get(0)).problems()).extracting(RowProblem::field).containsExactly(
                RegisterCsv.HOLDER_IIN, RegisterCsv.SPECIALTY, RegisterCsv.REVOKED_ON, RegisterCsv.REVOCATION_GROUND,
                RegisterCsv.REVOCATION_REASON);
    }

    @Test
    void indefiniteCertificatesIssuedBefore9October2015_areRead_R13() {
        IssuedCertificate indefinite = new IssuedCertificate(CertificateFixtures.number(2015, 3),
                CertificateFixtures.HOLDER_IIN, CertificateFixtures.HOLDER, SpecialtyCode.of("THERAPY"),
                Optional.empty(), CertificateFixtures.valid().department(), LocalDate.of(2015, 10, 8),
                Optional.empty(), Optional.empty(), Optional.empty());

        assertThat(read(csv(List.of(indefinite)))).containsExactly(new RegisterRow.Entry(2, indefinite));
    }

    @Test
    void aRowWithTooFewFields_isRejectedAsARecord() {
        assertThat(read(RegisterCsv.header() + "\n850412413718,Абенова\n")).containsExactly(
                new RegisterRow.Rejected(2, List.of(new RowProblem("record",
                        "the row has 2 fields, the header " + RegisterCsv.COLUMNS.size()))));
    }

    @Test
    void aRevocationReasonWithCommasQuotesAndLineBreaks_roundTrips_andLaterLinesAreCountedRight_R88() {
        IssuedCertificate revoked = CertificateFixtures.valid().revoked(new Revocation(LocalDate.of(2025, 6, 2),
                "GROUND_4_COURT_PROHIBITION", "Приговор суда, № 2-777/2025,\n\"о запрете\"\r\nот 1 июня",
                "OFFICER 17 ATYRAU"));
        Map<String, String> bad = fields(CertificateFixtures.expired());
        bad.put(RegisterCsv.SPECIALTY, "ASTROLOGY");

        List<RegisterRow> rows = read(csv(List.of(revoked)) + String.join(",", bad.values()) + "\n");

        assertThat(RegisterCsv.line(revoked)).contains("\"Приговор суда, № 2-777/2025,\n\"\"о запрете\"\"\r\nот");
        assertThat(rows).hasSize(2);
        // a line break inside a field is read as LF, whichever the file had
        assertThat(rows.get(0)).isEqualTo(new RegisterRow.Entry(2, CertificateFixtures.valid().revoked(
                new Revocation(LocalDate.of(2025, 6, 2), "GROUND_4_COURT_PROHIBITION",
                        "Приговор суда, № 2-777/2025,\n\"о запрете\"\nот 1 июня", "OFFICER 17 ATYRAU"))));
        assertThat(rows.get(1).line()).isEqualTo(5);
    }

    @Test
    void columnsMayComeInAnyOrder_theOptionalOnesMayBeLeftOut_andAByteOrderMarkIsIgnored() {
        IssuedCertificate entry = CertificateFixtures.valid();
        Map<String, String> fields = fields(entry);
        List<String> columns = new ArrayList<>(RegisterCsv.REQUIRED);
        Collections.reverse(columns);

        List<RegisterRow> rows = read("\uFEFF" + String.join(",", columns).toUpperCase(Locale.ROOT) + "\r\n"
                + columns.stream().map(fields::get).collect(Collectors.joining(",")) + "\r\n");

        assertThat(rows).containsExactly(new RegisterRow.Entry(2, entry));
    }

    @Test
    void aHeaderWithoutARequiredColumn_isRefused_namingTheColumn() {
        String header = String.join(",", RegisterCsv.COLUMNS).replace("specialty,", "");

        assertThatThrownBy(() -> open(header + "\n"))
                .isInstanceOfSatisfying(InvalidHeaderException.class, e -> {
                    assertThat(e.field()).isEqualTo(RegisterCsv.SPECIALTY);
                    assertThat(e.getMessage()).isEqualTo("the header lacks the required column specialty");
                });
    }

    @Test
    void aHeaderWithAnUnknownOrRepeatedColumn_orNoHeader_orOneThatCannotBeRead_isRefused() {
        assertThatThrownBy(() -> open(RegisterCsv.header() + ",shoe_size\n"))
                .isInstanceOf(InvalidHeaderException.class).hasMessageContaining("column 16 is not a column");
        assertThatThrownBy(() -> open(RegisterCsv.header() + ",number\n"))
                .isInstanceOfSatisfying(InvalidHeaderException.class, e -> {
                    assertThat(e.field()).isEqualTo("number");
                    assertThat(e.getMessage()).contains("twice");
                });
        assertThatThrownBy(() -> open("")).isInstanceOfSatisfying(InvalidHeaderException.class, e -> {
            assertThat(e.field()).isEqualTo("header");
            assertThat(e.getMessage()).startsWith("the file is empty; its first line is the header: holder_iin,");
        });
        assertThatThrownBy(() -> open("\n\n")).isInstanceOf(InvalidHeaderException.class)
                .hasMessageContaining("the file is empty");
        assertThatThrownBy(() -> open("\"holder_iin,surname\n")).isInstanceOf(InvalidHeaderException.class)
                .hasMessage("the header cannot be read: a quoted field is not closed before the end of the file");
    }

    @Test
    void aRowWithBytesThatAreNotUtf8_isRejectedNamingTheField() {
        IssuedCertificate entry = CertificateFixtures.valid();
        String line = RegisterCsv.line(entry);
        byte[] bytes = (RegisterCsv.header() + "\n" + line + "\n").getBytes(StandardCharsets.UTF_8);
        int surname = RegisterCsv.header().length() + 1 + line.indexOf(',') + 1;
        bytes[surname] = (byte) 0xFF; // never part of UTF-8

        assertThat(read(new ByteArrayInputStream(bytes))).containsExactly(new RegisterRow.Rejected(2,
                List.of(new RowProblem(RegisterCsv.SURNAME, "is not UTF-8 text: save the file in UTF-8"))));
    }

    @Test
    void aFileThatBreaksOffWhileRead_endsReading_withTheInputsFailure_andTheLineReached() throws IOException {
        byte[] good = csv(List.of(CertificateFixtures.valid())).getBytes(StandardCharsets.UTF_8);
        InputStream breaking = new SequenceInputStream(new ByteArrayInputStream(good), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        });
        RegisterRows rows = file.open(breaking, TODAY);

        assertThat(rows.next()).contains(new RegisterRow.Entry(2, CertificateFixtures.valid()));
        assertThatThrownBy(rows::next).isInstanceOf(IOException.class).hasMessage("connection reset");
        assertThat(rows.line()).isEqualTo(3);
    }

    @Test
    void blankLinesAreSkipped_andEveryKindOfLineEndCounts_CRLF_LF_CR() {
        IssuedCertificate valid = CertificateFixtures.valid();
        IssuedCertificate expired = CertificateFixtures.expired();

        List<RegisterRow> rows = read(RegisterCsv.header() + "\r\n\r\n" + RegisterCsv.line(valid) + "\r"
                + RegisterCsv.line(expired) + "\n\n");

        assertThat(rows).containsExactly(new RegisterRow.Entry(3, valid), new RegisterRow.Entry(4, expired));
    }

    @Test
    void textAfterAClosingQuote_isAMalformedRecord_andReadingGoesOnWithTheNextLine() {
        IssuedCertificate valid = CertificateFixtures.valid();
        String broken = RegisterCsv.line(CertificateFixtures.expired()).replaceFirst(",", ",\"Ab\"c");

        List<RegisterRow> rows = read(RegisterCsv.header() + "\n" + broken + "\n" + RegisterCsv.line(valid) + "\n");

        assertThat(rows).containsExactly(
                new RegisterRow.Rejected(2, List.of(new RowProblem("record",
                        "text follows the closing quote of a field"))),
                new RegisterRow.Entry(3, valid));
    }

    @Test
    void aQuoteNotClosedBeforeTheEndOfTheFile_isAMalformedRecord_atTheLineItStarts() {
        IssuedCertificate valid = CertificateFixtures.valid();

        List<RegisterRow> rows = read(csv(List.of(valid)) + "\n\"never closed,\nmore\n");

        assertThat(rows).containsExactly(new RegisterRow.Entry(2, valid), new RegisterRow.Rejected(4,
                List.of(new RowProblem("record", "a quoted field is not closed before the end of the file"))));
    }

    @Test
    void aRecordTooLong_isMalformed_andDoesNotSwallowTheRestOfTheFile() {
        IssuedCertificate valid = CertificateFixtures.valid();
        IssuedCertificate expired = CertificateFixtures.expired();
        String huge = "x".repeat(PhysicalLines.MAX_RECORD_CHARS + 1);
        String unclosed = "\"" + "y\n".repeat(PhysicalLines.MAX_RECORD_CHARS / 2 + 10);

        List<RegisterRow> rows = read(RegisterCsv.header() + "\n" + huge + "\n" + RegisterCsv.line(valid) + "\n"
                + unclosed + RegisterCsv.line(expired) + "\n");

        String tooLong = "the record is longer than 65536 characters (is a quote not closed?)";
        assertThat(rows.subList(0, 3)).containsExactly(
                new RegisterRow.Rejected(2, List.of(new RowProblem("record", tooLong))),
                new RegisterRow.Entry(3, valid),
                new RegisterRow.Rejected(4, List.of(new RowProblem("record", tooLong))));
        // the lines of the unclosed field after the one that made it too long are rows of their own, refused
        assertThat(rows.subList(3, rows.size() - 1)).allSatisfy(row -> assertThat(row)
                .isInstanceOf(RegisterRow.Rejected.class));
        assertThat(rows.get(rows.size() - 1)).isEqualTo(new RegisterRow.Entry(4 + PhysicalLines.MAX_RECORD_CHARS / 2
                + 10, expired));
    }

    @Test
    void aQuoteInsideAnUnquotedField_isTakenAsItIs() {
        Map<String, String> row = fields(CertificateFixtures.valid());
        row.put(RegisterCsv.SURNAME, "O\"Neill");

        List<RegisterRow> rows = read(RegisterCsv.header() + "\n" + String.join(",", row.values()) + "\n");

        assertThat(((RegisterRow.Rejected) rows.get(0)).problems()).singleElement()
                .extracting(RowProblem::field).isEqualTo(RegisterCsv.SURNAME);
    }

    private RegisterRows open(String csv) {
        return file.open(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), TODAY);
    }

    private List<RegisterRow> read(String csv) {
        return read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    private List<RegisterRow> read(InputStream content) {
        RegisterRows rows = file.open(content, TODAY);
        List<RegisterRow> all = new ArrayList<>();
        try {
            for (Optional<RegisterRow> row = rows.next(); row.isPresent(); row = rows.next()) {
                all.add(row.get());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    static String csv(List<IssuedCertificate> entries) {
        return RegisterCsv.header() + "\n" + entries.stream().map(e -> RegisterCsv.line(e) + "\n")
                .collect(Collectors.joining());
    }

    /** The entry's fields by column, in the layout's order (none of these fixtures' fields needs quoting). */
    static Map<String, String> fields(IssuedCertificate entry) {
        List<String> values = RegisterCsv.values(entry);
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            fields.put(RegisterCsv.COLUMNS.get(i), values.get(i));
        }
        return fields;
    }

    private static String wrongLastDigit(String text) {
        char last = text.charAt(text.length() - 1);
        return text.substring(0, text.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
    }
}
