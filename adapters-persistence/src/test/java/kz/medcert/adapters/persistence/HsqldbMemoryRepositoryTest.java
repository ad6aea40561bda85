package kz.medcert.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import java.util.UUID;
import kz.medcert.application.testing.JourneyFixtures;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.certificate.CertificateNumbers;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.request.CertificationRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contracts against an in-memory HSQLDB, a fresh database for each test. */
class HsqldbMemoryRepositoryTest extends JdbiRepositoryContract {
    private Database database;

    @BeforeEach
    void openDatabase() {
        database = Database.open(Database.memoryUrl("contract-" + UUID.randomUUID()), "SA", "");
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Override
    protected Database database() {
        return database;
    }

    @Test
    void theReplacementOfAnEarlierCertificate_isAuditedAsAStepOfTheDecision_inTheOneHashChain_R14_R75() {
        JdbiCertificationRequestRepository repository = repository();
        CertificationRequest accepted = repository.save(JourneyFixtures.submitted(repository.save(
                JourneyFixtures.awaitingDocuments(repository.save(JourneyFixtures.awaitingRegistries(
                        repository.add(JourneyFixtures.started())))))));
        var applicant = accepted.state().applicant();
        IssuedCertificate earlier = IssuedCertificate.issue(CertificateNumbers.issue(Year.of(2019), 4),
                applicant.iin(), applicant.name(), accepted.state().form().target(), Optional.empty(),
                Department.of(Region.ALMATY_CITY), LocalDate.of(2019, 12, 3), Optional.empty());
        register().add(earlier);
        IssuedCertificate certificate = IssuedCertificate.issue(CertificateNumbers.issue(Year.of(2024), 1),
                applicant.iin(), applicant.name(), accepted.state().form().target(), Optional.empty(),
                Department.of(Region.ALMATY_CITY), LocalDate.of(2024, 12, 3), Optional.of(earlier.number()));
        Instant decidedAt = Instant.parse("2024-12-03T06:00:00Z");

        // the fixture's evaluation refuses on ground 2: the officer issues with written reasons (R74, R91)
        repository.issue(accepted.issued(certificate.number(), certificate.issuedOn(),
                java.util.Optional.of(kz.medcert.domain.request.Motivation.of(null, "Проверено.", null)),
                "OFFICER 1 ALMATY_CITY", decidedAt), certificate);

        JdbiAuditTrail trail = new JdbiAuditTrail(database.jdbi());
        assertThat(trail.trailOf(AuditLog.certificateSubject(earlier.number()))).singleElement().satisfies(e -> {
            assertThat(e.event()).isEqualTo("CERTIFICATE_SUPERSEDED");
            assertThat(e.actor()).isEqualTo("OFFICER 1 ALMATY_CITY");
            assertThat(e.at()).isEqualTo(decidedAt);
            assertThat(e.detail()).contains(earlier.number().value(), certificate.number().value(), "2024-12-03");
        });
        assertThat(trail.trailOf(AuditLog.certificateSubject(certificate.number()))).isEmpty();
        assertThat(trail.verifyAll().isIntact()).isTrue();
    }
}
