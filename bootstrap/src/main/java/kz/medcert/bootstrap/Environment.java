package kz.medcert.bootstrap;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reading the service's settings from environment variables, for each part of the configuration alike: a value that
 * cannot be used stops the start with an {@link IllegalArgumentException} that names the variable.
 */
final class Environment {

    private Environment() {
    }

    /** The variable's value, stripped; empty when it is unset or blank. */
    static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** The variable's comma-separated values, stripped, blanks left out; empty when it is unset. */
    static List<String> list(Map<String, String> env, String name) {
        return Arrays.stream(env.getOrDefault(name, "").split(",")).map(String::strip).filter(v -> !v.isEmpty())
                .toList();
    }

    /** {@code true} or {@code false}; {@code fallback} when unset. */
    static boolean flag(Map<String, String> env, String name, boolean fallback) {
        String value = env.getOrDefault(name, Boolean.toString(fallback)).strip();
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException(name + " must be true or false, not '" + value + "'");
        }
        return Boolean.parseBoolean(value);
    }

    /** An integer; {@code fallback} when unset. */
    static int integer(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        try {
            return value == null ? fallback : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be an integer, not '" + value + "'");
        }
    }

    /** An integer of at least 1; {@code fallback} when unset. */
    static long positiveLong(Map<String, String> env, String name, long fallback) {
        String value = env.get(name);
        try {
            long parsed = value == null ? fallback : Long.parseLong(value.strip());
            if (parsed < 1) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a positive integer, not '" + value + "'");
        }
    }

    /** An ISO-8601 duration ({@code PT30S}); {@code fallback} when unset. */
    static Duration duration(Map<String, String> env, String name, Duration fallback) {
        String value = env.get(name);
        try {
            return value == null ? fallback : Duration.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be an ISO-8601 duration such as PT30S, not '" + value
                    + "'");
        }
    }

    /** An ISO-8601 duration longer than zero; {@code fallback} when unset. */
    static Duration positive(Map<String, String> env, String name, Duration fallback) {
        return positive(name, Optional.ofNullable(env.get(name)), fallback);
    }

    /** {@code value}, read as an ISO-8601 duration longer than zero; {@code fallback} when empty. */
    static Duration positive(String name, Optional<String> value, Duration fallback) {
        try {
            Duration parsed = value.map(v -> Duration.parse(v.strip())).orElse(fallback);
            if (!parsed.isNegative() && !parsed.isZero()) {
                return parsed;
            }
        } catch (DateTimeParseException e) {
            // worded below, as a value that is not positive
        }
        throw new IllegalArgumentException(name + " must be a positive ISO-8601 duration such as PT5S, not '"
                + value.orElse("") + "'");
    }
}
