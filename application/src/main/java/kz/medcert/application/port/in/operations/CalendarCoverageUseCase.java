package kz.medcert.application.port.in.operations;

import kz.medcert.domain.calendar.CalendarCoverage;

/**
 * How far the working calendar the deadlines are computed on reaches (R77), seen from today: administrators are warned
 * from {@value CalendarCoverage#WARNING_DAYS} days before its last day.
 */
public interface CalendarCoverageUseCase {

    CalendarCoverage coverage();
}
