package kz.medcert.adapters.registries;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import kz.medcert.domain.request.StateRegistry;

/**
 * The behaviour of every stub registry, as configured, for example from an environment variable:
 * {@code EDUCATION=fail-first:2,CERTIFICATES=timeout,ASSESSMENTS=garbage,EMPLOYMENT=latency:150ms}.
 *
 * <p>Syntax: comma-separated {@code REGISTRY=behaviour} entries; {@code REGISTRY} is a {@link StateRegistry} name
 * (case-insensitive) or {@code ALL}, which sets every registry that has no entry of its own; {@code behaviour} is as
 * in {@link RegistryBehaviour#parse}. Registries not named behave normally.
 */
public final class RegistryBehaviours {
    private static final String ALL = "ALL";

    private final Map<StateRegistry, RegistryBehaviour> byRegistry;

    private RegistryBehaviours(Map<StateRegistry, RegistryBehaviour> byRegistry) {
        this.byRegistry = Map.copyOf(byRegistry);
    }

    /** Every registry answers normally, without delay. */
    public static RegistryBehaviours none() {
        return new RegistryBehaviours(Map.of());
    }

    public static RegistryBehaviours of(Map<StateRegistry, RegistryBehaviour> byRegistry) {
        byRegistry.forEach((registry, behaviour) -> {
            Objects.requireNonNull(registry, "registry");
            Objects.requireNonNull(behaviour, "behaviour");
        });
        return new RegistryBehaviours(byRegistry);
    }

    /** Parses the configuration text; null or blank means {@link #none()}. */
    public static RegistryBehaviours parse(String config) {
        if (config == null || config.isBlank()) {
            return none();
        }
        Map<StateRegistry, RegistryBehaviour> named = new EnumMap<>(StateRegistry.class);
        RegistryBehaviour all = null;
        for (String entry : config.split(",")) {
            int equals = entry.indexOf('=');
            if (equals < 0) {
                throw invalid(entry, "expected REGISTRY=behaviour");
            }
            String name = entry.substring(0, equals).strip().toUpperCase(Locale.ROOT);
            RegistryBehaviour behaviour = RegistryBehaviour.parse(entry.substring(equals + 1));
            if (name.equals(ALL)) {
                if (all != null) {
                    throw invalid(entry, "ALL is given twice");
                }
                all = behaviour;
            } else if (named.put(registry(name, entry), behaviour) != null) {
                throw invalid(entry, name + " is given twice");
            }
        }
        if (all != null) {
            for (StateRegistry registry : StateRegistry.values()) {
                named.putIfAbsent(registry, all);
            }
        }
        return new RegistryBehaviours(named);
    }

    public RegistryBehaviour forRegistry(StateRegistry registry) {
        return byRegistry.getOrDefault(Objects.requireNonNull(registry, "registry"), RegistryBehaviour.NORMAL);
    }

    public Map<StateRegistry, RegistryBehaviour> asMap() {
        Map<StateRegistry, RegistryBehaviour> all = new EnumMap<>(StateRegistry.class);
        for (StateRegistry registry : StateRegistry.values()) {
            all.put(registry, forRegistry(registry));
        }
        return all;
    }

    /** The configuration text of the registries that do not behave normally, in registry order. */
    @Override
    public String toString() {
        return asMap().entrySet().stream().filter(e -> !e.getValue().equals(RegistryBehaviour.NORMAL))
                .map(e -> e.getKey() + "=" + e.getValue().spec()).collect(Collectors.joining(","));
    }

    private static StateRegistry registry(String name, String entry) {
        return Arrays.stream(StateRegistry.values()).filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> invalid(entry, "unknown registry '" + name + "'"));
    }

    private static IllegalArgumentException invalid(String entry, String problem) {
        return new IllegalArgumentException("registry behaviours, entry '" + entry.strip() + "': " + problem
                + " (registries: " + Arrays.toString(StateRegistry.values()) + " or ALL)");
    }
}
