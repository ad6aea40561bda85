package kz.medcert.adapters.registerfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.medcert.domain.certificate.CertificateNumber;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.certificate.Revocation;
import org.apache.commons.csv.CSVFormat;

/**
 * The CSV layout of register entries (R75), read by the import of an existing register and written by the export
 * of expiring certificates, so that an export can be imported again.
 *
 * <p>UTF-8 (a byte order mark is ignored), comma-separated, fields quoted as in RFC 4180 ({@link #FORMAT}, read and
 * written by Apache Commons CSV); lines end with CRLF, LF or CR, and blank lines are skipped. The first line is the
 * header: it names the columns, in any order. Every column of {@link #REQUIRED} must be there; {@link #CONFIRMS} and
 * the four revocation columns may be left out. Dates are ISO ({@code 2024-05-10}). An empty field means "none":
 * <ul>
 *   <li>{@code holder_iin}: the holder's IIN, 12 digits with a valid check digit</li>
 *   <li>{@code surname}, {@code given_name}, {@code patronymic} (may be empty): as in the identity document</li>
 *   <li>{@code specialty}: a code of the List, e.g. {@code PEDIATRICS} (R02, R100)</li>
 *   <li>{@code qualification_level}: {@code SECOND}, {@code FIRST}, {@code HIGHEST}, or empty</li>
 *   <li>{@code department}: the issuing territorial department, a region code such as {@code ALMATY_CITY} (R71)</li>
 *   <li>{@code issued_on}: the issue date, not in the future</li>
 *   <li>{@code valid_until}: the last day of validity, not before the issue date; empty for an indefinite
 *       certificate, which only an issue date before 2015-10-09 admits (R13)</li>
 *   <li>{@code number}: {@code MC-YYYY-NNNNNNNN-C}, YYYY the year of issue, C its Damm check digit</li>
 *   <li>{@code confirms}: the number of the certificate this one confirms (R14), if any</li>
 *   <li>{@code revoked_on}, {@code revocation_ground}, {@code revocation_reason}, {@code revoked_by}: all four or
 *       none (R88, R89)</li>
 * </ul>
 */
public final class RegisterCsv {
    public static final String HOLDER_IIN = "holder_iin";
    public static final String SURNAME = "surname";
    public static final String GIVEN_NAME = "given_name";
    public static final String PATRONYMIC = "patronymic";
    public static final String SPECIALTY = "specialty";
    public static final String QUALIFICATION_LEVEL = "qualification_level";
    public static final String DEPARTMENT = "department";
    public static final String ISSUED_ON = "issued_on";
    public static final String VALID_UNTIL = "valid_until";
    public static final String NUMBER = "number";
    public static final String CONFIRMS = "confirms";
    public static final String REVOKED_ON = "revoked_on";
    public static final String REVOCATION_GROUND = "revocation_ground";
    public static final String REVOCATION_REASON = "revocation_reason";
    public static final String REVOKED_BY = "revoked_by";

    /**
     * RFC 4180 as Commons CSV reads and writes it: comma, double quote (doubled inside a quoted field), CRLF between
     * records when writing, blank lines skipped when reading; a field is quoted only when it has to be.
     */
    static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true)
            .setRecordSeparator("\r\n").get();

    /** Every column, in the order {@link #line} writes them. */
    public static final List<String> COLUMNS = List.of(HOLDER_IIN, SURNAME, GIVEN_NAME, PATRONYMIC, SPECIALTY,
            QUALIFICATION_LEVEL, DEPARTMENT, ISSUED_ON, VALID_UNTIL, NUMBER, CONFIRMS, REVOKED_ON, REVOCATION_GROUND,
            REVOCATION_REASON, REVOKED_BY);
    /** The columns a file must have. */
    public static final List<String> REQUIRED = COLUMNS.subList(0, COLUMNS.indexOf(NUMBER) + 1);
    /** The revocation columns: all four filled, or all four empty. */
    public static final List<String> REVOCATION = List.of(REVOKED_ON, REVOCATION_GROUND, REVOCATION_REASON,
            REVOKED_BY);

    private RegisterCsv() {
    }

    /** The header line, without a line break (no column name needs quoting). */
    public static String header() {
        return String.join(",", COLUMNS);
    }

    /** One entry as a line of {@link #COLUMNS}, without a line break. */
    public static String line(IssuedCertificate c) {
        StringBuilder line = new StringBuilder(200);
        try {
            FORMAT.printRecord(line, values(c).toArray());
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not fail", e);
        }
        line.setLength(line.length() - FORMAT.getRecordSeparator().length());
        return line.toString();
    }

    /** One entry's fields, in the order of {@link #COLUMNS}; an empty field means "none". */
    static List<String> values(IssuedCertificate c) {
        Optional<Revocation> r = c.revocation();
        List<String> fields = new ArrayList<>(COLUMNS.size());
        fields.add(c.holder().value());
        fields.add(c.holderName().surname());
        fields.add(c.holderName().givenName());
        fields.add(c.holderName().patronymic().orElse(""));
        fields.add(c.specialty().value());
        fields.add(c.qualificationLevel().map(Enum::name).orElse(""));
        fields.add(c.department().code());
        fields.add(c.issuedOn().toString());
        fields.add(c.validUntil().map(LocalDate::toString).orElse(""));
        fields.add(c.number().value());
        fields.add(c.confirms().map(CertificateNumber::value).orElse(""));
        fields.add(r.map(Revocation::revokedOn).map(LocalDate::toString).orElse(""));
        fields.add(r.map(Revocation::ground).orElse(""));
        fields.add(r.map(Revocation::reason).orElse(""));
        fields.add(r.map(Revocation::revokedBy).orElse(""));
        return fields;
    }
}
