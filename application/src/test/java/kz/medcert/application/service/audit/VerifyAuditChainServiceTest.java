package kz.medcert.application.service.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import kz.medcert.application.fakes.InMemoryAuditTrail;
import kz.medcert.application.port.in.AccessDeniedException;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.audit.ChainCheck;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.request.HistoryEntry;
import kz.medcert.domain.request.RequestId;
import org.junit.jupiter.api.Test;

class VerifyAuditChainServiceTest {
    private final InMemoryAuditTrail trail = new InMemoryAuditTrail();
    private final VerifyAuditChainService service = new VerifyAuditChainService(trail);

    @Test
    void anAdministratorVerifiesTheWholeChain() {
        RequestId id = new RequestId(UUID.randomUUID());
        trail.record(id, new HistoryEntry(Instant.parse("2026-11-20T05:00:00Z"), "STARTED", "DOMESTIC"));
        trail.record(id, new HistoryEntry(Instant.parse("2026-11-20T05:01:00Z"), "CONSENT_REQUESTED", "SMS"));

        ChainCheck check = service.verify(new Actor.Admin("ADM-1"));

        assertThat(check.isIntact()).isTrue();
        long entries = check.fold(intact -> intact.entries(), broken -> -1L);
        assertThat(entries).isEqualTo(2L);
    }

    @Test
    void noOneElseVerifiesIt() {
        assertThatThrownBy(() -> service.verify(new Actor.Officer("OFF-1", Department.of(Region.ALMATY_CITY))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.verify(new Actor.Applicant(Iin.parse("850412413718"))))
                .isInstanceOf(AccessDeniedException.class);
    }
}
