package kz.medcert.adapters.registries;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.request.StateRegistry;

/**
 * How each stub registry behaves now: as configured at start, and switchable while the service runs, so that a
 * registry can go down and recover under a running service (the fault-injection tests do this). Switching a registry
 * starts its per-person call counts afresh, so {@code fail-first:n} fails n more times. Thread-safe.
 */
public final class RegistryFaults {
    private final ConcurrentMap<StateRegistry, Setting> settings = new ConcurrentHashMap<>();

    /** A behaviour and the calls counted under it, per person (for fail-first and the garbage variants). */
    record Setting(RegistryBehaviour behaviour, ConcurrentMap<Iin, AtomicInteger> calls) {
        Setting(RegistryBehaviour behaviour) {
            this(Objects.requireNonNull(behaviour, "behaviour"), new ConcurrentHashMap<>());
        }

        /** Counts a call for {@code iin} and returns its number, from 1. */
        int nextCall(Iin iin) {
            return calls.computeIfAbsent(iin, key -> new AtomicInteger()).incrementAndGet();
        }
    }

    public RegistryFaults(RegistryBehaviours configured) {
        set(configured);
    }

    /** Every registry answers normally. */
    public static RegistryFaults none() {
        return new RegistryFaults(RegistryBehaviours.none());
    }

    /** {@code registry} behaves as given, the others normally. */
    static RegistryFaults only(StateRegistry registry, RegistryBehaviour behaviour) {
        return new RegistryFaults(RegistryBehaviours.of(Map.of(registry, behaviour)));
    }

    public RegistryBehaviour behaviourOf(StateRegistry registry) {
        return setting(registry).behaviour();
    }

    /** From now on {@code registry} behaves as given; calls already under way finish as they began. */
    public void set(StateRegistry registry, RegistryBehaviour behaviour) {
        settings.put(Objects.requireNonNull(registry, "registry"), new Setting(behaviour));
    }

    /** From now on every registry behaves as {@code behaviours} says. */
    public void set(RegistryBehaviours behaviours) {
        behaviours.asMap().forEach(this::set);
    }

    /**
     * How many calls {@code registry} had for {@code iin} under its current behaviour, if that behaviour counts them
     * (any but ok): what a test compares with the registry pulls the requests recorded.
     */
    public int callsCounted(StateRegistry registry, Iin iin) {
        java.util.concurrent.atomic.AtomicInteger calls = setting(registry).calls().get(iin);
        return calls == null ? 0 : calls.get();
    }

    /** {@code registry} answers normally again. */
    public void recover(StateRegistry registry) {
        set(registry, RegistryBehaviour.NORMAL);
    }

    Setting setting(StateRegistry registry) {
        return settings.get(Objects.requireNonNull(registry, "registry"));
    }

    /** The current behaviours in the configuration text of {@link RegistryBehaviours#parse}. */
    @Override
    public String toString() {
        Map<StateRegistry, RegistryBehaviour> now = new java.util.EnumMap<>(StateRegistry.class);
        settings.forEach((registry, setting) -> now.put(registry, setting.behaviour()));
        return RegistryBehaviours.of(now).toString();
    }
}
