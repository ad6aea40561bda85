package kz.medcert.bootstrap.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Objects;
import kz.medcert.domain.request.StateRegistry;

/**
 * Decorates a state registry's out-port so that each call is counted and timed in {@code medcert_registry_calls_seconds}
 * by registry and outcome: {@code answered}; {@code failed} (the adapter threw: the registry answered with an error,
 * or with something unreadable); {@code timed_out} (the call outlasted the time limit, after which the service no
 * longer waits for it, whether it then ended or was interrupted). The port is any interface: every method is a call
 * to the registry, except {@link Object}'s.
 */
public final class MeteredRegistries {
    static final String NAME = "medcert.registry.calls";

    private final MeterRegistry registry;
    private final Duration timeLimit;

    public MeteredRegistries(MeterRegistry registry, Duration timeLimit) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.timeLimit = Objects.requireNonNull(timeLimit, "timeLimit");
    }

    /** {@code adapter}, each of its calls metered under {@code name}. */
    public <T> T of(Class<T> port, StateRegistry name, T adapter) {
        Objects.requireNonNull(adapter, "adapter");
        Objects.requireNonNull(name, "name");
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port},
                (proxy, method, args) -> call(name, adapter, method, args)));
    }

    private Object call(StateRegistry name, Object adapter, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return method.invoke(adapter, args);
        }
        long start = System.nanoTime();
        String outcome = "failed";
        try {
            Object answer = method.invoke(adapter, args);
            outcome = "answered";
            return answer;
        } catch (InvocationTargetException e) {
            throw e.getCause();
        } finally {
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            if (took.compareTo(timeLimit) > 0) {
                outcome = "timed_out";
            }
            Timer.builder(NAME).description("Calls to the state registries, by registry and outcome")
                    .tag("registry", name.name()).tag("outcome", outcome).register(registry).record(took);
        }
    }
}
