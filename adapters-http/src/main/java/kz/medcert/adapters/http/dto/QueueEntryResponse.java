package kz.medcert.adapters.http.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import kz.medcert.application.port.in.OfficerQueueUseCase.QueueEntry;
import kz.medcert.domain.request.RequestState;

/**
 * One accepted request in the officer's queue (R73, R78): whose it is, for which specialty, when it was submitted and
 * when the decision is due, the working days left (negative once overdue) and the evaluation's outcome. Field names are
 * a public contract: add fields, never rename.
 */
public record QueueEntryResponse(UUID id, String applicantIin, String applicantFullName, String region,
                                 String category, String specialty, Instant submittedAt, LocalDate registeredOn,
                                 LocalDate decisionDue, int workingDaysLeft, boolean overdue, String outcome) {

    public static QueueEntryResponse from(QueueEntry e) {
        RequestState s = e.request();
        String outcome = s.submission().map(sub -> sub.evaluation().outcome().fold(ok -> "ELIGIBLE", r -> "REFUSAL"))
                .orElse(null);
        return new QueueEntryResponse(s.id().value(), s.applicant().iin().value(), s.applicant().name().fullName(),
                s.applicant().region().map(Enum::name).orElse(null), s.form().category().name(),
                s.form().target().value(), e.submittedAt(),
                s.submission().map(sub -> sub.registeredOn()).orElse(null), e.decisionDue(), e.workingDaysLeft(),
                e.overdue(), outcome);
    }
}
