package kz.medcert.application.service.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.medcert.application.fakes.InMemoryOutbox;
import kz.medcert.application.port.in.ServiceText;
import kz.medcert.application.port.in.operations.ServiceFiguresUseCase.Backlog;
import kz.medcert.application.port.in.operations.ServiceFiguresUseCase.ServiceFigures;
import kz.medcert.application.port.out.Notification;
import kz.medcert.application.port.out.OperationalCounts;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.reference.Language;
import kz.medcert.domain.request.RequestStatus;
import org.junit.jupiter.api.Test;

class ServiceFiguresServiceTest {
    /** 19:30 UTC on 1 December is already 2 December in Kazakhstan (UTC+5). */
    private static final Clock EVENING = Clock.fixed(Instant.parse("2024-12-01T19:30:00Z"), ZoneOffset.UTC);

    private final List<LocalDate> askedOn = new ArrayList<>();
    private final OperationalCounts counts = new OperationalCounts() {
        @Override
        public Map<RequestStatus, Long> requestsByStatus() {
            return Map.of(RequestStatus.ACCEPTED, 3L, RequestStatus.ISSUED, 12L);
        }

        @Override
        public Map<Department, AwaitingDecisionCount> awaitingDecisionByDepartment(LocalDate today) {
            askedOn.add(today);
            return Map.of(Department.of(Region.ASTANA), new AwaitingDecisionCount(3, 1));
        }

        @Override
        public long auditChainLength() {
            return 1234;
        }
    };

    private final InMemoryOutbox outbox = new InMemoryOutbox();

    @Test
    void everyStatusAndEveryDepartmentIsNamed_withZeroWhereThereIsNothing() {
        ServiceFigures figures = new ServiceFiguresService(counts, outbox, EVENING).figures();

        assertThat(figures.requestsByStatus()).containsOnlyKeys(RequestStatus.values())
                .containsEntry(RequestStatus.ACCEPTED, 3L).containsEntry(RequestStatus.ISSUED, 12L)
                .containsEntry(RequestStatus.AWAITING_CONSENT, 0L);
        assertThat(figures.awaitingDecision()).hasSize(Region.values().length)
                .containsEntry(Department.of(Region.ASTANA), new Backlog(3, 1))
                .containsEntry(Department.of(Region.SHYMKENT), Backlog.NONE);
        assertThat(figures.auditChainLength()).isEqualTo(1234);
        assertThat(figures.outboxBacklog()).isZero();
    }

    @Test
    void theOutboxBacklog_isWhatIsStoredAndNotYetSent() {
        outbox.store(List.of(new Notification(Iin.parse("900101300017"), Notification.Kind.CERTIFICATE_ISSUED,
                "request R-1", ServiceText.NOTIFY_SUBJECT_CERTIFICATE_ISSUED.message().with("number", "KZ-1"),
                ServiceText.NOTIFY_CERTIFICATE_ISSUED.message().with("number", "KZ-1").with("issuedOn", "2026-11-20")
                        .with("validUntil", "2031-11-19"), Language.KK, Instant.parse("2024-12-02T14:00:00Z"))));

        assertThat(new ServiceFiguresService(counts, outbox, EVENING).figures().outboxBacklog()).isEqualTo(1);
    }

    @Test
    void overdueIsCountedOnTheProvidersToday_inKazakhstan_R73_R78() {
        new ServiceFiguresService(counts, outbox, EVENING).figures();

        assertThat(askedOn).containsExactly(LocalDate.of(2024, 12, 2));
    }
}
