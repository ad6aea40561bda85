package kz.medcert.application.port.in;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.request.RequestState;

/** The officer's queue: accepted requests awaiting a decision, the most urgent first (R73, R78). */
public interface OfficerQueueUseCase {

    /**
     * ACCEPTED requests of the officer's department (every department for an administrator), by decision due date,
     * then submission moment; an applicant is refused with {@link AccessDeniedException}.
     */
    List<QueueEntry> queue(Actor actor);

    /** One queued request with the working days left until its decision is due (negative: overdue). */
    record QueueEntry(RequestState request, Instant submittedAt, LocalDate decisionDue, int workingDaysLeft,
                      boolean overdue) {
        public QueueEntry {
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(submittedAt, "submittedAt");
            Objects.requireNonNull(decisionDue, "decisionDue");
        }
    }
}
