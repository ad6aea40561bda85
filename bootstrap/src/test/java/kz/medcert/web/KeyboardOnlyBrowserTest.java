package kz.medcert.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The applicant's journey with the keyboard alone (WCAG 2.1.1): demo person P02, a residency graduate of Astana whose
 * data all come from the registries, applies for her first certificate using only Tab, Shift+Tab, Enter, Space,
 * arrows and typing, from the skip link to "accepted" (R22). Every element reached shows the focus state (2.4.7).
 */
class KeyboardOnlyBrowserTest extends DemoDayBrowserTest {
    private static final String YELLOW = "255, 221, 0";

    @Test
    void p02AppliesFromSignInToAccepted_withTheKeyboardAlone_R22() {
        browser.open("/sign-in");
        browser.switchLanguage("en");

        press(Keys.TAB);
        assertThat(focused().getAttribute("class")).isEqualTo("skip-link");
        assertFocusVisible();
        press(Keys.ENTER);
        assertThat(browser.path()).endsWith("#main");

        tabTo("button[value='applicant:990203317687']");
        press(Keys.ENTER);
        waitFor("/applicant");

        tabTo("a.button[href='/applicant/requests/new']");
        press(Keys.ENTER);
        waitFor("/applicant/requests/new");

        tabTo("#specialty");
        chooseWithArrows("#specialty", "THERAPY");
        tabTo("#qualificationLevel");
        tabTo("#surname");
        type("Сейтқали");
        press(Keys.TAB);
        assertThat(focused().getAttribute("id")).isEqualTo("givenName");
        type("Нұрлан");
        tabTo("#region");
        chooseWithArrows("#region", "ASTANA");
        tabTo("form[action='/applicant/requests'] button[type=submit]");
        press(Keys.ENTER);
        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(d -> browser.path().matches("/applicant/requests/[0-9a-f-]{36}"));
        String request = browser.path();

        tabTo("form[action$='/consent'] button");
        press(Keys.ENTER);
        waitFor(request + "#consent");
        tabTo("#code");
        type("123456");
        press(Keys.ENTER);
        waitFor(request + "/checklist");

        tabTo("a.button[href$='/check']");
        press(Keys.ENTER);
        waitFor(request + "/check");

        tabTo("#submit-application");
        press(Keys.SPACE);
        waitFor(request);
        assertThat(browser.text("#status")).isEqualTo("Accepted");
        assertThat(browser.text("#registered-on")).isEqualTo("20.11.2026");
    }

    private static void press(CharSequence key) {
        new Actions(browser.driver).sendKeys(key).perform();
    }

    private static void type(String text) {
        new Actions(browser.driver).sendKeys(text).perform();
    }

    private static WebElement focused() {
        return browser.driver.switchTo().activeElement();
    }

    /** Tabs forward until {@code css} has the focus (at most 200 presses), checking each stop shows it. */
    private static void tabTo(String css) {
        WebElement target = browser.find(css);
        for (int i = 0; i < 200; i++) {
            press(Keys.TAB);
            assertFocusVisible();
            if (focused().equals(target)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + css + " on " + browser.path());
    }

    /** Picks an option of the focused select with the arrow keys. */
    private static void chooseWithArrows(String css, String value) {
        Select select = new Select(browser.find(css));
        press(Keys.HOME);
        for (int i = 0; i < 300 && !value.equals(select.getFirstSelectedOption().getAttribute("value")); i++) {
            press(Keys.ARROW_DOWN);
        }
        assertThat(select.getFirstSelectedOption().getAttribute("value")).isEqualTo(value);
    }

    /** The focused element shows the yellow focus state: an outline, a background or a shadow. */
    private static void assertFocusVisible() {
        WebElement element = focused();
        String outline = element.getCssValue("outline-color") + " " + element.getCssValue("outline-style");
        String background = element.getCssValue("background-color");
        String shadow = element.getCssValue("box-shadow");
        String border = element.getCssValue("border-color");
        assertThat(outline.contains(YELLOW) && !outline.endsWith("none") || background.contains(YELLOW)
                || shadow.contains(YELLOW) || border.contains(YELLOW))
                .as("focus visible on <" + element.getTagName() + " " + element.getAttribute("outerHTML")
                        .substring(0, Math.min(120, element.getAttribute("outerHTML").length())) + "> at "
                        + browser.path() + ": outline " + outline + ", background " + background + ", shadow " + shadow)
                .isTrue();
    }

    private static void waitFor(String path) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> browser.path().equals(path));
    }
}
