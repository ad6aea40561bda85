package kz.medcert.application.port.in.operations;

/** How far behind the sending of notifications is: for a backlog gauge (metrics) and readiness. */
public interface OutboxStatus {

    /** How many notifications are stored but not yet sent (nor failed for good). */
    long backlog();
}
