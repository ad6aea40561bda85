package kz.medcert.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import kz.medcert.application.port.out.CertificateRegister;
import kz.medcert.application.port.out.CertificateRegisterContract;
import kz.medcert.application.testing.RegisterFixtures;
import kz.medcert.domain.certificate.IssuedCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The register contract against an in-memory HSQLDB, a fresh database for each test, and its audit of revocations. */
class HsqldbCertificateRegisterTest extends CertificateRegisterContract {
    private Database database;
    private CertificateRegister register;

    @BeforeEach
    void openDatabase() {
        database = Database.open(Database.memoryUrl("register-" + UUID.randomUUID()), "SA", "");
        register = new JdbiCertificateRegister(database.jdbi());
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void revocation_isAudited_inTheOneHashChain_R88() {
        IssuedCertificate certificate = RegisterFixtures.full(RegisterFixtures.number(2026, 1),
                LocalDate.of(2026, 1, 5));
        register.add(certificate);
        Instant at = Instant.parse("2027-01-10T06:00:00Z");

        register.update(certificate.revoked(RegisterFixtures.revocation(LocalDate.of(2027, 1, 10),
                "OFFICER 7 ZHETISU")), at);

        JdbiAuditTrail trail = new JdbiAuditTrail(database.jdbi());
        assertThat(trail.trailOf(AuditLog.certificateSubject(certificate.number()))).singleElement().satisfies(e -> {
            assertThat(e.event()).isEqualTo("CERTIFICATE_REVOKED");
            assertThat(e.actor()).isEqualTo("OFFICER 7 ZHETISU");
            assertThat(e.at()).isEqualTo(at);
            assertThat(e.detail()).contains(certificate.number().value());
        });
        assertThat(trail.verifyAll().isIntact()).isTrue();
    }

    @Override
    protected CertificateRegister register() {
        return register;
    }
}
