package kz.medcert.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import kz.medcert.bootstrap.AppConfig;
import kz.medcert.bootstrap.MedCertService;
import kz.medcert.bootstrap.WebConfig;

/** The real service for a browser test class: fresh embedded database, random port, clock on the demo day. */
final class WebService implements AutoCloseable {
    /** Friday 20 November 2026, 10:00 in Almaty: the demo persons' application day, a working day. */
    static final Instant DEMO_DAY = Instant.parse("2026-11-20T05:00:00Z");

    final MedCertService service;
    final Path dataDir;

    private WebService(MedCertService service, Path dataDir) {
        this.service = service;
        this.dataDir = dataDir;
    }

    static WebService onDemoDay(Map<String, String> env) {
        try {
            Path dataDir = Files.createTempDirectory("medcert-web");
            Map<String, String> all = new HashMap<>(env);
            all.putIfAbsent("MEDCERT_DATA_DIR", dataDir.toString());
            all.putIfAbsent("MEDCERT_PORT", "0");
            AppConfig config = AppConfig.fromEnvironment(all);
            return new WebService(MedCertService.start(config, WebConfig.fromEnvironment(all, config),
                    Clock.fixed(DEMO_DAY, ZoneOffset.UTC)), dataDir);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String base() {
        return "http://localhost:" + service.port();
    }

    @Override
    public void close() {
        service.close();
    }
}
