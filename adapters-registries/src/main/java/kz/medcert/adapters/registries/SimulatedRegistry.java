package kz.medcert.adapters.registries;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import kz.medcert.application.port.out.RegistryUnavailableException;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.request.StateRegistry;

/**
 * The simulated wire to one state registry: waits the configured latency, then answers or fails as the behaviour
 * says. Thread-safe; fail-first counts calls per person so that retries are deterministic.
 */
final class SimulatedRegistry {
    // What a gateway in front of a registry sends back when the registry behind it is down.
    private static final String GARBAGE = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    private static final ObjectMapper READER = new ObjectMapper();

    private final StateRegistry registry;
    private final RegistryBehaviour behaviour;
    private final Sleeper sleeper;
    private final ConcurrentMap<Iin, AtomicInteger> callsByPerson = new ConcurrentHashMap<>();

    SimulatedRegistry(StateRegistry registry, RegistryBehaviour behaviour, Sleeper sleeper) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.behaviour = Objects.requireNonNull(behaviour, "behaviour");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    StateRegistry registry() {
        return registry;
    }

    RegistryBehaviour behaviour() {
        return behaviour;
    }

    /** The answer {@code lookup} gives, delivered under the configured behaviour. */
    <T> T answer(Iin iin, Supplier<T> lookup) {
        Objects.requireNonNull(iin, "iin");
        int call = behaviour.mode() == RegistryBehaviour.Mode.FAIL_FIRST
                ? callsByPerson.computeIfAbsent(iin, key -> new AtomicInteger()).incrementAndGet() : 0;
        waitLatency();
        switch (behaviour.mode()) {
            case ERROR:
                throw new RegistryUnavailableException(registry, "registry answered with an error");
            case TIMEOUT:
                throw new RegistryUnavailableException(registry, "timed out");
            case GARBAGE:
                throw unreadable();
            case FAIL_FIRST:
                if (call <= behaviour.failures()) {
                    throw new RegistryUnavailableException(registry, "registry answered with an error"
                            + " (fail-first: call " + call + " of " + behaviour.failures() + " that fail)");
                }
                return lookup.get();
            default:
                return lookup.get();
        }
    }

    private void waitLatency() {
        try {
            sleeper.sleep(behaviour.latency());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryUnavailableException(registry, "interrupted while waiting for the answer", e);
        }
    }

    /** Reads the garbage as the real adapter would read an answer, so the exception carries a genuine parse error. */
    private RegistryUnavailableException unreadable() {
        try {
            READER.readTree(GARBAGE);
            return new RegistryUnavailableException(registry, "unreadable answer");
        } catch (JsonProcessingException e) {
            return new RegistryUnavailableException(registry, "unreadable answer", e);
        }
    }
}
