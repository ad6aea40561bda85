package kz.medcert.application.port.out;

import java.util.Objects;
import kz.medcert.domain.request.StateRegistry;

/**
 * A state registry did not answer usefully (timeout, error, unreadable answer). The application waits and is retried;
 * it is never refused for this (R21, R70).
 */
public class RegistryUnavailableException extends RuntimeException {
    private final StateRegistry registry;
    private final String reason;

    /** @param reason why, in words an applicant can read, e.g. "timed out" or "answered with an error" */
    public RegistryUnavailableException(StateRegistry registry, String reason) {
        super(registry + " unavailable: " + reason);
        this.registry = registry;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public RegistryUnavailableException(StateRegistry registry, String reason, Throwable cause) {
        super(registry + " unavailable: " + reason, cause);
        this.registry = registry;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public StateRegistry registry() {
        return registry;
    }

    /** Why the registry is unavailable, without the registry's name. */
    public String reason() {
        return reason;
    }
}
