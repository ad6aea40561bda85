package kz.medcert.adapters.registries;

import java.time.Duration;
import java.util.Locale;
import kz.medcert.adapters.registries.RegistryBehaviour.Mode;

/** Reads the text form of one {@link RegistryBehaviour}: tokens joined with '+', one mode at most besides latency. */
final class RegistryBehaviourParser {
    private final String spec;
    private Mode mode;
    private Duration latency;
    private int failures;

    RegistryBehaviourParser(String spec) {
        this.spec = spec;
    }

    RegistryBehaviour parse() {
        for (String raw : spec.split("\\+", -1)) {
            token(raw.strip().toLowerCase(Locale.ROOT));
        }
        Duration delay = latency == null ? Duration.ZERO : latency;
        return new RegistryBehaviour(mode == null ? Mode.OK : mode, delay, failures);
    }

    private void token(String token) {
        int colon = token.indexOf(':');
        String name = colon < 0 ? token : token.substring(0, colon);
        String value = colon < 0 ? null : token.substring(colon + 1).strip();
        switch (name) {
            case "ok" -> mode(Mode.OK, value);
            case "error" -> mode(Mode.ERROR, value);
            case "garbage" -> mode(Mode.GARBAGE, value);
            case "timeout" -> {
                mode(Mode.TIMEOUT, null);
                if (value != null) {
                    latency(value);
                }
            }
            case "fail-first" -> {
                mode(Mode.FAIL_FIRST, null);
                failures = count(value);
            }
            case "latency" -> latency(value);
            default -> throw invalid("unknown mode '" + name + "'");
        }
    }

    private void mode(Mode value, String argument) {
        if (argument != null) {
            throw invalid("'" + value.name().toLowerCase(Locale.ROOT) + "' takes no value");
        }
        if (mode != null) {
            throw invalid("more than one mode");
        }
        mode = value;
    }

    private void latency(String value) {
        if (latency != null) {
            throw invalid("latency given twice");
        }
        latency = duration(value);
    }

    private Duration duration(String value) {
        if (value == null || !value.matches("\\d{1,9}(ms|s)?")) {
            throw invalid("a duration is <n>, <n>ms or <n>s");
        }
        if (value.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
        }
        if (value.endsWith("s")) {
            return Duration.ofSeconds(Long.parseLong(value.substring(0, value.length() - 1)));
        }
        return Duration.ofMillis(Long.parseLong(value));
    }

    private int count(String value) {
        if (value == null || !value.matches("\\d{1,6}") || Integer.parseInt(value) < 1) {
            throw invalid("fail-first needs a number of failures of at least 1, e.g. fail-first:2");
        }
        return Integer.parseInt(value);
    }

    private IllegalArgumentException invalid(String problem) {
        return new IllegalArgumentException("registry behaviour '" + spec + "': " + problem + " (allowed: ok, "
                + "latency:<ms>, error, timeout[:<ms>], garbage, fail-first:<n>, joined with '+')");
    }
}
