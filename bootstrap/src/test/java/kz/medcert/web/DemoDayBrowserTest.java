package kz.medcert.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The demo-mode service on its demo day and a headless Chromium on it, started once for a browser test class and
 * stopped after it ({@code .ci/run} installs Debian's chromium and chromium-driver).
 */
abstract class DemoDayBrowserTest {
    static WebService service;
    static Browser browser;

    @BeforeAll
    static void startTheServiceAndTheBrowser() {
        assumeTrue(Browser.available(), "chromium and chromium-driver are installed by .ci/run");
        service = WebService.onDemoDay(Map.of());
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
