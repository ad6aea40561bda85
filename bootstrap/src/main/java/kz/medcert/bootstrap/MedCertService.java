package kz.medcert.bootstrap;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import kz.medcert.adapters.http.HttpApi;
import kz.medcert.adapters.http.operations.MetricsServer;
import kz.medcert.adapters.persistence.Database;
import kz.medcert.adapters.persistence.DemoCertificates;
import kz.medcert.adapters.registries.DemoPersons;
import kz.medcert.adapters.registries.StubConsentGateway;
import kz.medcert.adapters.signature.JcaProviders;
import kz.medcert.application.port.out.CertificateRegister;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.application.port.in.operations.CalendarCoverageUseCase;
import kz.medcert.bootstrap.metrics.OperationsMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running service: the wired object graph, the HTTP server (and the metrics' own, when configured), the registry
 * retry worker, the notification outbox's worker and the daily check of the working calendar's reach. {@link #close()}
 * stops them in order — no new requests, then the workers, then the database — so nothing acknowledged is cut off.
 */
public final class MedCertService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MedCertService.class);

    private final Injector injector;
    private final HttpApi http;
    private final Optional<MetricsServer> metricsServer;
    private final RegistryRetryWorker retries;
    private final ScheduledExecutorService calendarWatch;
    private final NotificationWorker notifications;
    private boolean closed;

    private MedCertService(Injector injector, HttpApi http, Optional<MetricsServer> metricsServer,
                           RegistryRetryWorker retries, ScheduledExecutorService calendarWatch,
                           NotificationWorker notifications) {
        this.injector = injector;
        this.http = http;
        this.metricsServer = metricsServer;
        this.retries = retries;
        this.calendarWatch = calendarWatch;
        this.notifications = notifications;
    }

    /** Wires everything (eagerly: miswiring fails here, not on the first request) and starts serving. */
    public static MedCertService start(AppConfig config, Clock clock) {
        return start(config, WebConfig.fromEnvironment(java.util.Map.of(), config), clock);
    }

    /** As {@link #start(AppConfig, Clock)}, with the web front configured as {@code web} says. */
    public static MedCertService start(AppConfig config, WebConfig web, Clock clock) {
        ServiceKeys keys = ServiceKeys.load(config);
        config.eds().provider().ifPresent(JcaProviders::install);
        Background<Database> database = Background.start("database-opening",
                () -> PersistenceModule.openForService(config, keys, clock));
        Background<DemoPersons> demoPersons = Background.start("demo-persons", DemoPersons::load);
        Injector injector;
        try {
            injector = Guice.createInjector(Stage.PRODUCTION, new CoreModule(config, clock),
                    new PersistenceModule(config, keys, database), new RegistriesModule(config, demoPersons),
                    new SignatureModule(config), new MessagingModule(config), new HttpModule(config),
                    new RegisterModule(), new MetricsModule(), new WebModule(config, web));
        } catch (RuntimeException | Error e) {
            database.whenMade(Database::close);
            throw e;
        }
        LOG.info(config.demo() ? "DEMO MODE: demo tokens, consent code {}, demo EDS signatures{}; service key {}"
                        : "production mode{}{}: service key {}", config.demo() ? StubConsentGateway.DEMO_CODE : "",
                config.demoData() ? ", demo certificates" : "", keys.source());
        logSignatures(config);
        describeMessaging(config);
        if (config.demoData()) {
            seedDemoCertificates(injector);
        }
        HttpApi http = injector.getInstance(HttpApi.class).start(config.port());
        Optional<MetricsServer> metricsServer;
        try {
            metricsServer = startMetricsServer(config, injector);
        } catch (RuntimeException e) { // e.g. the metrics' port is taken: nothing may stay open behind the failure
            http.stop();
            injector.getInstance(OperationsMetrics.class).close();
            injector.getInstance(Database.class).close();
            throw e;
        }
        RegistryRetryWorker retries = injector.getInstance(RegistryRetryWorker.class);
        retries.start(config.retryInterval());
        ScheduledExecutorService calendarWatch = watchCalendar(config, injector);
        NotificationWorker notifications = injector.getInstance(NotificationWorker.class);
        notifications.start(config.messaging().outboxInterval());
        return new MedCertService(injector, http, metricsServer, retries, calendarWatch, notifications);
    }

    /** The metrics on a port of their own (MEDCERT_METRICS_PORT), if so configured; says where they are. */
    private static Optional<MetricsServer> startMetricsServer(AppConfig config, Injector injector) {
        OperationsMetrics metrics = injector.getInstance(OperationsMetrics.class);
        Optional<MetricsServer> server = config.operations().onOwnPort(metrics.source()).map(endpoint ->
                MetricsServer.start("0.0.0.0", config.operations().metricsPort().orElseThrow(), endpoint));
        LOG.info("metrics: {}{}; logs: {}", config.operations().describeMetrics(), server.map(s -> " (listening on "
                + s.port() + ")").orElse(""), config.operations().logFormat().name().toLowerCase(Locale.ROOT));
        return server;
    }

    /** R17, R81: says how EDS signatures are checked, and warns when none can be. */
    private static void logSignatures(AppConfig config) {
        if (config.demo()) {
            if (config.eds().namesAny()) {
                LOG.warn("EDS: demo mode accepts the demo signature only; the MEDCERT_EDS_* settings are not used");
            }
            return;
        }
        config.eds().settings().ifPresentOrElse(
                settings -> LOG.info("EDS: CMS signatures checked, {}{}", settings.describe(),
                        config.eds().provider().map(p -> "; JCA provider " + p).orElse("")),
                () -> LOG.warn("EDS: no trust anchors are configured (MEDCERT_EDS_TRUST_ANCHORS): submissions cannot "
                        + "be signed; every submission is answered 503 and nothing is stored"));
    }

    /** R77: says which calendar the deadlines use, and warns now and daily once its end is 60 days away or less. */
    private static ScheduledExecutorService watchCalendar(AppConfig config, Injector injector) {
        LOG.info("{}", config.calendar().describe());
        CalendarWatch watch = new CalendarWatch(injector.getInstance(CalendarCoverageUseCase.class));
        watch.check();
        ScheduledExecutorService daily = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "calendar-watch");
            t.setDaemon(true);
            return t;
        });
        daily.scheduleAtFixedRate(watch::checkQuietly, 1, 1, TimeUnit.DAYS);
        return daily;
    }

    /** Says where consent codes and notifications go, and which cannot go anywhere as configured. */
    private static void describeMessaging(AppConfig config) {
        config.messaging().smtp().ifPresentOrElse(
                smtp -> LOG.info("notifications by e-mail: the mail server {}:{}", smtp.host(), smtp.port()),
                () -> LOG.info(config.demo() ? "notifications by e-mail: the log stands in for a mail server"
                        : "no mail server is configured (MEDCERT_SMTP_HOST): notifications go by SMS only, or wait "
                        + "in the outbox until a channel is configured"));
        if (config.demo()) {
            LOG.info("consent codes: the demo's stub phone");
            return;
        }
        config.messaging().sms().ifPresentOrElse(
                sms -> LOG.info("consent codes and SMS notifications: the SMS provider at {}", sms.url()),
                () -> LOG.warn("no SMS provider is configured (MEDCERT_SMS_URL): consent codes cannot be delivered, "
                        + "and asking for one answers 503 until a provider is configured"));
    }

    /** Demo data on first start: a few register entries of the demo persons (valid, expired, revoked). */
    private static void seedDemoCertificates(Injector injector) {
        List<IssuedCertificate> seeded = DemoCertificates.seedIfEmpty(injector.getInstance(CertificateRegister.class));
        if (!seeded.isEmpty()) {
            LOG.info("seeded demo certificates for public verification: {}",
                    seeded.stream().map(c -> c.number().value()).toList());
        }
    }

    public int port() {
        return http.port();
    }

    public Injector injector() {
        return injector;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        http.stop();
        metricsServer.ifPresent(MetricsServer::close);
        calendarWatch.shutdownNow();
        notifications.close();
        retries.close();
        injector.getInstance(OperationsMetrics.class).close();
        injector.getInstance(Database.class).close();
    }
}
