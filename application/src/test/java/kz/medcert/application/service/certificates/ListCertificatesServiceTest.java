package kz.medcert.application.service.certificates;

import static kz.medcert.application.testing.CertificateFixtures.HOLDER_IIN;
import static kz.medcert.application.testing.CertificateFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import kz.medcert.application.fakes.InMemoryCertificateRegister;
import kz.medcert.application.fakes.InMemoryCertificationRequestRepository;
import kz.medcert.application.fakes.MutableClock;
import kz.medcert.application.port.in.AccessDeniedException;
import kz.medcert.application.port.in.certificates.HolderNotFoundException;
import kz.medcert.application.port.in.certificates.ListCertificatesUseCase.HeldEntry;
import kz.medcert.application.port.in.certificates.ListCertificatesUseCase.HolderCertificates;
import kz.medcert.application.testing.CertificateFixtures;
import kz.medcert.application.testing.RequestFixtures;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.certificate.CertificateStatus;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.reference.SpecialtyCatalogue;
import kz.medcert.domain.request.Applicant;
import kz.medcert.domain.request.CertificationRequest;
import kz.medcert.domain.request.RequestId;
import org.junit.jupiter.api.Test;

/**
 * Who lists whose certificates (R71, R75): the holder their own; an officer within the department's reach (the
 * certificates it issued, or all of a holder whose request it receives); an administrator anyone's. Each with its
 * status today, the newest first, replaced ones included (R14, R75, R79).
 */
class ListCertificatesServiceTest {
    private static final Actor.Officer ALMATY = new Actor.Officer("OFF-1", Department.of(Region.ALMATY_CITY));
    private static final Actor.Officer ASTANA = new Actor.Officer("OFF-7", Department.of(Region.ASTANA));
    private static final Actor.Officer KARAGANDA = new Actor.Officer("OFF-9", Department.of(Region.KARAGANDA));
    private static final Actor.Applicant HOLDER = new Actor.Applicant(HOLDER_IIN);
    private static final Iin STRANGER = RequestFixtures.PEDIATRICIAN_IIN;
    private static final java.time.Instant STARTED = java.time.Instant.parse("2026-11-19T05:00:00Z");

    private final InMemoryCertificateRegister register = new InMemoryCertificateRegister();
    private final InMemoryCertificationRequestRepository requests = new InMemoryCertificationRequestRepository(
            register);
    private final ListCertificatesService service = new ListCertificatesService(register, requests,
            SpecialtyCatalogue.standard(), MutableClock.at("2026-11-20T10:00+05:00"));

    /** Issued by Almaty in 2019 (expired), confirmed by Almaty in 2024, plus one in therapy issued by Karaganda. */
    private final IssuedCertificate expired = CertificateFixtures.expired();
    private final IssuedCertificate current = confirming(CertificateFixtures.valid(), expired);
    private final IssuedCertificate therapy = inDepartment(CertificateFixtures.inSpecialty(
            CertificateFixtures.issued(CertificateFixtures.number(2025, 5), LocalDate.of(2025, 2, 1)), "THERAPY"),
            Region.KARAGANDA);

    private void registerAll() {
        register.add(expired);
        register.add(current);
        register.add(therapy);
    }

    @Test
    void theHolder_listsTheirOwn_newestFirst_eachWithItsStatusToday_R14_R75() {
        registerAll();

        HolderCertificates listed = service.list(HOLDER, Optional.empty());

        assertThat(listed.holder()).isEqualTo(HOLDER_IIN);
        assertThat(listed.checkedOn()).isEqualTo(TODAY);
        assertThat(listed.certificates()).extracting(e -> e.certificate().number())
                .containsExactly(therapy.number(), current.number(), expired.number());
        assertThat(listed.certificates()).extracting(HeldEntry::status).containsExactly(CertificateStatus.VALID,
                CertificateStatus.VALID, CertificateStatus.SUPERSEDED);
        assertThat(listed.certificates().get(2).certificate().supersession().orElseThrow().by())
                .isEqualTo(current.number());
        assertThat(listed.certificates().get(0).specialtyName().ru()).isEqualTo("Терапия");
        assertThat(service.list(HOLDER, Optional.of(HOLDER_IIN))).isEqualTo(listed);
    }

