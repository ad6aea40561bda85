package kz.medcert.adapters.registries;

import java.time.Duration;
import java.util.Objects;

/**
 * How a stub registry behaves, for demos and for testing the service's handling of unavailable registries (R21, R70):
 * a mode and a latency applied before every answer.
 *
 * <p>Text form ({@link #parse}): one of {@code ok}, {@code error}, {@code garbage}, {@code timeout},
 * {@code timeout:<duration>}, {@code fail-first:<n>}, optionally joined with {@code +} to a {@code latency:<duration>};
 * a duration is milliseconds ({@code 150} or {@code 150ms}) or seconds ({@code 2s}). Examples: {@code latency:150ms},
 * {@code fail-first:2+latency:50ms}, {@code timeout:3s}.
 *
 * @param failures for {@link Mode#FAIL_FIRST}: how many calls per person fail before the registry answers
 */
public record RegistryBehaviour(Mode mode, Duration latency, int failures) {

    /** What the registry does once the latency has passed. */
    public enum Mode {
        /** Answers from the demo data. */
        OK,
        /** Always fails: "registry answered with an error". */
        ERROR,
        /** Fails after the latency: "timed out". */
        TIMEOUT,
        /** Answers something that cannot be read: "unreadable answer". */
        GARBAGE,
        /** The first {@code failures} calls for each person fail with an error, later ones answer. */
        FAIL_FIRST
    }

    public static final RegistryBehaviour NORMAL = new RegistryBehaviour(Mode.OK, Duration.ZERO, 0);

    public RegistryBehaviour {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(latency, "latency");
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency cannot be negative: " + latency);
        }
        if ((mode == Mode.FAIL_FIRST) != (failures > 0)) {
            throw new IllegalArgumentException("a positive number of failures goes with fail-first only, got "
                    + mode + " with " + failures);
        }
    }

    public static RegistryBehaviour latency(Duration latency) {
        return new RegistryBehaviour(Mode.OK, latency, 0);
    }

    public static RegistryBehaviour of(Mode mode) {
        return new RegistryBehaviour(mode, Duration.ZERO, 0);
    }

    public static RegistryBehaviour failFirst(int failures) {
        return new RegistryBehaviour(Mode.FAIL_FIRST, Duration.ZERO, failures);
    }

    public RegistryBehaviour withLatency(Duration value) {
        return new RegistryBehaviour(mode, value, failures);
    }

    /** Parses the text form; throws IllegalArgumentException saying what is wrong and what is allowed. */
    public static RegistryBehaviour parse(String spec) {
        return new RegistryBehaviourParser(Objects.requireNonNull(spec, "behaviour")).parse();
    }

    /** The canonical text form, which {@link #parse} reads back to an equal behaviour. */
    public String spec() {
        String base = switch (mode) {
            case OK -> latency.isZero() ? "ok" : "";
            case ERROR -> "error";
            case TIMEOUT -> "timeout";
            case GARBAGE -> "garbage";
            case FAIL_FIRST -> "fail-first:" + failures;
        };
        if (latency.isZero()) {
            return base;
        }
        String delay = "latency:" + latency.toMillis() + "ms";
        return base.isEmpty() ? delay : base + "+" + delay;
    }

    @Override
    public String toString() {
        return spec();
    }
}
