package kz.medcert.bootstrap;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import kz.medcert.adapters.http.RateLimit;
import kz.medcert.application.service.DecisionSettings;
import kz.medcert.domain.request.FallbackPolicy;

/**
 * Configuration from environment variables, each with a default that runs the demo on the embedded database.
 *
 * @param port              MEDCERT_PORT (8080; 0 picks a free port)
 * @param dataDir           MEDCERT_DATA_DIR (./data): the embedded database lives here
 * @param jdbcUrl           MEDCERT_DB_URL (HSQLDB file database in the data directory; a jdbc:postgresql URL in production)
 * @param registryBehaviour MEDCERT_REGISTRY_BEHAVIOUR: stub registry latency/fault injection, e.g. EDUCATION=fail-first:2
 * @param registryTimeLimit MEDCERT_REGISTRY_TIMEOUT (PT5S): longest wait for one registry's answer before it counts as
 *                          failed and is retried later
 * @param rulesEffectiveFrom MEDCERT_RULES_EFFECTIVE_FROM: entry into force of Order No. 23 (R84)
 * @param tokens            MEDCERT_JWT_*: how bearer tokens are verified (see {@link TokenConfig})
 * @param publicBaseUrl     MEDCERT_PUBLIC_BASE_URL (http://localhost:8080): where the public verification page is
 *                          published; a certificate PDF's QR code opens {@code <it>/verify/<number>}
 * @param decisions         MEDCERT_AUTO_CONFIRMATION (true) and MEDCERT_OBJECTION_WORKING_DAYS (2): whether matching
 *                          confirmations are issued without an officer (R14, R74), and the hearing term of a
 *                          preliminary refusal
 * @param maxImportBytes    MEDCERT_MAX_IMPORT_BYTES (2 GiB): the largest register file an administrator may send to
 *                          the import over HTTP
 * @param verificationLimit MEDCERT_VERIFY_RATE_PER_MINUTE (30) and MEDCERT_VERIFY_BURST (10): how often one client IP
 *                          may verify certificates publicly (raised by the load benchmark, scripts/bench-http.sh)
 * @param demoData          MEDCERT_DEMO_DATA: whether the demo certificates are put into an empty register on start;
 *                          true on the embedded database, false when MEDCERT_DB_URL names another, so that a real
 *                          register is never mixed with invented entries
 * @param calendar          MEDCERT_CALENDAR_FILE: the working calendar, the shipped one or the shipped one with an
 *                          administrator's file laid over it, checked whole (see {@link CalendarConfig})
 * @param registryFallback  MEDCERT_REGISTRY_FALLBACK_AFTER (PT2H) and MEDCERT_REGISTRY_FALLBACK_ATTEMPTS (8): when a
 *                          registry that does not answer is given up on for the applicant, who then declares and
 *                          uploads in its place, whichever comes first (R21, R70)
 */
