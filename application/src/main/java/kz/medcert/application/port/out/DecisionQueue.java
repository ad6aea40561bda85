package kz.medcert.application.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.reference.SpecialtyCode;
import kz.medcert.domain.request.CertificationRequest;
import kz.medcert.domain.request.RequestStatus;

/** The officers' queue: the requests that await a decision, the most urgent first (R73, R78). */
public interface DecisionQueue {

    /**
     * One page of the requests awaiting the officer's decision (ACCEPTED or REFUSAL_PROPOSED) of {@code department},
     * or of every department when empty, the most urgent first: by decision due date, then submission moment, then id
     * (R73, R78); with how many await a decision in all, and how many of them are overdue on {@code today}.
     */
    default AwaitingDecision awaitingDecision(Optional<Department> department, LocalDate today, int offset, int limit) {
        return awaitingDecision(department, Optional.empty(), Optional.empty(), today, offset, limit);
    }

    /**
     * As {@link #awaitingDecision(Optional, LocalDate, int, int)}, narrowed to one of the two awaiting statuses and to
     * one declared specialty when given; the counts are over the narrowed queue.
     */
    AwaitingDecision awaitingDecision(Optional<Department> department, Optional<RequestStatus> status,
                                      Optional<SpecialtyCode> specialty, LocalDate today, int offset, int limit);

    /** A page of {@link #awaitingDecision}: its requests, and the counts over all pages. */
    record AwaitingDecision(List<CertificationRequest> page, long total, long overdue) {
        public AwaitingDecision {
            page = List.copyOf(page);
        }
    }
}
