package kz.medcert.bootstrap;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts MedCert KZ with configuration from the environment; stops gracefully on SIGTERM / Ctrl+C. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Guice's AOP is unused; disabling its bytecode generation silences sun.misc.Unsafe warnings on new JDKs
        System.setProperty("guice_bytecode_gen_option", "DISABLED");
        Logger log = LoggerFactory.getLogger(Main.class);
        AppConfig config;
        try {
            config = AppConfig.fromEnvironment(System.getenv());
        } catch (IllegalArgumentException e) {
            log.error("configuration error: {}", e.getMessage());
            System.exit(2);
            return;
        }
        MedCertService service = MedCertService.start(config, Clock.systemUTC());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("stopping MedCert KZ");
            service.close();
        }, "shutdown"));
        long startedIn = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        log.info("MedCert KZ started in {} ms on Java {}: http://localhost:{}/docs (API), /health; data in {}",
                startedIn, Runtime.version(), service.port(), config.dataDir());
    }
}
