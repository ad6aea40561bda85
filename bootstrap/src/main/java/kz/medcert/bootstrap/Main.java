package kz.medcert.bootstrap;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.List;
import kz.medcert.adapters.http.HttpApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts MedCert KZ with configuration from the environment; stops gracefully on SIGTERM / Ctrl+C. With the arguments
 * {@code token ...} it prints a development bearer token instead (see {@link TokenCommand}); with
 * {@code import-register ...} it loads the existing register from a CSV file (see {@link ImportRegisterCommand}); with
 * {@code verify-audit} it verifies the audit chain (see {@link VerifyAuditCommand}); {@code train-class-data} is the
 * build's start for the class-data archive (see {@link ClassDataTraining}).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            System.exit(command(List.of(args)));
            return;
        }
        // Guice's AOP is unused; disabling its bytecode generation silences sun.misc.Unsafe warnings on new JDKs
        System.setProperty("guice_bytecode_gen_option", "DISABLED");
        HttpApi.prepareStaticFiles(); // while the logging, the configuration and the wiring start
        Logger log = LoggerFactory.getLogger(Main.class);
        AppConfig config;
        WebConfig web;
        try {
            config = AppConfig.fromEnvironment(System.getenv());
            web = WebConfig.fromEnvironment(System.getenv(), config);
        } catch (IllegalArgumentException e) {
            log.error("configuration error: {}", e.getMessage());
            System.exit(2);
            return;
        }
        MedCertService service;
        try {
            service = MedCertService.start(config, web, Clock.systemUTC());
        } catch (IllegalArgumentException e) {
            log.error("configuration error: {}", e.getMessage());
            System.exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("stopping MedCert KZ");
            service.close();
        }, "shutdown"));
        long startedIn = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        log.info("MedCert KZ started in {} ms on Java {}: http://localhost:{}/ (web front), /docs (API), /health; data in {}",
                startedIn, Runtime.version(), service.port(), config.dataDir());
    }

    /** A command instead of the service; it logs nothing, so that standard output carries only its result. */
    private static int command(List<String> args) {
        if (args.get(0).equals(ImportRegisterCommand.NAME)) {
            return importRegister(args.subList(1, args.size()));
        }
        if (args.get(0).equals(VerifyAuditCommand.NAME)) {
            return verifyAudit(args.subList(1, args.size()));
        }
        if (args.get(0).equals(ClassDataTraining.NAME)) {
            return ClassDataTraining.run(args.subList(1, args.size()), System.getenv(), System.out, System.err);
        }
        if (!args.get(0).equals(TokenCommand.NAME)) {
            System.err.println("unknown command " + args.get(0) + "; without arguments the service starts\n"
                    + TokenCommand.usage() + "\n" + ImportRegisterCommand.usage() + "\n" + VerifyAuditCommand.usage());
            return TokenCommand.USAGE;
        }
        TokenConfig tokens;
        boolean demo;
        try {
            tokens = TokenConfig.fromEnvironment(System.getenv());
            demo = AppConfig.demo(System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("configuration error: " + e.getMessage());
            return TokenCommand.USAGE;
        }
        return TokenCommand.run(args.subList(1, args.size()), tokens, demo, Clock.systemUTC(), System.out,
                System.err);
    }

    private static int verifyAudit(List<String> args) {
        AppConfig config;
        try {
            config = AppConfig.fromEnvironment(System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("configuration error: " + e.getMessage());
            return VerifyAuditCommand.USAGE;
        }
        return VerifyAuditCommand.run(args, config, System.out, System.err);
    }

    private static int importRegister(List<String> args) {
        AppConfig config;
        try {
            config = AppConfig.fromEnvironment(System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("configuration error: " + e.getMessage());
            return ImportRegisterCommand.USAGE;
        }
        return ImportRegisterCommand.run(args, config, Clock.systemUTC(), System.out, System.err);
    }
}
