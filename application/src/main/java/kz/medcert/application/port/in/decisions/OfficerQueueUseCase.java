package kz.medcert.application.port.in.decisions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.medcert.application.port.in.AccessDeniedException;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.reference.SpecialtyCode;
import kz.medcert.domain.request.RequestState;
import kz.medcert.domain.request.RequestStatus;

/** The officer's queue: accepted requests awaiting a decision, the most urgent first (R73, R78). */
public interface OfficerQueueUseCase {

    /** The most requests one page shows. */
    int MAX_PAGE = 500;

    /**
     * One page of the requests awaiting a decision (ACCEPTED, or refused preliminarily and in the hearing) of the
     * officer's department (every department for an administrator), by decision due date, then submission moment;
     * an applicant is refused with {@link AccessDeniedException}.
     *
     * @param offset how many of the most urgent to pass over (0 or more)
     * @param limit  how many to show (1 to {@link #MAX_PAGE})
     */
    default QueuePage queue(Actor actor, int offset, int limit) {
        return queue(actor, QueueFilter.NONE, offset, limit);
    }

    /** As {@link #queue(Actor, int, int)}, narrowed by {@code filter}; the counts are over the narrowed queue. */
    QueuePage queue(Actor actor, QueueFilter filter, int offset, int limit);

    /**
     * Which of the awaiting requests to show: of one status (ACCEPTED, or REFUSAL_PROPOSED: in the hearing), of one
     * declared specialty, or all.
     */
    record QueueFilter(Optional<RequestStatus> status, Optional<SpecialtyCode> specialty) {
        public static final QueueFilter NONE = new QueueFilter(Optional.empty(), Optional.empty());

        public QueueFilter {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(specialty, "specialty");
            if (status.isPresent() && !status.get().awaitsDecision()) {
                throw new IllegalArgumentException("the queue holds ACCEPTED and REFUSAL_PROPOSED requests only, not "
                        + status.get());
            }
        }
    }

    /** A page of the queue, with how many requests await a decision in all and how many of them are overdue. */
    record QueuePage(List<QueueEntry> entries, long total, long overdue, int offset, int limit) {
        public QueuePage {
            entries = List.copyOf(entries);
        }
    }

    /** One queued request with the working days left until its decision is due (negative: overdue). */
    /**
     * @param proposeRefusalBy  the last working day a refusal can be proposed and still be decided finally by the due
     *                          date, the hearing included (R73, R91)
     * @param finalDecisionFrom for a proposed refusal, the first day it can be decided finally without an objection
     */
    record QueueEntry(RequestState request, Instant submittedAt, LocalDate decisionDue, int workingDaysLeft,
                      boolean overdue, LocalDate proposeRefusalBy, Optional<LocalDate> finalDecisionFrom) {
        public QueueEntry {
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(submittedAt, "submittedAt");
            Objects.requireNonNull(decisionDue, "decisionDue");
            Objects.requireNonNull(proposeRefusalBy, "proposeRefusalBy");
            Objects.requireNonNull(finalDecisionFrom, "finalDecisionFrom");
        }
    }
}
