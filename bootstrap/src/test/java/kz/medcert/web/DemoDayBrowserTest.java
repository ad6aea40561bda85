package kz.medcert.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;

/**
 * The demo-mode service on its demo day and a headless Chromium on it, started once for a browser test class and
 * stopped after it ({@code .ci/run} installs Debian's chromium and chromium-driver). A class that needs the service
 * otherwise configured (a registry that fails) names its variables with {@link DemoSettings}.
 */
abstract class DemoDayBrowserTest {
    static WebService service;
    static Browser browser;

    /** {@code NAME=value} variables the test class's service starts with, beside the demo day's. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface DemoSettings {
        String[] value();
    }

    @BeforeAll
    static void startTheServiceAndTheBrowser(TestInfo test) {
        assumeTrue(Browser.available(), "chromium and chromium-driver are installed by .ci/run");
        Map<String, String> settings = test.getTestClass().map(c -> c.getAnnotation(DemoSettings.class))
                .map(named -> Arrays.stream(named.value()).map(v -> v.split("=", 2))
                        .collect(Collectors.toMap(v -> v[0], v -> v[1])))
                .orElse(Map.of());
        service = WebService.onDemoDay(settings);
        browser = new Browser(service.base());
    }

    @AfterAll
    static void stopTheBrowserAndTheService() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (service != null) {
            service.close();
            service = null;
        }
    }
}
