package kz.medcert.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.medcert.domain.reference.Language;
import kz.medcert.domain.request.FormStatement;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.support.ui.Select;

/**
 * The applicant's journey in a real browser, from the demo sign-in to a confirmed certificate and its PDF: demo person
 * P01, a pediatrician of Almaty, confirms her certificate (R14, R74): the form with her professional development,
 * consent by one-time code (R60), the checklist with what the registries hold and the PD certificates to upload (R19),
 * "check your answers", the demo signature (R17), and the status page with the registration day, due date and the
 * history (R22, R73, R80). Every page is checked in kk/ru/en with axe-core and photographed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApplicantJourneyBrowserTest extends DemoDayBrowserTest {
    private static final String P01 = "850412413718";
    private static String requestPath;

    @Test
    @Order(1)
    void theHomePageLeadsToTheDemoSignIn_whichListsPersonsOfficersAndTheAdministrator() {
        browser.open("/");

        assertThat(browser.path()).startsWith("/sign-in");
        assertThat(browser.findAll("button[name=account][value^='applicant:']")).hasSizeGreaterThan(20);
        assertThat(browser.findAll("button[name=account][value^='officer:']")).hasSize(20);
        assertThat(browser.findAll("button[name=account][value=admin]")).hasSize(1);
        browser.checkPage("signin", "en");
    }

    @Test
    @Order(2)
    void p01SignsIn_andSeesHerRequestsAndHerCertificate() {
        browser.click("button[value='applicant:" + P01 + "']");

        assertThat(browser.path()).isEqualTo("/applicant");
        assertThat(browser.h1()).isEqualTo("My requests");
        assertThat(browser.find("main").getText()).contains("MC-2022-00000001-4");
        browser.checkPage("applicant-requests", "en");
    }

    @Test
    @Order(3)
    void theFormSentEmpty_comesBackWithAnErrorSummaryLinkingToEachField() {
        browser.click("a[href='/applicant/requests/new']");
        browser.checkPage("applicant-new", "en");

        browser.click("form[action='/applicant/requests'] button[type=submit]");

        assertThat(browser.find(".error-summary").getText()).contains("There is a problem",
                "Choose the specialty you apply for", "Enter your surname", "Choose the region where you live");
        assertThat(browser.find(".error-summary a[href='#specialty']").isDisplayed()).isTrue();
        assertThat(browser.driver.getTitle()).startsWith("Error:");
        browser.assertAccessible("applicant-new with errors");
        browser.screenshot("applicant-new-errors-en");
    }

    @Test
    @Order(4)
    void p01StartsHerApplication_withTheSpecialtySearchAndHerProfessionalDevelopment() {
        browser.type("#q", "Pediat");
        browser.click("form[role=search] button");
        assertThat(new Select(browser.find("#specialty")).getOptions()).hasSizeLessThan(10);

        new Select(browser.find("#specialty")).selectByValue("PEDIATRICS");
        browser.type("#surname", "Абенова");
        browser.type("#givenName", "Айгерим");
        browser.type("#patronymic", "Болатқызы");
        new Select(browser.find("#region")).selectByValue("ALMATY_CITY");
        new Select(browser.find("#pdSpecialty0")).selectByValue("PEDIATRICS");
        browser.type("#pdAmount0", "2");
        browser.type("#pdDate0", "15.03.2023");
        new Select(browser.find("#pdSpecialty1")).selectByValue("PEDIATRICS");
        browser.type("#pdAmount1", "90");
        new Select(browser.find("#pdUnit1")).selectByValue("hours");
        browser.type("#pdDate1", "10.02.2025");
        browser.click("form[action='/applicant/requests'] button[type=submit]");

        assertThat(browser.path()).matches("/applicant/requests/[0-9a-f-]{36}");
        requestPath = browser.path();
        assertThat(browser.text("#status")).isEqualToIgnoringCase("Consent needed");
        assertThat(browser.text(".caption")).isEqualTo("Pediatrics");
        browser.checkPage("applicant-consent", "en");
    }

    @Test
    @Order(5)
    void p01ConsentsWithTheOneTimeCode_aWrongCodeIsNamed_R60() {
        browser.click("form[action$='/consent'] button");
        assertThat(browser.find("main").getText()).contains("+7 700 *** ** 53");

        browser.type("#code", "000000");
        browser.click("form[action$='/consent/confirmation'] button");
        assertThat(browser.find(".error-summary a[href='#code']").getText()).contains("The code is wrong");
        browser.assertAccessible("consent with a wrong code");

        browser.type("#code", "123456");
        browser.click("form[action$='/consent/confirmation'] button");

        assertThat(browser.path()).isEqualTo(requestPath + "/checklist");
        String page = browser.find("main").getText();
        assertThat(page).contains("What the state registries hold", "Source: Education registry",
                "What you still need to upload", "Professional development certificates");
        browser.checkPage("applicant-checklist", "en");
    }

    @Test
    @Order(6)
    void eachChecklistItemsReasons_citeTheirLegalBasisInThePagesLanguage_andNothingIsLeftInEnglish_R19() {
        Map<String, String> basisIn = Map.of("kk", "2-қосымша, 8-жол", "ru", "Приложение 2, строка 8",
                "en", "Appendix 2, row 8");
        Map<String, String> serviceRuleIn = Map.of("kk", "Сервис ережесі: R", "ru", "Правило сервиса: R",
                "en", "Service rule: R");
        for (String code : List.of("kk", "ru", "en")) {
            browser.switchLanguage(code);
            browser.openEveryDetails();
            String reasons = browser.find("main").getText();
            assertThat(reasons).as("reasons in " + code).contains(basisIn.get(code), serviceRuleIn.get(code));
            if (!code.equals("en")) {
                assertThat(reasons).as("reasons in " + code).doesNotContain("Appendix", "row 8");
                browser.assertNothingLeftInEnglish("applicant-checklist");
            }
            browser.screenshot("applicant-checklist-reasons-" + code);
        }
        browser.switchLanguage("en");
    }

    @Test
    @Order(7)
    void p01UploadsHerProfessionalDevelopmentCertificates_R19() throws Exception {
        Path pdf = Files.createTempFile("pd", ".pdf");
        Files.writeString(pdf, "%PDF-1.4\n% PD certificates\n");

        browser.find("#file-PROFESSIONAL_DEVELOPMENT").sendKeys(pdf.toAbsolutePath().toString());
        browser.click("li#PROFESSIONAL_DEVELOPMENT form button[type=submit]");

        assertThat(browser.text(".notice")).contains("The document has been uploaded.");
        assertThat(browser.find("li#PROFESSIONAL_DEVELOPMENT").getText()).containsIgnoringCase("Uploaded").contains(pdf.getFileName().toString());
    }

    @Test
    @Order(8)
    void p01ChecksHerAnswers_signsWithTheDemoSignature_andIsConfirmedAutomatically_R14_R22_R74() throws Exception {
        browser.click("a[href$='/check']");
        assertThat(browser.h1()).isEqualTo("Check your answers before signing");
        assertThat(browser.find("main").getText()).contains("Pediatrics", "Абенова Айгерим Болатқызы");
        browser.checkPage("applicant-check", "en");
        // R92, R17: the statements of her form (A1) are shown in the page's language, just above the signature
        for (String code : List.of("kk", "ru", "en")) {
            browser.switchLanguage(code);
            Language language = Language.valueOf(code.toUpperCase(Locale.ROOT));
            assertThat(browser.findAll("#form-statements li").stream().map(e -> e.getText()).toList())
                    .as("statements in " + code).containsExactly(
                            FormStatement.ACCURATE_INFORMATION.text().in(language),
                            FormStatement.PERSONAL_DATA_CONSENT.text().in(language));
        }
        String main = browser.find("main").getAttribute("innerHTML");
        assertThat(main.indexOf("id=\"form-statements\"")).as("the statements come before the signature")
                .isPositive().isLessThan(main.indexOf("id=\"sign-form\""));

        browser.click("#submit-application");

        assertThat(browser.path()).isEqualTo(requestPath);
        assertThat(browser.text("#status")).isEqualToIgnoringCase("Certificate issued");
        assertThat(browser.text("#registered-on")).isEqualTo("20.11.2026");
        assertThat(browser.text("#decision-due")).matches("\\d\\d\\.\\d\\d\\.2026");
        assertThat(browser.find(".timeline").getText()).contains("Application signed and accepted",
                "Certificate confirmed automatically", "Consent given", "Application started");
        browser.checkPage("applicant-issued", "en");

        String pdfHref = browser.find("#download-pdf").getAttribute("href");
        HttpResponse<byte[]> pdf = get(pdfHref, browser.cookie("medcert_session"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    @Order(9)
    void anotherApplicantOpeningP01sRequest_getsTheSamePageAsForNoRequest_404() throws Exception {
        browser.signInAs("applicant:990203317687", "/applicant");

        browser.open(requestPath);

        assertThat(browser.h1()).isEqualTo("Page not found");
        assertThat(get(service.base() + requestPath, browser.cookie("medcert_session")).statusCode()).isEqualTo(404);
        browser.checkPage("not-found", "en");
    }

    private static HttpResponse<byte[]> get(String url, String session) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", "medcert_session=" + session).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
