package kz.medcert.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The standard of the public service, for anyone before signing in (R71–R84, R85–R90, R98–R109). */
class ServiceStandardBrowserTest extends DemoDayBrowserTest {

    @Test
    void anyoneReadsTheStandardFromTheFooter_inKazakhRussianAndEnglish_R72_R73_R76_R80() {
        browser.open("/sign-in");
        browser.click("footer a[href='/service']");

        assertThat(browser.path()).isEqualTo("/service");
        assertThat(browser.h1()).isEqualTo("Standard of the public service");
        String main = browser.text("main");
        assertThat(main).contains("Issuing a specialist certificate for admission to clinical practice",
                "Issuing a certificate to a foreign specialist for admission to clinical practice",
                "www.egov.kz, www.elicense.kz", "5 (five) working days", "free of charge", "1414, 8-800-080-7777",
                "service rule R83", "Article 8", "reg. No. 34534");
        assertThat(browser.findAll("#domestic + table tbody tr")).hasSize(13);
        assertThat(browser.findAll("#grounds + ol li")).hasSize(6);
        browser.checkPage("service-standard", "ru");

        assertThat(browser.h1()).isEqualTo("Стандарт государственной услуги");
        assertThat(browser.text("main")).contains("5 (пять) рабочих дней", "Государственная услуга оказывается бесплатно",
                "статьей 8 Закона Республики Казахстан «О персональных данных и их защите»");
        browser.switchLanguage("kk");
        assertThat(browser.text("main")).contains("5 (бес) жұмыс күні", "Мемлекеттік қызмет тегін көрсетіледі");
    }
}
