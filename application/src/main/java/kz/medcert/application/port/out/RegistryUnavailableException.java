package kz.medcert.application.port.out;

import kz.medcert.domain.request.StateRegistry;

/**
 * A state registry did not answer usefully (timeout, error, unreadable answer). The application waits and is retried;
 * it is never refused for this (R21, R70).
 */
public class RegistryUnavailableException extends RuntimeException {
    private final StateRegistry registry;

    public RegistryUnavailableException(StateRegistry registry, String reason) {
        super(registry + " unavailable: " + reason);
        this.registry = registry;
    }

    public RegistryUnavailableException(StateRegistry registry, String reason, Throwable cause) {
        super(registry + " unavailable: " + reason, cause);
        this.registry = registry;
    }

    public StateRegistry registry() {
        return registry;
    }
}