public record AppConfig(int port, Path dataDir, String jdbcUrl, String dbUser, String dbPassword,
                        String registryBehaviour, Duration retryFirstDelay, Duration retryInterval,
                        Duration registryTimeLimit,
                        long maxAttachmentBytes, Optional<LocalDate> rulesEffectiveFrom, TokenConfig tokens,
                        URI publicBaseUrl, DecisionSettings decisions, long maxImportBytes,
                        RateLimit verificationLimit, boolean demoData, CalendarConfig calendar,
                        FallbackPolicy registryFallback) {

    public static AppConfig fromEnvironment(Map<String, String> env) {
        Path dataDir = Path.of(env.getOrDefault("MEDCERT_DATA_DIR", "data")).toAbsolutePath();
        String defaultUrl = "jdbc:hsqldb:file:" + dataDir.resolve("db").resolve("medcert")
                + ";hsqldb.write_delay=false;shutdown=true";
        return new AppConfig(
                integer(env, "MEDCERT_PORT", 8080),
                dataDir,
                env.getOrDefault("MEDCERT_DB_URL", defaultUrl),
                env.getOrDefault("MEDCERT_DB_USER", "SA"),
                env.getOrDefault("MEDCERT_DB_PASSWORD", ""),
                env.getOrDefault("MEDCERT_REGISTRY_BEHAVIOUR", ""),
                duration(env, "MEDCERT_RETRY_FIRST_DELAY", Duration.ofSeconds(30)),
                duration(env, "MEDCERT_RETRY_INTERVAL", Duration.ofSeconds(10)),
                positive(env, "MEDCERT_REGISTRY_TIMEOUT", Duration.ofSeconds(5)),
                integer(env, "MEDCERT_MAX_ATTACHMENT_BYTES", 10 * 1024 * 1024),
                Optional.ofNullable(env.get("MEDCERT_RULES_EFFECTIVE_FROM"))
                        .map(v -> date("MEDCERT_RULES_EFFECTIVE_FROM", v)),
                TokenConfig.fromEnvironment(env),
                URI.create(env.getOrDefault("MEDCERT_PUBLIC_BASE_URL", "http://localhost:8080")),
                decisions(env),
                positiveLong(env, "MEDCERT_MAX_IMPORT_BYTES", 2L * 1024 * 1024 * 1024),
                verificationLimit(env),
                flag(env, "MEDCERT_DEMO_DATA", !env.containsKey("MEDCERT_DB_URL")),
                CalendarConfig.fromEnvironment(env),
                registryFallback(env));
    }

    public AppConfig withPort(int value) {
        return new AppConfig(value, dataDir, jdbcUrl, dbUser, dbPassword, registryBehaviour, retryFirstDelay,
                retryInterval, registryTimeLimit, maxAttachmentBytes, rulesEffectiveFrom, tokens, publicBaseUrl,
                decisions, maxImportBytes, verificationLimit, demoData, calendar, registryFallback);
    }

    public AppConfig withDatabase(String url) {
        return new AppConfig(port, dataDir, url, dbUser, dbPassword, registryBehaviour, retryFirstDelay,
                retryInterval, registryTimeLimit, maxAttachmentBytes, rulesEffectiveFrom, tokens, publicBaseUrl,
                decisions, maxImportBytes, verificationLimit, demoData, calendar, registryFallback);
    }

    public AppConfig withRegistryBehaviour(String value) {
        return new AppConfig(port, dataDir, jdbcUrl, dbUser, dbPassword, value, retryFirstDelay, retryInterval,
                registryTimeLimit, maxAttachmentBytes, rulesEffectiveFrom, tokens, publicBaseUrl, decisions,
                maxImportBytes, verificationLimit, demoData, calendar, registryFallback);
    }

    private static DecisionSettings decisions(Map<String, String> env) {
        boolean automatic = flag(env, "MEDCERT_AUTO_CONFIRMATION", true);
        int days = integer(env, "MEDCERT_OBJECTION_WORKING_DAYS", DecisionSettings.DEFAULTS.objectionWorkingDays());
        try {
            return new DecisionSettings(automatic, days);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("MEDCERT_OBJECTION_WORKING_DAYS: " + e.getMessage(), e);
        }
    }

    private static FallbackPolicy registryFallback(Map<String, String> env) {
        Duration after = positive(env, "MEDCERT_REGISTRY_FALLBACK_AFTER", FallbackPolicy.DEFAULT.after());
        int attempts = integer(env, "MEDCERT_REGISTRY_FALLBACK_ATTEMPTS", FallbackPolicy.DEFAULT.attempts());
        if (attempts < 1) {
            throw new IllegalArgumentException("MEDCERT_REGISTRY_FALLBACK_ATTEMPTS must be at least 1, not "
                    + attempts);
        }
        return new FallbackPolicy(after, attempts);
    }

    private static RateLimit verificationLimit(Map<String, String> env) {
        RateLimit standard = RateLimit.PUBLIC_VERIFICATION;
        int perMinute = integer(env, "MEDCERT_VERIFY_RATE_PER_MINUTE", standard.requestsPerMinute());
        int burst = integer(env, "MEDCERT_VERIFY_BURST", standard.burst());
        if (perMinute < 1 || burst < 1) {
            throw new IllegalArgumentException("MEDCERT_VERIFY_RATE_PER_MINUTE and MEDCERT_VERIFY_BURST must be at "
                    + "least 1, not " + perMinute + " and " + burst);
        }
        return new RateLimit(perMinute, burst);
    }

    private static boolean flag(Map<String, String> env, String name, boolean fallback) {
        String value = env.getOrDefault(name, Boolean.toString(fallback)).strip();
        if (!value.equals("true") && !value.equals("false")) {
            throw new IllegalArgumentException(name + " must be true or false, not '" + value + "'");
        }
        return Boolean.parseBoolean(value);
    }

    private static int integer(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        try {
            return value == null ? fallback : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be an integer, not '" + value + "'");
        }
    }

    private static long positiveLong(Map<String, String> env, String name, long fallback) {
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

    private static Duration duration(Map<String, String> env, String name, Duration fallback) {
        String value = env.get(name);
        try {
            return value == null ? fallback : Duration.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be an ISO-8601 duration such as PT30S, not '" + value
                    + "'");
        }
    }

    private static Duration positive(Map<String, String> env, String name, Duration fallback) {
        Duration value = duration(env, name, fallback);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration such as PT5S, not '"
                    + env.get(name) + "'");
        }
        return value;
    }

    private static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a date YYYY-MM-DD, not '" + value + "'");
        }
    }
}
