package kz.medcert.bootstrap;

import static kz.medcert.bootstrap.Environment.duration;
import static kz.medcert.bootstrap.Environment.flag;
import static kz.medcert.bootstrap.Environment.integer;
import static kz.medcert.bootstrap.Environment.list;
import static kz.medcert.bootstrap.Environment.positive;
import static kz.medcert.bootstrap.Environment.positiveLong;
import static kz.medcert.bootstrap.Environment.value;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.medcert.adapters.http.ClientAddresses;
import kz.medcert.adapters.http.RateLimit;
import kz.medcert.application.port.out.ConsentLimits;
import kz.medcert.application.service.DecisionSettings;
import kz.medcert.domain.request.FallbackPolicy;
import kz.medcert.application.service.requests.UploadLimits;

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
 *                          by default in demo mode, never outside it, so that a real register is never mixed with
 *                          invented entries
 * @param demo              MEDCERT_DEMO: demo mode, the default on the embedded database alone: the public HS256 demo
 *                          secret (unless another is set), the {@code token} command, the consent code 123456, the
 *                          demo EDS signature and the demo certificates. With MEDCERT_DB_URL set it must be asked for
 *                          (MEDCERT_DEMO=true), or the service refuses to start unless a production key
 *                          (MEDCERT_JWT_PUBLIC_KEY_FILE or MEDCERT_JWT_JWKS_FILE) is configured
 * @param hstsMaxAge        MEDCERT_HSTS_MAX_AGE: with TLS in front of the service, how long browsers insist on HTTPS
 *                          (e.g. P365D); unset, no Strict-Transport-Security header
 * @param consentLimits     MEDCERT_CONSENT_CODE_INTERVAL (PT1M), MEDCERT_CONSENT_CODES_PER_HOUR (5, per request) and
 *                          MEDCERT_CONSENT_CODES_PER_PERSON_HOUR (5): how often a consent code may be sent
 * @param keyFile           MEDCERT_KEY_FILE: the service's secret key (a file of at least 32 random bytes, outside the
 *                          database), which keys the audit chain and the stored consent codes (see {@link ServiceKeys});
 *                          required outside demo mode; in demo mode {@code service.key} in the data directory, made on
 *                          first start
 * @param uploadLimits      MEDCERT_MAX_ATTACHMENTS_PER_REQUEST (25) and MEDCERT_MAX_ATTACHMENT_BYTES_PER_REQUEST
 *                          (52428800, 50 MiB): the copies one request may store, replaced ones included
 * @param retryLease        MEDCERT_RETRY_LEASE: how long an instance's claim on a request it retries lasts; by default
 *                          as long as a round of {@value #RETRY_BATCH} retries at the registries' time limit may take,
 *                          and a minute more. After a crash, another instance takes the claims over when they lapse
 * @param trustedProxies    MEDCERT_TRUSTED_PROXIES: addresses or CIDR ranges of the reverse proxies in front of the
 *                          service, whose X-Forwarded-For / Forwarded name the client (public verification's limit);
 *                          empty: the peer of the connection is the client
 * @param calendar          MEDCERT_CALENDAR_FILE: the working calendar, the shipped one or the shipped one with an
 *                          administrator's file laid over it, checked whole (see {@link CalendarConfig})
 * @param registryFallback  MEDCERT_REGISTRY_FALLBACK_AFTER (PT2H) and MEDCERT_REGISTRY_FALLBACK_ATTEMPTS (8): when a
 *                          registry that does not answer is given up on for the applicant, who then declares and
 *                          uploads in its place, whichever comes first (R21, R70)
 * @param eds               MEDCERT_EDS_*: how EDS signatures are checked outside demo mode (see {@link EdsConfig})
 * @param messaging         MEDCERT_SMS_*, MEDCERT_SMTP_*, MEDCERT_OUTBOX_*: where consent codes and notifications go
 *                          (see {@link MessagingConfig})
 * @param operations        MEDCERT_METRICS_TOKEN, MEDCERT_METRICS_PORT and MEDCERT_LOG_FORMAT: the metrics and the
 *                          log lines (see {@link OperationsConfig})
 */
public record AppConfig(int port, Path dataDir, String jdbcUrl, String dbUser, String dbPassword,
                        String registryBehaviour, Duration retryFirstDelay, Duration retryInterval,
                        Duration registryTimeLimit,
                        long maxAttachmentBytes, Optional<LocalDate> rulesEffectiveFrom, TokenConfig tokens,
                        URI publicBaseUrl, DecisionSettings decisions, long maxImportBytes,
                        RateLimit verificationLimit, boolean demoData, boolean demo, Optional<Duration> hstsMaxAge,
                        ConsentLimits consentLimits, Optional<Path> keyFile, UploadLimits uploadLimits,
                        Duration retryLease, List<String> trustedProxies, CalendarConfig calendar,
                        FallbackPolicy registryFallback, EdsConfig eds,
                        MessagingConfig messaging, OperationsConfig operations) {
    /** How many waiting requests the retry worker takes on in one round. */
    public static final int RETRY_BATCH = 100;


    public static AppConfig fromEnvironment(Map<String, String> env) {
        Path dataDir = Path.of(env.getOrDefault("MEDCERT_DATA_DIR", "data")).toAbsolutePath();
        String defaultUrl = "jdbc:hsqldb:file:" + dataDir.resolve("db").resolve("medcert")
                + ";hsqldb.write_delay=false;shutdown=true";
        boolean demo = demo(env);
        TokenConfig tokens = TokenConfig.fromEnvironment(env);
        if (!demo && !tokens.production()) {
            throw new IllegalArgumentException("this is not a demo (MEDCERT_DB_URL is set, or MEDCERT_DEMO=false), but "
                    + "no production key is configured: set MEDCERT_JWT_PUBLIC_KEY_FILE or MEDCERT_JWT_JWKS_FILE (the "
                    + "identity provider's key, with MEDCERT_JWT_ISSUER and MEDCERT_JWT_AUDIENCE), or MEDCERT_DEMO=true "
                    + "to run the demo (public token secret, token command, consent code 123456, demo signatures and "
                    + "certificates) on this database");
        }
        Optional<Path> keyFile = value(env, "MEDCERT_KEY_FILE").map(v -> Path.of(v).toAbsolutePath());
        if (!demo && keyFile.isEmpty()) {
            throw new IllegalArgumentException("this is not a demo, so MEDCERT_KEY_FILE must name the service's secret "
                    + "key (a file of at least 32 random bytes kept outside the database, e.g. made by "
                    + "`head -c 32 /dev/urandom > medcert.key`): it keys the audit chain and the consent codes");
        }
        boolean demoData = flag(env, "MEDCERT_DEMO_DATA", demo);
        if (demoData && !demo) {
            throw new IllegalArgumentException("MEDCERT_DEMO_DATA=true puts invented certificates into the register: "
                    + "only in demo mode (MEDCERT_DEMO=true)");
        }
        return new AppConfig(
                integer(env, "MEDCERT_PORT", 8080),
                dataDir,
                env.getOrDefault("MEDCERT_DB_URL", defaultUrl),
                env.getOrDefault("MEDCERT_DB_USER", "SA"),
                env.getOrDefault("MEDCERT_DB_PASSWORD", ""),
                env.getOrDefault("MEDCERT_REGISTRY_BEHAVIOUR", ""),
                duration(env, "MEDCERT_RETRY_FIRST_DELAY", Duration.ofSeconds(30)),
                duration(env, "MEDCERT_RETRY_INTERVAL", Duration.ofSeconds(10)),
                registryTimeLimit(env),
                integer(env, "MEDCERT_MAX_ATTACHMENT_BYTES", 10 * 1024 * 1024),
                Optional.ofNullable(env.get("MEDCERT_RULES_EFFECTIVE_FROM"))
                        .map(v -> date("MEDCERT_RULES_EFFECTIVE_FROM", v)),
                tokens,
                URI.create(env.getOrDefault("MEDCERT_PUBLIC_BASE_URL", "http://localhost:8080")),
                decisions(env),
                positiveLong(env, "MEDCERT_MAX_IMPORT_BYTES", 2L * 1024 * 1024 * 1024),
                verificationLimit(env),
                demoData,
                demo,
                Optional.ofNullable(env.get("MEDCERT_HSTS_MAX_AGE")).map(v -> positive(env, "MEDCERT_HSTS_MAX_AGE",
                        Duration.ZERO)),
                consentLimits(env),
                keyFile,
                uploadLimits(env),
                positive(env, "MEDCERT_RETRY_LEASE", registryTimeLimit(env).multipliedBy(RETRY_BATCH)
                        .plusMinutes(1)),
                trustedProxies(env),
                CalendarConfig.fromEnvironment(env),
                registryFallback(env),
                EdsConfig.fromEnvironment(env, demo),
                MessagingConfig.fromEnvironment(env),
                OperationsConfig.fromEnvironment(env, demo, integer(env, "MEDCERT_PORT", 8080)));
    }

    private static List<String> trustedProxies(Map<String, String> env) {
        List<String> proxies = list(env, "MEDCERT_TRUSTED_PROXIES");
        try {
            ClientAddresses.trusting(proxies);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("MEDCERT_TRUSTED_PROXIES: " + e.getMessage(), e);
        }
        return proxies;
    }

    private static Duration registryTimeLimit(Map<String, String> env) {
        return positive(env, "MEDCERT_REGISTRY_TIMEOUT", Duration.ofSeconds(5));
    }

    private static UploadLimits uploadLimits(Map<String, String> env) {
        return new UploadLimits((int) Math.min(Integer.MAX_VALUE, positiveLong(env,
                "MEDCERT_MAX_ATTACHMENTS_PER_REQUEST", UploadLimits.DEFAULTS.maxFiles())),
                positiveLong(env, "MEDCERT_MAX_ATTACHMENT_BYTES_PER_REQUEST", UploadLimits.DEFAULTS.maxBytes()));
    }

    /** MEDCERT_DEMO, by default on the embedded database only. */
    static boolean demo(Map<String, String> env) {
        return flag(env, "MEDCERT_DEMO", !env.containsKey("MEDCERT_DB_URL"));
    }

    private static ConsentLimits consentLimits(Map<String, String> env) {
        ConsentLimits standard = ConsentLimits.DEFAULTS;
        Duration interval = duration(env, "MEDCERT_CONSENT_CODE_INTERVAL", standard.interval());
        int perRequest = integer(env, "MEDCERT_CONSENT_CODES_PER_HOUR", standard.perRequestPerHour());
        int perPerson = integer(env, "MEDCERT_CONSENT_CODES_PER_PERSON_HOUR", standard.perPersonPerHour());
        try {
            return new ConsentLimits(interval, perRequest, perPerson);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("MEDCERT_CONSENT_CODE_INTERVAL, MEDCERT_CONSENT_CODES_PER_HOUR and "
                    + "MEDCERT_CONSENT_CODES_PER_PERSON_HOUR: " + e.getMessage(), e);
        }
    }

    public AppConfig withPort(int value) {
        return new AppConfig(value, dataDir, jdbcUrl, dbUser, dbPassword, registryBehaviour, retryFirstDelay,
                retryInterval, registryTimeLimit, maxAttachmentBytes, rulesEffectiveFrom, tokens, publicBaseUrl,
                decisions, maxImportBytes, verificationLimit, demoData, demo, hstsMaxAge, consentLimits, keyFile,
                uploadLimits, retryLease, trustedProxies, calendar, registryFallback, eds,
                messaging, operations);
    }

    public AppConfig withDatabase(String url) {
        return new AppConfig(port, dataDir, url, dbUser, dbPassword, registryBehaviour, retryFirstDelay,
                retryInterval, registryTimeLimit, maxAttachmentBytes, rulesEffectiveFrom, tokens, publicBaseUrl,
                decisions, maxImportBytes, verificationLimit, demoData, demo, hstsMaxAge, consentLimits, keyFile,
                uploadLimits, retryLease, trustedProxies, calendar, registryFallback, eds,
                messaging, operations);
    }

    public AppConfig withRegistryBehaviour(String value) {
        return new AppConfig(port, dataDir, jdbcUrl, dbUser, dbPassword, value, retryFirstDelay, retryInterval,
                registryTimeLimit, maxAttachmentBytes, rulesEffectiveFrom, tokens, publicBaseUrl, decisions,
                maxImportBytes, verificationLimit, demoData, demo, hstsMaxAge, consentLimits, keyFile,
                uploadLimits, retryLease, trustedProxies, calendar, registryFallback, eds,
                messaging, operations);
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

    private static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a date YYYY-MM-DD, not '" + value + "'");
        }
    }
}
