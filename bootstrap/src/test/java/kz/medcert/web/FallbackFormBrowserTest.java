package kz.medcert.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.support.ui.Select;

/**
 * When a state registry stays down, the applicant declares what it would have supplied in the browser (R21, R70),
 * as the API's {@code PUT /requests/{id}/form} does: demo person P02 applies for Therapy while the education registry
 * fails and is given up on after one attempt (the README's walk-through "When a registry stays down"). His checklist
 * offers the form; a wrong date is named at its field; a form filled on an older version of the request is answered
 * 412 with a clear message; the declaration then turns his diploma, internship and residency into uploads. Each page
 * in kk/ru/en with axe-core, photographed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DemoDayBrowserTest.DemoSettings({"MEDCERT_REGISTRY_BEHAVIOUR=EDUCATION=error", "MEDCERT_REGISTRY_FALLBACK_ATTEMPTS=1"})
class FallbackFormBrowserTest extends DemoDayBrowserTest {
    private static final String P02 = "990203317687";
    private static String requestPath;

    @Test
    @Order(1)
    void p02StartsAndConsents_andHisChecklistOffersToDeclareTheUnavailableRegistrysData_R21_R70() {
        browser.open("/sign-in");
        browser.signInAs("applicant:" + P02, "/applicant");
        browser.open("/applicant/requests/new");
        new Select(browser.find("#specialty")).selectByValue("THERAPY");
        browser.type("#surname", "Сейтқали");
        browser.type("#givenName", "Нұрлан");
        new Select(browser.find("#region")).selectByValue("ASTANA");
        browser.click("form[action='/applicant/requests'] button[type=submit]");
        requestPath = browser.path();
        assertThat(requestPath).matches("/applicant/requests/[0-9a-f-]{36}");
        assertThat(browser.findAll("#declare-fallback")).as("nothing to declare before the consent").isEmpty();

        browser.click("form[action$='/consent'] button");
        browser.type("#code", "123456");
        browser.click("form[action$='/consent/confirmation'] button");

        assertThat(browser.path()).isEqualTo(requestPath + "/checklist");
        assertThat(browser.find("#fallback").getText()).contains("A state registry did not answer");
        browser.open(requestPath);
        assertThat(browser.text("#status")).isEqualToIgnoringCase("Documents to upload");
        assertThat(browser.find("#declare-fallback").getText())
                .isEqualTo("Declare what the unavailable registry would have supplied");
    }

    @Test
    @Order(2)
    void theFormNamesTheUnavailableRegistry_inEachLanguage_andIsAccessible() {
        browser.click("#declare-fallback");

        assertThat(browser.path()).isEqualTo(requestPath + "/form");
        assertThat(browser.h1()).isEqualTo("Declare the data of an unavailable registry");
        assertThat(browser.find("main").getText()).contains("Education registry", "Diploma 1",
                "Postgraduate training 1");
        browser.checkPage("applicant-fallback", "en");
        browser.switchLanguage("ru");
        assertThat(browser.find("main").getText()).contains("Реестр образования", "Диплом 1", "Дата окончания");
        browser.switchLanguage("en");
    }

    @Test
    @Order(3)
    void aWrongDateAndAnIncompleteRow_areNamedAtTheirFields() {
        new Select(browser.find("#eduLevel0")).selectByValue("HIGHER");
        new Select(browser.find("#eduField0")).selectByValue("GENERAL_MEDICINE");
        browser.type("#eduDate0", "31.02.2023");
        new Select(browser.find("#pgType0")).selectByValue("INTERNSHIP");
        browser.click("#amend-form");

        assertThat(status()).isEqualTo(422);
        assertThat(browser.find(".error-summary a[href='#eduDate0']").getText())
                .isEqualTo("Enter the date of graduation of diploma 1 as dd.mm.yyyy");
        assertThat(browser.find(".error-summary a[href='#pgSpecialty0']").getText())
                .isEqualTo("Choose the specialty of postgraduate training 1");
        assertThat(browser.find("#eduDate0-error").getText()).contains("diploma 1");
        assertThat(browser.find("#eduDate0").getAttribute("value")).isEqualTo("31.02.2023");
        browser.assertAccessible("applicant-fallback with errors");
        browser.screenshot("applicant-fallback-errors-en");
    }

    @Test
    @Order(4)
    void aFormFilledOnAnOlderVersionOfTheRequest_isAnswered412_withAClearMessage_andKeepsWhatWasTyped() {
        browser.type("#eduDate0", "30.06.2023");
        new Select(browser.find("#pgSpecialty0")).selectByValue("GENERAL_PRACTICE");
        browser.type("#pgDate0", "30.06.2024");
        new Select(browser.find("#pgType1")).selectByValue("RESIDENCY");
        new Select(browser.find("#pgSpecialty1")).selectByValue("THERAPY");
        browser.type("#pgDate1", "30.06.2026");
        String version = browser.find("input[name=version]").getAttribute("value");
        // as if read in another tab before the request last changed
        browser.driver.executeScript("document.querySelector('input[name=version]').value = arguments[0]",
                Long.toString(Long.parseLong(version) - 1));

        browser.click("#amend-form");

        assertThat(status()).isEqualTo(412);
        assertThat(browser.find(".error-summary a[href='#fallback-form']").getText())
                .startsWith("The application changed after you opened this form");
        assertThat(browser.findAll(".error-message")).as("no field is wrong").isEmpty();
        assertThat(browser.find("#pgDate1").getAttribute("value")).isEqualTo("30.06.2026");
        assertThat(browser.find("input[name=version]").getAttribute("value")).isEqualTo(version);
        browser.assertAccessible("applicant-fallback stale");
        browser.screenshot("applicant-fallback-stale-en");
    }

    @Test
    @Order(5)
    void theDeclarationTurnsTheDiplomaInternshipAndResidencyIntoUploads_andTheChecklistStaysInThePagesLanguage() {
        browser.click("#amend-form");

        assertThat(browser.path()).as(browser.find("main").getText()).isEqualTo(requestPath + "/checklist");
        assertThat(browser.text(".notice")).contains("Your declaration has been saved");
        assertThat(browser.findAll("li#DIPLOMA")).hasSize(1);
        assertThat(browser.findAll("li#INTERNSHIP")).hasSize(1);
        assertThat(browser.findAll("li#RESIDENCY")).hasSize(1);
        browser.checkPage("applicant-checklist-fallback", "en");
        for (String code : java.util.List.of("kk", "ru")) {
            browser.switchLanguage(code);
            browser.openEveryDetails();
            browser.assertNothingLeftInEnglish("applicant-checklist-fallback");
        }
        browser.switchLanguage("en");

        browser.open(requestPath + "/form");
        assertThat(browser.find("#eduDate0").getAttribute("value")).isEqualTo("30.06.2023");
        assertThat(new Select(browser.find("#pgType1")).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("RESIDENCY");
    }

    /** The HTTP status of the page the browser shows (Chromium's navigation timing). */
    private static long status() {
        return (Long) browser.driver.executeScript(
                "return performance.getEntriesByType('navigation')[0].responseStatus");
    }
}
