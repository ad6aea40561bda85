package kz.medcert.adapters.http.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import kz.medcert.application.port.in.decisions.OfficerQueueUseCase.QueueEntry;
import kz.medcert.domain.request.Decision;
import kz.medcert.domain.request.Hearing;
import kz.medcert.domain.request.RequestState;

/**
 * One request awaiting the officer in the queue (R73, R78): whose it is, for which specialty, when it was submitted and
 * when the decision is due, the working days left (negative once overdue), the evaluation's outcome, its status
 * ({@code ACCEPTED} or {@code REFUSAL_PROPOSED}) and, after a preliminary refusal, until when the applicant may object
 * and whether they have. Field names are a public contract: add fields, never rename.
 */
public record QueueEntryResponse(UUID id, String applicantIin, String applicantFullName, String region,
                                 String category, String specialty, Instant submittedAt, LocalDate registeredOn,
                                 LocalDate decisionDue, int workingDaysLeft, boolean overdue, String outcome,
                                 String status, LocalDate objectionsUntil, Boolean objected,
                                 LocalDate proposeRefusalBy, LocalDate finalDecisionFrom,
                                 boolean decisionWithinTerm) {

    public static QueueEntryResponse from(QueueEntry e) {
        RequestState s = e.request();
        String outcome = s.submission().map(sub -> sub.evaluation().outcome().fold(ok -> "ELIGIBLE", r -> "REFUSAL"))
                .orElse(null);
        // R71, R75: the registered name and region, as the certificate and the department follow them
        return new QueueEntryResponse(s.id().value(), s.applicant().iin().value(), s.identity().name().fullName(),
                s.identity().region().map(Enum::name).orElse(null), s.identity().category().name(),
                s.form().target().value(), e.submittedAt(),
                s.submission().map(sub -> sub.registeredOn()).orElse(null), e.decisionDue(), e.workingDaysLeft(),
                e.overdue(), outcome, s.status().name(), hearing(s).map(Hearing::objectionsUntil).orElse(null),
                hearing(s).map(h -> h.objection().isPresent()).orElse(null), e.proposeRefusalBy(),
                e.finalDecisionFrom().orElse(null),
                // R73, R91: a refusal not yet proposed can still be decided in time; a proposed one only if its
                // hearing ends before the due date
                e.finalDecisionFrom().map(from -> !from.isAfter(e.decisionDue())).orElse(true));
    }

    // A preliminary refusal waits for the objection or the end of its window before the final decision
    private static Optional<Hearing> hearing(RequestState s) {
        return s.decision().filter(Decision.RefusalProposed.class::isInstance)
                .map(d -> ((Decision.RefusalProposed) d).hearing());
    }
}
