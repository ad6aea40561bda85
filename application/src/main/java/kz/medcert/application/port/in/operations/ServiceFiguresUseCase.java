package kz.medcert.application.port.in.operations;

import java.util.Map;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.request.RequestStatus;

/**
 * The service's own figures for its operators (exposed as metrics, never to applicants): requests by status, what
 * each department has awaiting a decision and how much of it is overdue on the provider's today (R73, R78), and the
 * length of the audit chain. Counts only, no personal data; the caller is the operators' metrics endpoint, which is
 * protected by its own configuration, so no actor is asked for.
 */
public interface ServiceFiguresUseCase {

    /** The figures now, read from the store. */
    ServiceFigures figures();

    /**
     * @param requestsByStatus every status, with 0 where no request is in it
     * @param awaitingDecision every department, with {@link Backlog#NONE} where none awaits a decision
     * @param auditChainLength entries in the audit chain
     */
    record ServiceFigures(Map<RequestStatus, Long> requestsByStatus, Map<Department, Backlog> awaitingDecision,
                          long auditChainLength, long outboxBacklog) {
        public ServiceFigures {
            requestsByStatus = Map.copyOf(requestsByStatus);
            awaitingDecision = Map.copyOf(awaitingDecision);
        }
    }

    /** A department's requests awaiting a decision, and how many of them are overdue. */
    record Backlog(long awaiting, long overdue) {
        public static final Backlog NONE = new Backlog(0, 0);

        public Backlog {
            if (awaiting < 0 || overdue < 0 || overdue > awaiting) {
                throw new IllegalArgumentException("0 <= overdue <= awaiting, not " + overdue + " of " + awaiting);
            }
        }
    }
}
