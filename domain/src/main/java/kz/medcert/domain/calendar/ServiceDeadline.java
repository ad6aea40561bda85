package kz.medcert.domain.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * When an application was submitted, the day it counts as registered (R78) and the day its decision is due (R73).
 *
 * @param submittedAt    the portal submission instant
 * @param submittedLocal the submission in the provider's local time (Asia/Almaty, R77)
 * @param registeredOn   the working day on which the application is accepted (R78)
 * @param decisionDue    the last working day for the decision (R73)
 */
public record ServiceDeadline(Instant submittedAt, LocalDateTime submittedLocal, LocalDate registeredOn,
                              LocalDate decisionDue) {

    public ServiceDeadline {
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(submittedLocal, "submittedLocal");
        Objects.requireNonNull(registeredOn, "registeredOn");
        Objects.requireNonNull(decisionDue, "decisionDue");
        if (registeredOn.isBefore(submittedLocal.toLocalDate()) || !decisionDue.isAfter(registeredOn)) {
            throw new IllegalArgumentException("Inconsistent deadline: submitted " + submittedLocal
                    + ", registered " + registeredOn + ", due " + decisionDue);
        }
    }
}
