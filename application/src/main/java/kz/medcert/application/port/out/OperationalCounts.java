package kz.medcert.application.port.out;

import java.time.LocalDate;
import java.util.Map;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.request.RequestStatus;

/**
 * Counts over everything stored, for the operators' figures (metrics): each one indexed and cheap, so that it can be
 * asked every few seconds on a register of millions. Counts only: no request, no person is read.
 */
public interface OperationalCounts {

    /** How many requests are stored in each status; a status no request is in may be left out. */
    Map<RequestStatus, Long> requestsByStatus();

    /**
     * Per department, the requests awaiting the officer's decision (ACCEPTED or REFUSAL_PROPOSED) and how many of them
     * were due before {@code today} (R73, R78); a department with none may be left out.
     */
    Map<Department, AwaitingDecisionCount> awaitingDecisionByDepartment(LocalDate today);

    /** How many entries the audit chain holds (the sequence of its head). */
    long auditChainLength();

    /** What one department has awaiting a decision. */
    record AwaitingDecisionCount(long awaiting, long overdue) {
        public AwaitingDecisionCount {
            if (awaiting < 0 || overdue < 0 || overdue > awaiting) {
                throw new IllegalArgumentException("0 <= overdue <= awaiting, not " + overdue + " of " + awaiting);
            }
        }
    }
}
