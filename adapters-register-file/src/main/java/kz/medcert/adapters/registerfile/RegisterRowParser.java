package kz.medcert.adapters.registerfile;

import static kz.medcert.adapters.registerfile.RegisterCsv.CONFIRMS;
import static kz.medcert.adapters.registerfile.RegisterCsv.DEPARTMENT;
import static kz.medcert.adapters.registerfile.RegisterCsv.GIVEN_NAME;
import static kz.medcert.adapters.registerfile.RegisterCsv.HOLDER_IIN;
import static kz.medcert.adapters.registerfile.RegisterCsv.ISSUED_ON;
import static kz.medcert.adapters.registerfile.RegisterCsv.NUMBER;
import static kz.medcert.adapters.registerfile.RegisterCsv.PATRONYMIC;
import static kz.medcert.adapters.registerfile.RegisterCsv.QUALIFICATION_LEVEL;
import static kz.medcert.adapters.registerfile.RegisterCsv.REVOCATION_GROUND;
import static kz.medcert.adapters.registerfile.RegisterCsv.REVOCATION_REASON;
import static kz.medcert.adapters.registerfile.RegisterCsv.REVOKED_BY;
import static kz.medcert.adapters.registerfile.RegisterCsv.REVOKED_ON;
import static kz.medcert.adapters.registerfile.RegisterCsv.SPECIALTY;
import static kz.medcert.adapters.registerfile.RegisterCsv.SURNAME;
import static kz.medcert.adapters.registerfile.RegisterCsv.VALID_UNTIL;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import kz.medcert.application.port.out.RegisterFileReader;
import kz.medcert.application.port.out.RegisterFileReader.InvalidHeaderException;
import kz.medcert.application.port.out.RegisterFileReader.RegisterRow;
import kz.medcert.application.port.out.RegisterFileReader.RowProblem;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.certificate.CertificateNumber;
import kz.medcert.domain.certificate.CertificateNumbers;
import kz.medcert.domain.certificate.CertificateValidityPolicy;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.certificate.Revocation;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.person.PersonName;
import kz.medcert.domain.reference.QualificationLevel;
import kz.medcert.domain.reference.SpecialtyCatalogue;
import kz.medcert.domain.reference.SpecialtyCode;
import kz.medcert.domain.rules.RuleSet;

/**
 * Turns one row of a register file ({@link RegisterCsv}) into a register entry, or into every problem it has, each
 * naming its column. What a register entry must be is the domain's ({@link IssuedCertificate} and its policies); this
 * class reads the fields and says which column breaks which rule. Messages never repeat the value: an IIN or a name
 * in a file is a real person's.
 */
