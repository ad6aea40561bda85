package kz.medcert.bootstrap.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import kz.medcert.application.port.in.operations.ServiceFiguresUseCase;
import kz.medcert.application.port.in.operations.ServiceFiguresUseCase.Backlog;
import kz.medcert.application.port.in.operations.ServiceFiguresUseCase.ServiceFigures;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.request.RequestStatus;
import org.junit.jupiter.api.Test;

/** The service's gauges read the store once per scrape window, and say NaN, not stale figures, when it fails. */
class CachedFiguresTest {
    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger reads = new AtomicInteger();
    private volatile boolean storeDown;
    private final ServiceFiguresUseCase store = () -> {
        reads.incrementAndGet();
        if (storeDown) {
            throw new IllegalStateException("connection refused");
        }
        return new ServiceFigures(Map.of(RequestStatus.ACCEPTED, 3L + reads.get()),
                Map.of(Department.of(Region.ASTANA), new Backlog(2, 1)), 99, 7);
    };
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void everyGaugeOfOneScrape_comesFromOneRead_untilTheFiguresAreTenSecondsOld() {
        ServiceFigureGauges.register(meters, new CachedFigures(store, Duration.ofSeconds(10), now::get));

        assertThat(gauge("medcert.certification.requests", "status", "ACCEPTED")).isEqualTo(4.0);
        assertThat(gauge("medcert.awaiting.decision", "department", "ASTANA")).isEqualTo(2.0);
        assertThat(gauge("medcert.overdue.decisions", "department", "ASTANA")).isEqualTo(1.0);
        assertThat(meters.get("medcert.audit.chain.length").gauge().value()).isEqualTo(99.0);
        assertThat(reads).hasValue(1);

        now.addAndGet(Duration.ofSeconds(10).toNanos());

        assertThat(gauge("medcert.certification.requests", "status", "ACCEPTED")).isEqualTo(5.0);
        assertThat(reads).hasValue(2);
    }

    @Test
    void whenTheStoreCannotBeRead_theGaugesSayNaN_andItIsAskedAgainNextWindow() {
        ServiceFigureGauges.register(meters, new CachedFigures(store, Duration.ofSeconds(10), now::get));
        gauge("medcert.certification.requests", "status", "ACCEPTED");
        storeDown = true;
        now.addAndGet(Duration.ofSeconds(10).toNanos());

        assertThat(gauge("medcert.certification.requests", "status", "ACCEPTED")).isNaN();
        assertThat(meters.get("medcert.audit.chain.length").gauge().value()).isNaN();
        assertThat(reads).hasValue(2);

        storeDown = false;
        now.addAndGet(Duration.ofSeconds(10).toNanos());
        assertThat(gauge("medcert.certification.requests", "status", "ACCEPTED")).isEqualTo(6.0);
    }

    private double gauge(String name, String tag, String value) {
        return meters.get(name).tag(tag, value).gauge().value();
    }
}
