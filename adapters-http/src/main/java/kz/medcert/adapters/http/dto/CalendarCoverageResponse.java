package kz.medcert.adapters.http.dto;

import java.time.LocalDate;
import kz.medcert.domain.calendar.CalendarCoverage;

/**
 * How far the working calendar reaches (R77): the first and last day it is authoritative for, the provider's today,
 * the days left, and from 60 days before the last day a warning in kk/ru/en (null before).
 */
public record CalendarCoverageResponse(LocalDate coveredFrom, LocalDate coveredUntil, LocalDate today, long daysLeft,
                                       LocalizedTextResponse warning) {

    public static CalendarCoverageResponse from(CalendarCoverage coverage) {
        return new CalendarCoverageResponse(coverage.firstDay(), coverage.lastDay(), coverage.today(),
                coverage.daysLeft(), coverage.warning().map(LocalizedTextResponse::from).orElse(null));
    }
}
