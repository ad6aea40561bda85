package kz.medcert.adapters.registries;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Supplier;
import kz.medcert.application.port.out.RegistryUnavailableException;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.request.StateRegistry;

/**
 * The simulated wire to one state registry: waits the latency of its current behaviour, then answers or fails as the
 * behaviour says. Thread-safe; calls are counted per person so that fail-first and garbage are deterministic.
 */
final class SimulatedRegistry {
    // What a gateway in front of a registry sends back when the registry behind it is down.
    private static final String NOT_JSON = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    // Well-formed JSON whose values make no sense: what a registry sends after a change of its schema.
    private static final String NONSENSE = "{\"persons\": [{\"id\": \"?\", \"iin\": \"000000000000\"}]}";
    private static final ObjectMapper READER = new ObjectMapper();

    private final StateRegistry registry;
    private final RegistryFaults faults;
    private final Sleeper sleeper;

    SimulatedRegistry(StateRegistry registry, RegistryFaults faults, Sleeper sleeper) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.faults = Objects.requireNonNull(faults, "faults");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    StateRegistry registry() {
        return registry;
    }

    RegistryBehaviour behaviour() {
        return faults.behaviourOf(registry);
    }

    /** The answer {@code lookup} gives, delivered under the registry's behaviour at the time of the call. */
    <T> T answer(Iin iin, Supplier<T> lookup) {
        Objects.requireNonNull(iin, "iin");
        RegistryFaults.Setting setting = faults.setting(registry);
        RegistryBehaviour behaviour = setting.behaviour();
        int call = behaviour.mode() == RegistryBehaviour.Mode.OK ? 0 : setting.nextCall(iin);
        waitLatency(behaviour);
        switch (behaviour.mode()) {
            case ERROR:
                throw new RegistryUnavailableException(registry, "answered with an error");
            case TIMEOUT:
                throw new RegistryUnavailableException(registry, "timed out");
            case GARBAGE:
                throw call % 2 == 1 ? unreadable() : nonsense();
            case FAIL_FIRST:
                if (call <= behaviour.failures()) {
                    throw new RegistryUnavailableException(registry, "answered with an error");
                }
                return lookup.get();
            default:
                return lookup.get();
        }
    }

    private void waitLatency(RegistryBehaviour behaviour) {
        try {
            sleeper.sleep(behaviour.latency());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryUnavailableException(registry, "interrupted while waiting for the answer", e);
        }
    }

    /** Odd calls: not JSON at all, read as the real adapter would read it and classified as an unreadable answer. */
    private RegistryUnavailableException unreadable() {
        try {
            READER.readTree(NOT_JSON);
            return new RegistryUnavailableException(registry, "sent an unreadable answer");
        } catch (JsonProcessingException e) {
            return new RegistryUnavailableException(registry, "sent an unreadable answer", e);
        }
    }

    /**
     * Even calls: JSON that reads but does not translate. The translation's own exception (naming the field) escapes
     * unclassified, as from an adapter that did not foresee the change: the service must not take it for an answer.
     */
    private RuntimeException nonsense() {
        try {
            DemoPersons.read(new ByteArrayInputStream(NONSENSE.getBytes(StandardCharsets.UTF_8)),
                    registry + " answer");
            return new IllegalStateException(registry + " answer: translated although malformed");
        } catch (RuntimeException e) {
            return e;
        }
    }
}
