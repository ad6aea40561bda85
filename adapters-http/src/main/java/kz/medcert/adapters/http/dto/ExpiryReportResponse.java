package kz.medcert.adapters.http.dto;

import java.time.LocalDate;
import java.util.List;
import kz.medcert.application.port.in.certificates.ExpiryReportUseCase.ExpiryReport;
import kz.medcert.domain.access.Department;

/**
 * Certificates whose last day of validity lies in {@code from}..{@code to}, per department and specialty, with how
 * many a later certificate already confirms and how many are still to confirm. Field names are a public contract.
 */
public record ExpiryReportResponse(LocalDate from, LocalDate to, String department, long expiring, long confirmed,
                                   long toConfirm, List<Line> lines) {

    public record Line(String department, String specialty, long expiring, long confirmed, long toConfirm) {
    }

    public static ExpiryReportResponse from(ExpiryReport r) {
        return new ExpiryReportResponse(r.window().from(), r.window().to(),
                r.window().department().map(Department::code).orElse(null), r.expiring(), r.confirmed(),
                r.toConfirm(), r.lines().stream().map(l -> new Line(l.department().code(), l.specialty().value(),
                        l.expiring(), l.confirmed(), l.toConfirm())).toList());
    }
}
