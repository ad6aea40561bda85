package kz.medcert.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.certificate.CertificateNumber;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.certificate.Revocation;
import kz.medcert.domain.certificate.Supersession;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.person.PersonName;
import kz.medcert.domain.reference.QualificationLevel;
import kz.medcert.domain.reference.SpecialtyCode;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/** Column-for-column image of one ISSUED_CERTIFICATE row (nullable columns are null); the only class that knows it. */
record IssuedCertificateRow(String number, String holderIin, String holderSurname, String holderGivenName,
                            String holderPatronymic, String specialty, String qualificationLevel, String department,
                            LocalDate issuedOn, LocalDate validUntil, String confirms, LocalDate revokedOn,
                            String revocationGround, String revocationReason, String revokedBy,
                            String supersededBy, LocalDate supersededOn, String organisation) {

    /** The columns as they stood when V9 ran (before V14): what a migration of that time reads. */
    static final String COLUMNS_OF_V9 = "number, holder_iin, holder_surname, holder_given_name, holder_patronymic, "
            + "specialty, qualification_level, department, issued_on, valid_until, confirms, revoked_on, "
            + "revocation_ground, revocation_reason, revoked_by, superseded_by, superseded_on";
    static final String COLUMNS = COLUMNS_OF_V9 + ", organisation";
    static final String PARAMETERS = ":number, :holderIin, :holderSurname, :holderGivenName, :holderPatronymic, "
            + ":specialty, :qualificationLevel, :department, :issuedOn, :validUntil, :confirms, :revokedOn, "
            + ":revocationGround, :revocationReason, :revokedBy, :supersededBy, :supersededOn, :organisation";
    private static final int SHORT_TEXT = 200;

    static IssuedCertificateRow read(ResultSet rs, StatementContext ctx) throws SQLException {
        return readOfV9(rs).withOrganisation(rs.getString("organisation"));
    }

    /** A row read with {@link #COLUMNS_OF_V9}, as migrations of that time see it: no organisation yet. */
    static IssuedCertificateRow readOfV9(ResultSet rs) throws SQLException {
        return new IssuedCertificateRow(rs.getString("number"), rs.getString("holder_iin"),
                rs.getString("holder_surname"), rs.getString("holder_given_name"), rs.getString("holder_patronymic"),
                rs.getString("specialty"), rs.getString("qualification_level"), rs.getString("department"),
                rs.getObject("issued_on", LocalDate.class), rs.getObject("valid_until", LocalDate.class),
                rs.getString("confirms"), rs.getObject("revoked_on", LocalDate.class),
                rs.getString("revocation_ground"), rs.getString("revocation_reason"), rs.getString("revoked_by"),
                rs.getString("superseded_by"), rs.getObject("superseded_on", LocalDate.class), null);
    }

    private IssuedCertificateRow withOrganisation(String value) {
        return new IssuedCertificateRow(number, holderIin, holderSurname, holderGivenName, holderPatronymic, specialty,
                qualificationLevel, department, issuedOn, validUntil, confirms, revokedOn, revocationGround,
                revocationReason, revokedBy, supersededBy, supersededOn, value);
    }

    static IssuedCertificateRow of(IssuedCertificate c) {
        Optional<Revocation> r = c.revocation();
        r.ifPresent(IssuedCertificateRow::requireFits);
        Optional<Supersession> superseded = c.supersession();
        return new IssuedCertificateRow(c.number().value(), c.holder().value(), c.holderName().surname(),
                c.holderName().givenName(), c.holderName().patronymic().orElse(null), c.specialty().value(),
                c.qualificationLevel().map(Enum::name).orElse(null), c.department().code(), c.issuedOn(),
                c.validUntil().orElse(null), c.confirms().map(CertificateNumber::value).orElse(null),
                r.map(Revocation::revokedOn).orElse(null), r.map(Revocation::ground).orElse(null),
                r.map(Revocation::reason).orElse(null), r.map(Revocation::revokedBy).orElse(null),
                superseded.map(s -> s.by().value()).orElse(null), superseded.map(Supersession::on).orElse(null),
                c.organisation().orElse(null));
    }

    /** Binds every column by its parameter name ({@code :holderIin} for {@code holder_iin}). */
    <T extends SqlStatement<T>> T bindTo(T statement) {
        return statement.bind("number", number).bind("holderIin", holderIin).bind("holderSurname", holderSurname)
                .bind("holderGivenName", holderGivenName).bind("holderPatronymic", holderPatronymic)
                .bind("specialty", specialty).bind("qualificationLevel", qualificationLevel)
                .bind("department", department).bindByType("issuedOn", issuedOn, LocalDate.class)
                .bindByType("validUntil", validUntil, LocalDate.class).bind("confirms", confirms)
                .bindByType("revokedOn", revokedOn, LocalDate.class).bind("revocationGround", revocationGround)
                .bind("revocationReason", revocationReason).bind("revokedBy", revokedBy)
                .bind("supersededBy", supersededBy).bindByType("supersededOn", supersededOn, LocalDate.class)
                .bind("organisation", organisation);
    }

    /** The entry, checked again by the domain's constructors. */
    IssuedCertificate toDomain() {
        Optional<Revocation> revocation = Optional.ofNullable(revokedOn)
                .map(on -> new Revocation(on, revocationGround, revocationReason, revokedBy));
        return new IssuedCertificate(new CertificateNumber(number), Iin.parse(holderIin),
                PersonName.of(holderSurname, holderGivenName, holderPatronymic), SpecialtyCode.of(specialty),
                Optional.ofNullable(qualificationLevel).map(QualificationLevel::valueOf), Department.parse(department),
                issuedOn, Optional.ofNullable(validUntil), Optional.ofNullable(confirms).map(CertificateNumber::new),
                revocation, Optional.ofNullable(supersededBy)
                        .map(by -> new Supersession(new CertificateNumber(by), supersededOn)),
                Optional.ofNullable(organisation));
    }

    private static void requireFits(Revocation r) {
        if (r.ground().length() > SHORT_TEXT || r.revokedBy().length() > SHORT_TEXT) {
            throw new IllegalArgumentException("a revocation's ground and author are at most " + SHORT_TEXT
                    + " characters");
        }
    }
}