    @Test
    void theHolderWithNoCertificates_getsAnEmptyList_butAnotherPersonsAreNotFound() {
        assertThat(service.list(HOLDER, Optional.empty()).certificates()).isEmpty();
        registerAll();

        assertThatThrownBy(() -> service.list(new Actor.Applicant(STRANGER), Optional.of(HOLDER_IIN)))
                .isInstanceOf(HolderNotFoundException.class).hasMessageNotContaining(HOLDER_IIN.value());
    }

    @Test
    void anOfficer_seesWhatTheirDepartmentIssued_andNothingElse_R71() {
        registerAll();

        assertThat(service.list(KARAGANDA, Optional.of(HOLDER_IIN)).certificates())
                .extracting(e -> e.certificate().number()).containsExactly(therapy.number());
        assertThat(service.list(ALMATY, Optional.of(HOLDER_IIN)).certificates())
                .extracting(e -> e.certificate().number()).containsExactly(current.number(), expired.number());
        assertThatThrownBy(() -> service.list(ASTANA, Optional.of(HOLDER_IIN)))
                .isInstanceOf(HolderNotFoundException.class);
        assertThatThrownBy(() -> service.list(ASTANA, Optional.of(STRANGER)))
                .isInstanceOf(HolderNotFoundException.class);
    }

    @Test
    void anOfficer_seesEveryCertificateOfAHolderWhoseRequestTheirDepartmentReceives_R71() {
        registerAll();
        requests.add(CertificationRequest.start(new RequestId(java.util.UUID.randomUUID()),
                new Applicant(HOLDER_IIN, CertificateFixtures.HOLDER, Region.ASTANA), RequestFixtures.graduateForm(),
                STARTED));

        assertThat(service.list(ASTANA, Optional.of(HOLDER_IIN)).certificates()).hasSize(3);
        // and of a holder with a request there but no certificate yet: an empty list, not "not found"
        requests.add(CertificationRequest.start(new RequestId(java.util.UUID.randomUUID()),
                new Applicant(STRANGER, CertificateFixtures.HOLDER, Region.ASTANA), RequestFixtures.graduateForm(),
                STARTED));
        assertThat(service.list(ASTANA, Optional.of(STRANGER)).certificates()).isEmpty();
    }

    @Test
    void anAdministrator_seesEveryCertificateOfAnyHolder_andOfficersAndAdministratorsNameTheHolder() {
        registerAll();

        assertThat(service.list(new Actor.Admin("ADM-1"), Optional.of(HOLDER_IIN)).certificates()).hasSize(3);
        assertThat(service.list(new Actor.Admin("ADM-1"), Optional.of(STRANGER)).certificates()).isEmpty();
        assertThatThrownBy(() -> service.list(new Actor.Admin("ADM-1"), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.list(ALMATY, Optional.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.list(new Actor.Automated("retry-worker"), Optional.of(HOLDER_IIN)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static IssuedCertificate confirming(IssuedCertificate c, IssuedCertificate confirmed) {
        return new IssuedCertificate(c.number(), c.holder(), c.holderName(), c.specialty(), c.qualificationLevel(),
                c.department(), c.issuedOn(), c.validUntil(), Optional.of(confirmed.number()), c.revocation());
    }

    private static IssuedCertificate inDepartment(IssuedCertificate c, Region region) {
        return new IssuedCertificate(c.number(), c.holder(), c.holderName(), c.specialty(), c.qualificationLevel(),
                Department.of(region), c.issuedOn(), c.validUntil(), c.confirms(), c.revocation());
    }
}
