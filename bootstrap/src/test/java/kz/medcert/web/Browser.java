package kz.medcert.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, which {@code .ci/run} installs) for a
 * test class, with the checks every page gets: axe-core finds no serious or critical violation of WCAG 2.1 A/AA,
 * and a screenshot goes to {@code target/screenshots}. Selenium Manager is never asked to download anything: the
 * driver and the browser are named by path.
 */
final class Browser implements AutoCloseable {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String DRIVER = "/usr/bin/chromedriver";
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    final ChromeDriver driver;
    private final String base;

    Browser(String base) {
        this.base = base;
        System.setProperty("webdriver.chrome.driver", DRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,900", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    static boolean available() {
        return Files.isExecutable(Path.of(DRIVER)) && Files.isExecutable(Path.of(CHROMIUM));
    }

    void open(String path) {
        driver.get(base + path);
    }

    String path() {
        String url = driver.getCurrentUrl();
        return url.substring(base.length());
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText();
    }

    /** Clicks, and when the click leads to another page, waits until it has replaced this one. */
    void click(String css) {
        WebElement page = find("html");
        find(css).click();
        try {
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> replaced(page));
        } catch (TimeoutException stayed) {
            // the click changed nothing but this page
        }
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> "complete".equals(driver.executeScript("return document.readyState")));
    }

    /** Whether {@code element}'s document has gone: stale, or (mid-navigation) no longer in any document. */
    private static boolean replaced(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException gone) {
            return true;
        } catch (WebDriverException leaving) {
            // Chromium may answer "Node with given id does not belong to the document" while the next page loads
            return leaving.getMessage() != null && leaving.getMessage().contains("does not belong to the document");
        }
    }

    /** Signs out (when signed in) and in as the demo account {@code value}, waiting for its start page. */
    void signInAs(String value, String startPage) {
        if (!findAll("form[action='/sign-out'] button").isEmpty()) {
            click("form[action='/sign-out'] button");
        } else if (!path().startsWith("/sign-in")) {
            open("/sign-in");
        }
        click("button[name=account][value='" + value + "']");
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> path().equals(startPage));
    }

    void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    String h1() {
        return text("h1");
    }

    String lang() {
        return find("html").getAttribute("lang");
    }

    /** Switches the language by the link every page has; the page comes back in it. */
    void switchLanguage(String code) {
        if (!lang().equals(code)) {
            click(".lang a[lang=" + code + "]");
        }
        assertThat(lang()).as("language after the switch on " + path()).isEqualTo(code);
    }

    /** axe-core on the page as it is: no serious or critical violation. */
    void assertAccessible(String name) {
        Results results = new AxeBuilder().withTags(AXE_TAGS).analyze(driver);
        List<Rule> severe = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact())).toList();
        assertThat(severe).as(name + " (" + path() + "): " + severe.stream()
                .map(v -> v.getId() + " " + v.getImpact() + ": " + v.getHelp() + " at " + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "))).isEmpty();
    }

    /** The whole page (up to 3,000 pixels high), not only what the window shows. */
    void screenshot(String name) {
        Dimension window = driver.manage().window().getSize();
        // the window is taller than what it shows by the browser's own frame
        long height = (Long) driver.executeScript("return document.documentElement.scrollHeight")
                + window.getHeight() - (Long) driver.executeScript("return window.innerHeight");
        try {
            Files.createDirectories(SCREENSHOTS);
            driver.manage().window().setSize(new Dimension(window.getWidth(),
                    (int) Math.min(3_000, Math.max(window.getHeight(), height))));
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    /**
     * The checks of every page, in the three languages through the page's own switch: the language changes, the
     * title is translated, axe finds nothing severe, and a screenshot of each; the page is left in {@code back}.
     */
    void checkPage(String name, String back) {
        String previousTitle = null;
        for (String code : List.of("kk", "ru", "en")) {
            switchLanguage(code);
            String title = driver.getTitle();
            assertThat(title).as("title of " + name + " in " + code).isNotEqualTo(previousTitle).doesNotContain("??");
            assertThat(find("body").getText()).as("texts of " + name + " in " + code).doesNotContain("??");
            previousTitle = title;
            assertAccessible(name + " [" + code + "]");
            screenshot(name + "-" + code);
        }
        switchLanguage(back);
    }

    /**
     * The page in {@code code} shows nothing in English as the rules or a registry wrote it: no element of the main
     * content is marked {@code lang="en"} (the fallback of a text that has no words in the page's language).
     */
    void assertNothingLeftInEnglish(String name) {
        assertThat(findAll("main [lang]").stream().map(e -> e.getAttribute("lang") + ": " + e.getText()).toList())
                .as(name + " in " + lang() + " (" + path() + ")").noneMatch(text -> text.startsWith("en:"));
    }

    /** Opens every disclosure on the page ("why is this needed?"), as a reader who wants the reasons would. */
    void openEveryDetails() {
        driver.executeScript("document.querySelectorAll('details').forEach(d => d.open = true)");
    }

    /** The cookie the browser holds for this site, e.g. to download what a page links to with the same session. */
    String cookie(String name) {
        return driver.manage().getCookieNamed(name).getValue();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
