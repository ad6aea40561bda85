package kz.medcert.application.service.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.medcert.application.fakes.InMemoryAuditTrail;
import kz.medcert.application.fakes.InMemoryCertificationRequestRepository;
import kz.medcert.application.port.in.AccessDeniedException;
import kz.medcert.application.port.in.RequestNotFoundException;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.audit.AuditEntry;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.person.PersonName;
import kz.medcert.domain.person.Sex;
import kz.medcert.domain.reference.SpecialtyCode;
import kz.medcert.domain.request.Applicant;
import kz.medcert.domain.request.CertificationRequest;
import kz.medcert.domain.request.HistoryEntry;
import kz.medcert.domain.request.RequestId;
import org.junit.jupiter.api.Test;

/** Officers and administrators read a request's audit trail; applicants and the service itself do not. */
class ReadAuditTrailServiceTest {
    private static final Instant AT = Instant.parse("2025-03-03T05:00:00Z");
    private static final Iin IIN = Iin.of(LocalDate.of(1985, 4, 17), Sex.FEMALE, 1234);
    private static final Actor OFFICER = new Actor.Officer("7", Department.of(Region.ALMATY_CITY));
    private static final Actor ADMIN = new Actor.Admin("1");

    private final InMemoryAuditTrail trail = new InMemoryAuditTrail();
    private final InMemoryCertificationRequestRepository requests = new InMemoryCertificationRequestRepository();
    private final ReadAuditTrailService service = new ReadAuditTrailService(trail, requests);

    private static CertificationRequest started() {
        return CertificationRequest.start(new RequestId(UUID.randomUUID()),
                new Applicant(IIN, PersonName.of("Сәрсенбаева", "Айгүл", "Нұрланқызы"), Region.ALMATY_CITY),
                Dossier.builder(Category.DOMESTIC, SpecialtyCode.of("PEDIATRICS"), LocalDate.of(2025, 3, 3)).build(),
                AT);
    }

    /** A stored request with its two steps in the audit trail, as the repository would have appended them. */
    private CertificationRequest stored() {
        CertificationRequest request = started().consentRequested("OTP-77120", "SMS", AT.plusSeconds(5));
        trail.recordAll(request);
        return requests.add(request);
    }

    @Test
    void read_givesAnOfficerTheTrail_withTheConsentReference() {
        CertificationRequest request = stored();

        List<AuditEntry> entries = service.read(OFFICER, request.id());

        assertThat(entries).extracting(AuditEntry::event).containsExactly("STARTED", "CONSENT_REQUESTED");
        assertThat(entries.get(1).detail()).contains("OTP-77120");
        assertThat(entries).allMatch(AuditEntry::sealed);
    }

    @Test
    void read_byAnOfficerOfAnotherDepartment_isNotFound_R71() {
        CertificationRequest request = stored();
        Actor karaganda = new Actor.Officer("9", Department.of(Region.KARAGANDA));

        assertThatThrownBy(() -> service.read(karaganda, request.id())).isInstanceOf(RequestNotFoundException.class);
    }

    @Test
    void read_givesAnAdministratorOnlyTheEntriesOfThatRequest() {
        CertificationRequest request = stored();
        stored();

        List<AuditEntry> entries = service.read(ADMIN, request.id());

        assertThat(entries).hasSize(2).allMatch(e -> e.requestId().equals(request.id()));
    }

    @Test
    void read_refusesAnApplicant_evenTheOneWhoseRequestItIs() {
        CertificationRequest request = stored();

        assertThatThrownBy(() -> service.read(new Actor.Applicant(IIN), request.id()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void read_refusesTheServiceItself() {
        CertificationRequest request = stored();

        assertThatThrownBy(() -> service.read(new Actor.Automated("retry-worker"), request.id()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void read_ofAnUnknownRequest_isNotFound() {
        RequestId unknown = new RequestId(UUID.randomUUID());

        assertThatThrownBy(() -> service.read(ADMIN, unknown)).isInstanceOf(RequestNotFoundException.class)
                .hasMessageContaining(unknown.toString());
    }

    @Test
    void read_ofAStoredRequestWithoutEntries_isEmpty() {
        CertificationRequest unaudited = requests.add(started());

        assertThat(service.read(ADMIN, unaudited.id())).isEmpty();
    }

    @Test
    void read_ofADeletedRequest_stillGivesItsEntries() {
        RequestId deleted = new RequestId(UUID.randomUUID());
        trail.record(deleted, new HistoryEntry(AT, "STARTED", "DOMESTIC PEDIATRICS"));

        assertThat(service.read(ADMIN, deleted)).singleElement().extracting(AuditEntry::event).isEqualTo("STARTED");
    }
}