final class RegisterRowParser {
    /** As the register's columns for a revocation's ground and author allow. */
    private static final int SHORT_TEXT = 200;
    private static final String LEVELS = Arrays.stream(QualificationLevel.values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    private final Map<String, Integer> columns;
    private final int width;
    private final SpecialtyCatalogue catalogue;

    /** @throws InvalidHeaderException for a header with an unknown, repeated or missing column */
    RegisterRowParser(List<String> header, SpecialtyCatalogue catalogue) {
        this.catalogue = catalogue;
        this.width = header.size();
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (i == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1).strip(); // a byte order mark that some editors write
            }
            if (!RegisterCsv.COLUMNS.contains(name)) {
                throw new InvalidHeaderException("header", "column " + (i + 1) + " is not a column of the "
                        + "register layout; the columns are " + String.join(", ", RegisterCsv.COLUMNS));
            }
            if (byName.put(name, i) != null) {
                throw new InvalidHeaderException(name, "the header names column " + name + " twice");
            }
        }
        for (String required : RegisterCsv.REQUIRED) {
            if (!byName.containsKey(required)) {
                throw new InvalidHeaderException(required, "the header lacks the required column " + required);
            }
        }
        this.columns = Map.copyOf(byName);
    }

    /**
     * Checks the row that starts on {@code line} on {@code today} (the day in Almaty): nothing may be issued or
     * revoked after it.
     */
    RegisterRow parse(long line, List<String> fields, LocalDate today) {
        if (fields.size() != width) {
            return new RegisterRow.Rejected(line, List.of(new RowProblem(RegisterFileReader.RECORD_FIELD,
                    "the row has " + fields.size() + " fields, the header " + width)));
        }
        Row row = new Row(fields);
        if (row.undecodable()) {
            return new RegisterRow.Rejected(line, row.problems);
        }
        Optional<Iin> holder = row.iin();
        Optional<PersonName> name = row.name();
        Optional<SpecialtyCode> specialty = row.specialty();
        Optional<Optional<QualificationLevel>> level = row.level();
        Optional<Department> department = row.department();
        Optional<LocalDate> issuedOn = row.issuedOn(today);
        Optional<Optional<LocalDate>> validUntil = row.validUntil(issuedOn);
        Optional<CertificateNumber> number = row.number(issuedOn);
        Optional<Optional<CertificateNumber>> confirms = row.confirms();
        Optional<Optional<Revocation>> revocation = row.revocation(issuedOn, today);
        if (!row.problems.isEmpty()) {
            return new RegisterRow.Rejected(line, row.problems);
        }
        try {
            return new RegisterRow.Entry(line, new IssuedCertificate(number.orElseThrow(), holder.orElseThrow(),
                    name.orElseThrow(), specialty.orElseThrow(), level.orElseThrow(), department.orElseThrow(),
                    issuedOn.orElseThrow(), validUntil.orElseThrow(), confirms.orElseThrow(),
                    revocation.orElseThrow()));
        } catch (IllegalArgumentException e) {
            // every check above should have caught it; the row is still refused rather than the import broken
            return new RegisterRow.Rejected(line, List.of(new RowProblem(RegisterFileReader.RECORD_FIELD,
                    e.getMessage())));
        }
    }

    /** One row being checked; each check records its problems and gives empty when its field is unusable. */
    private final class Row {
        private final List<String> fields;
        private final List<RowProblem> problems = new ArrayList<>(2);

        Row(List<String> fields) {
            this.fields = fields;
        }

        /** Bytes that are not UTF-8 were read as U+FFFD: the row cannot be trusted; each such field is named. */
        boolean undecodable() {
            columns.forEach((column, index) -> {
                if (fields.get(index).indexOf('\uFFFD') >= 0) {
                    problem(column, "is not UTF-8 text: save the file in UTF-8");
                }
            });
            return !problems.isEmpty();
        }

        Optional<Iin> iin() {
            String value = value(HOLDER_IIN);
            Optional<String> error = Iin.validationError(value);
            error.ifPresent(message -> problem(HOLDER_IIN, message));
            return error.isPresent() ? Optional.empty() : Optional.of(Iin.parse(value));
        }

        Optional<PersonName> name() {
            String surname = value(SURNAME);
            String given = value(GIVEN_NAME);
            String patronymic = value(PATRONYMIC);
            try {
                return Optional.of(PersonName.of(surname, given, patronymic));
            } catch (IllegalArgumentException e) {
                // which part: each checked with harmless stand-ins for the others
                namePart(SURNAME, () -> PersonName.of(surname, "A"));
                namePart(GIVEN_NAME, () -> PersonName.of("A", given));
                namePart(PATRONYMIC, () -> PersonName.of("A", "A", patronymic));
                return Optional.empty();
            }
        }

        private void namePart(String column, Runnable check) {
            try {
                check.run();
            } catch (IllegalArgumentException e) {
                problem(column, e.getMessage());
            }
        }

        // R02, R100: only a specialty or specialization of the List is certified
        Optional<SpecialtyCode> specialty() {
            String value = value(SPECIALTY);
            try {
                SpecialtyCode code = SpecialtyCode.of(value);
                if (catalogue.find(code).isPresent()) {
                    return Optional.of(code);
                }
            } catch (IllegalArgumentException e) {
                // reported below, as for an unknown code
            }
            problem(SPECIALTY, "not a code of the List of specialties, e.g. PEDIATRICS");
            return Optional.empty();
        }

        Optional<Optional<QualificationLevel>> level() {
            String value = value(QUALIFICATION_LEVEL);
            if (value.isEmpty()) {
                return Optional.of(Optional.empty());
            }
            try {
                return Optional.of(Optional.of(QualificationLevel.valueOf(value.toUpperCase(Locale.ROOT))));
            } catch (IllegalArgumentException e) {
                problem(QUALIFICATION_LEVEL, "one of " + LEVELS + ", or empty");
                return Optional.empty();
            }
        }

        // R71: the issuing territorial department, by its region's code
        Optional<Department> department() {
            String value = value(DEPARTMENT);
            try {
                return Optional.of(Department.of(Region.valueOf(value.toUpperCase(Locale.ROOT))));
            } catch (IllegalArgumentException e) {
                problem(DEPARTMENT, "not a region code, e.g. ALMATY_CITY");
                return Optional.empty();
            }
        }

        Optional<LocalDate> issuedOn(LocalDate today) {
            Optional<LocalDate> date = date(ISSUED_ON, true);
            if (date.filter(today::isBefore).isPresent()) {
                problem(ISSUED_ON, "is after today (" + today + ")");
                return Optional.empty();
            }
            return date;
        }

        // R13 (the domain's rule): only a certificate issued before 2015-10-09 may be indefinite; validity never ends
        // before issue
        Optional<Optional<LocalDate>> validUntil(Optional<LocalDate> issuedOn) {
            if (value(VALID_UNTIL).isEmpty()) {
                if (issuedOn.isEmpty()) {
                    return Optional.empty(); // the issue date's problem is reported already
                }
                if (!CertificateValidityPolicy.mayBeIndefinite(issuedOn.get())) {
                    problem(VALID_UNTIL, "required: only a certificate issued before "
                            + RuleSet.INDEFINITE_ISSUED_BEFORE + " is indefinite (R13)");
                    return Optional.empty();
                }
                return Optional.of(Optional.empty());
            }
            Optional<LocalDate> date = date(VALID_UNTIL, true);
            if (date.isPresent() && issuedOn.filter(date.get()::isBefore).isPresent()) {
                problem(VALID_UNTIL, "is before the issue date");
                return Optional.empty();
            }
            return date.map(Optional::of);
        }

        Optional<CertificateNumber> number(Optional<LocalDate> issuedOn) {
            String value = value(NUMBER);
            Optional<String> problem = CertificateNumbers.problem(value);
            if (problem.isPresent()) {
                problem(NUMBER, problem.get());
                return Optional.empty();
            }
            CertificateNumber number = new CertificateNumber(value);
            // R75 (the domain's rule): the number's year is the year of issue
            Optional<String> year = issuedOn.flatMap(on -> CertificateNumbers.issueYearProblem(number, on));
            if (year.isPresent()) {
                problem(NUMBER, year.get());
                return Optional.empty();
            }
            return Optional.of(number);
        }

        // R14: a confirmation names the certificate it confirms, which may predate this register (any format)
        Optional<Optional<CertificateNumber>> confirms() {
            String value = value(CONFIRMS);
            if (value.isEmpty()) {
                return Optional.of(Optional.empty());
            }
            try {
                CertificateNumber confirmed = new CertificateNumber(value);
                if (confirmed.value().equals(value(NUMBER).toUpperCase(Locale.ROOT))) {
                    problem(CONFIRMS, "a certificate does not confirm itself");
                    return Optional.empty();
                }
                return Optional.of(Optional.of(confirmed));
            } catch (IllegalArgumentException e) {
                problem(CONFIRMS, "not a certificate number (3 to 40 letters, digits and dashes)");
                return Optional.empty();
            }
        }

        // R88, R89: a revocation states when, on what ground, why and by whom; all four or nothing
        Optional<Optional<Revocation>> revocation(Optional<LocalDate> issuedOn, LocalDate today) {
            List<String> missing = RegisterCsv.REVOCATION.stream().filter(c -> value(c).isEmpty()).toList();
            if (missing.size() == RegisterCsv.REVOCATION.size()) {
                return Optional.of(Optional.empty());
            }
            int before = problems.size();
            missing.forEach(column -> problem(column, "required when any revocation column is filled"));
            Optional<LocalDate> on = date(REVOKED_ON, false);
            if (on.filter(today::isBefore).isPresent()) {
                problem(REVOKED_ON, "is after today (" + today + ")");
            } else if (on.isPresent() && issuedOn.filter(on.get()::isBefore).isPresent()) {
                problem(REVOKED_ON, "is before the issue date");
            }
            tooLong(REVOCATION_GROUND);
            tooLong(REVOKED_BY);
            if (problems.size() > before || on.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(Optional.of(new Revocation(on.get(), value(REVOCATION_GROUND),
                    value(REVOCATION_REASON), value(REVOKED_BY))));
        }

        private void tooLong(String column) {
            if (value(column).length() > SHORT_TEXT) {
                problem(column, "at most " + SHORT_TEXT + " characters");
            }
        }

        private Optional<LocalDate> date(String column, boolean required) {
            String value = value(column);
            if (value.isEmpty()) {
                if (required) {
                    problem(column, "required");
                }
                return Optional.empty();
            }
            try {
                return Optional.of(LocalDate.parse(value));
            } catch (DateTimeParseException e) {
                problem(column, "not a date YYYY-MM-DD");
                return Optional.empty();
            }
        }

        /** The field of {@code column}, stripped; empty when the file has no such column. */
        private String value(String column) {
            Integer index = columns.get(column);
            return index == null ? "" : fields.get(index).strip();
        }

        private void problem(String column, String message) {
            problems.add(new RowProblem(column, message));
        }
    }
}
