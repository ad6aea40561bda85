package kz.medcert.adapters.http.operations;

import java.util.Objects;
import kz.medcert.adapters.http.dto.CalendarCoverageResponse;
import kz.medcert.application.port.in.operations.CalendarCoverageUseCase;

/**
 * {@code /health}'s {@code details.workingCalendar}: the last day the working calendar covers, and from 60 days before
 * it a warning to administrators (R77).
 */
public final class CalendarCoverageDetail implements HealthDetail {
    public static final String NAME = "workingCalendar";

    private final CalendarCoverageUseCase coverage;

    public CalendarCoverageDetail(CalendarCoverageUseCase coverage) {
        this.coverage = Objects.requireNonNull(coverage, "coverage");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Object detail() {
        return CalendarCoverageResponse.from(coverage.coverage());
    }
}
