package kz.medcert.application.service.operations;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Objects;
import kz.medcert.application.port.in.operations.CalendarCoverageUseCase;
import kz.medcert.domain.calendar.CalendarCoverage;
import kz.medcert.domain.calendar.KazakhstanTime;
import kz.medcert.domain.evaluation.CertificationRules;

/** The coverage of the calendar the rules compute deadlines on, seen from the provider's today (R77). */
public final class CalendarCoverageService implements CalendarCoverageUseCase {
    private final CertificationRules rules;
    private final Clock clock;

    @Inject
    public CalendarCoverageService(CertificationRules rules, Clock clock) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CalendarCoverage coverage() {
        return rules.deadlines().calendar().coverageOn(KazakhstanTime.date(clock.instant()));
    }
}
