package kz.medcert.web;

import static org.assertj.core.api.Assertions.assertThat;

import kz.medcert.application.port.in.requests.ConsentUseCase;
import kz.medcert.application.port.in.requests.GetRequestUseCase;
import kz.medcert.application.port.in.requests.RequestView;
import kz.medcert.application.port.in.requests.StartRequestUseCase;
import kz.medcert.application.port.in.requests.StartRequestUseCase.StartRequestCommand;
import kz.medcert.application.port.in.requests.SubmitRequestUseCase;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.dossier.ProfessionalDevelopment;
import kz.medcert.domain.dossier.StudyVolume;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.person.PersonName;
import kz.medcert.domain.reference.SpecialtyCode;
import kz.medcert.domain.request.Applicant;
import kz.medcert.domain.request.RequestId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The officer's decisions in a real browser. P02 (Astana) and P01 (Almaty, with 2 of the 4 PD credits: ground 2,
 * R32) have submitted through the use cases; an officer of Astana issues P02's certificate from the queue (R74, R75);
 * an officer of Almaty proposes the refusal pre-filled from the rules, P01 objects in her browser, and the officer
 * refuses finally (R91); a stale form is answered 412 as the API's If-Match; the audit trail lists each step.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OfficerDecisionsBrowserTest extends DemoDayBrowserTest {
    private static final String P01 = "850412413718";
    private static final String P02 = "990203317687";
    private static RequestId p02Request;
    private static RequestId p01Request;

    @BeforeAll
    static void submitTheApplications() {
        p02Request = submitted(P02, "Сейтқали", "Нұрлан", Region.ASTANA, "THERAPY", false);
        p01Request = submitted(P01, "Абенова", "Айгерим", Region.ALMATY_CITY, "PEDIATRICS", true);
    }

    /** Starts, consents and signs through the use cases: what the applicant's pages do, tested on their own. */
    private static RequestId submitted(String iin, String surname, String givenName, Region region, String specialty,
                                       boolean twoCreditsOnly) {
        var injector = service.service.injector();
        Actor.Applicant applicant = new Actor.Applicant(Iin.parse(iin));
        var form = Dossier.builder(Category.DOMESTIC, SpecialtyCode.of(specialty), java.time.LocalDate.of(2026, 11, 20));
        if (twoCreditsOnly) {
            form.professionalDevelopment(new ProfessionalDevelopment(SpecialtyCode.of(specialty),
                    StudyVolume.ofCredits(2), java.time.LocalDate.of(2023, 3, 15)));
        }
        RequestView started = injector.getInstance(StartRequestUseCase.class).start(applicant, new StartRequestCommand(
                new Applicant(Iin.parse(iin), PersonName.of(surname, givenName), region), form.build()));
        RequestId id = started.state().id();
        ConsentUseCase consent = injector.getInstance(ConsentUseCase.class);
        consent.requestConsent(applicant, id);
        consent.confirm(applicant, id, "123456");
        String digest = injector.getInstance(GetRequestUseCase.class).get(applicant, id).contentDigest();
        injector.getInstance(SubmitRequestUseCase.class).submit(applicant, id, "DEMO-EDS:" + iin + ":" + digest);
        return id;
    }

    @Test
    @Order(1)
    void astanasOfficerFindsP02InTheQueue_byDueDate_andIssuesTheCertificate_R74_R75() {
        browser.open("/sign-in");
        browser.signInAs("officer:ASTANA", "/officer");

        assertThat(browser.path()).isEqualTo("/officer");
        assertThat(browser.find("main table").getText()).contains("Сейтқали Нұрлан", "Therapy")
                .containsIgnoringCase("Accepted");
        browser.checkPage("officer-queue", "en");
        new org.openqa.selenium.support.ui.Select(browser.find("#status")).selectByValue("REFUSAL_PROPOSED");
        browser.click("#filter");
        assertThat(browser.find("main").getText()).contains("No application awaits a decision.");
        new org.openqa.selenium.support.ui.Select(browser.find("#status")).selectByValue("ACCEPTED");
        new org.openqa.selenium.support.ui.Select(browser.find("#specialty")).selectByValue("THERAPY");
        browser.click("#filter");
        assertThat(browser.path()).isEqualTo("/officer?status=ACCEPTED&specialty=THERAPY");
        assertThat(browser.find("main table").getText()).contains("Сейтқали Нұрлан");

        browser.click("a[href='/officer/requests/" + p02Request.value() + "']");
        String page = browser.find("main").getText();
        assertThat(page).contains("Identity", "990203317687", "(state database of individuals)",
                "Data from the state registries", "Education registry", "Eligible");
        browser.checkPage("officer-request", "en");
        for (String code : java.util.List.of("kk", "ru")) {
            browser.switchLanguage(code);
            browser.openEveryDetails();
            assertThat(browser.find("main").getText()).as("checklist in " + code)
                    .contains(code.equals("kk") ? "Мемлекеттік тізілім" : "Государственный реестр")
                    .doesNotContain("REGISTRY", "APPLICANT");
            browser.assertNothingLeftInEnglish("officer-request checklist");
            browser.screenshot("officer-request-checklist-" + code);
        }
        browser.switchLanguage("en");

        browser.click("#issue");

        assertThat(browser.text(".notice")).contains("The certificate has been issued");
        assertThat(browser.text("#status")).isEqualToIgnoringCase("Certificate issued");
        assertThat(browser.find("#decision + p").getText()).matches("Certificate MC-2026-\\d{8}-\\d issued on 20.11.2026.");
    }

    @Test
    @Order(2)
    void almatysOfficerProposesTheRefusalPreFilledByTheRules_andAStaleFormIsRefused_412_R91() {
        browser.signInAs("officer:ALMATY_CITY", "/officer");
        browser.open("/officer/requests/" + p01Request.value());
        assertThat(browser.find("#ground-GROUND_2_REQUIREMENTS_NOT_MET").isSelected()).isTrue();
        assertThat(browser.find("#motivationRu").getAttribute("value")).isNotBlank();

        String versionRead = browser.find("form[action$='/preliminary-refusal'] input[name=version]")
                .getAttribute("value");
        browser.click("#propose-refusal");
        assertThat(browser.text(".notice")).as(browser.find("main").getText()).contains("The refusal has been proposed");
        assertThat(browser.text("#status")).isEqualToIgnoringCase("Refusal proposed");
        browser.checkPage("officer-request-proposed", "en");

        // a colleague's form, read before the refusal was proposed, still carries the version read then
        browser.driver.executeScript("document.querySelector(\"form[action$='/issue'] input[name=version]\").value = "
                + "arguments[0]", versionRead);
        browser.click("#issue");
        assertThat(browser.h1()).isEqualTo("Someone changed this request");
        browser.screenshot("officer-stale-en");
    }

    @Test
    @Order(3)
    void p01ReadsTheProposedRefusal_andObjectsWithinTheHearing() {
        browser.signInAs("applicant:" + P01, "/applicant");
        browser.open("/applicant/requests/" + p01Request.value());
        assertThat(browser.find("main").getText()).contains("The officer proposes to refuse",
                "Requirements not met", "2 кредит(ов), требуется не менее 4", "You may object until the end of");
        browser.checkPage("applicant-refusal-proposed", "en");

        browser.type("#objection", "Курс 2025 года на 90 часов не учтён.");
        browser.click("form[action$='/objection'] button");

        assertThat(browser.text(".notice")).contains("Your objection has been received");
    }

    @Test
    @Order(4)
    void theOfficerRefusesFinallyAfterTheObjection_andTheAuditTrailListsEveryStep_R91() {
        browser.signInAs("officer:ALMATY_CITY", "/officer");
        browser.open("/officer/requests/" + p01Request.value());
        assertThat(browser.find("main").getText()).contains("Курс 2025 года на 90 часов не учтён.");

        browser.type("#finalMotivationRu", "Курс 2025 года в заявлении не указан и документом не подтверждён.");
        browser.click("#refuse");

        assertThat(browser.text(".notice")).contains("refused finally");
        assertThat(browser.text("#status")).isEqualToIgnoringCase("Refused");
        browser.click("a[href$='/audit']");
        assertThat(browser.find("main table").getText()).contains("Refusal proposed", "Objection received",
                "Refused", "Application signed and accepted");
        browser.checkPage("officer-audit", "en");
    }
}
