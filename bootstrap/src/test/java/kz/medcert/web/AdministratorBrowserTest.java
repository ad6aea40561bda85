package kz.medcert.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import kz.medcert.adapters.registerfile.RegisterCsv;
import kz.medcert.application.testing.RegisterEntries;
import kz.medcert.domain.certificate.IssuedCertificate;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The administrator in a real browser: imports a register file with valid and broken rows and follows the progress
 * (rows read, imported, rejected) until it ends, downloads the rejects; reads the expiry report with its SVG chart
 * and downloads the holders to remind (R14, R79); verifies the audit chain; reads the reference data and the
 * calendar's reach (R77).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdministratorBrowserTest extends DemoDayBrowserTest {
    private static final int VALID = 1_500;

    @Test
    @Order(1)
    void theAdministratorSignsIn_andSeesWhatAdministrationHolds() {
        browser.open("/sign-in");
        browser.signInAs("admin", "/admin");

        assertThat(browser.h1()).isEqualTo("Administration");
        browser.checkPage("admin-overview", "en");
    }

    @Test
    @Order(2)
    void importsARegisterFile_followsTheProgress_andDownloadsTheRejects() throws Exception {
        RegisterEntries generator = new RegisterEntries(2026, LocalDate.of(2026, 11, 20));
        // numbers of the years the demo entries use would clash with them
        List<IssuedCertificate> entries = IntStream.range(0, VALID * 2).mapToObj(i -> generator.next())
                .filter(e -> !List.of(2020, 2021, 2022, 2023).contains(e.issuedOn().getYear())).limit(VALID).toList();
        String csv = RegisterCsv.header() + "\n" + entries.stream().map(e -> RegisterCsv.line(e) + "\n")
                .collect(Collectors.joining())
                + "850412413719,Бұзық,Жол,,PEDIATRICS,,ALMATY_CITY,2024-01-10,2029-01-10,MC-2024-99999999-0,,,,,\n";
        Path file = Files.createTempFile("register", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        browser.click("a[href='/admin/import']");
        browser.checkPage("admin-import", "en");
        browser.find("#file").sendKeys(file.toAbsolutePath().toString());
        browser.click("#start-import");

        assertThat(browser.path()).startsWith("/admin/imports/");
        assertThat(browser.find("#import-bar").getTagName()).isEqualTo("progress");
        // htmx replaces the progress every second: an element read may be gone the moment after
        new WebDriverWait(browser.driver, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
                .until(d -> browser.find("#import-progress label").getText().contains("finished"));
        assertThat(browser.text("#rows-read")).isEqualTo(String.valueOf(entries.size() + 1));
        assertThat(browser.text("#rows-imported")).isEqualTo(String.valueOf(entries.size()));
        assertThat(browser.text("#rows-rejected")).isEqualTo("1");
        browser.checkPage("admin-import-progress", "en");

        String rejectsHref = browser.find("#rejects").getAttribute("href");
        HttpResponse<String> rejects = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(rejectsHref))
                .header("Cookie", "medcert_session=" + browser.cookie("medcert_session")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(rejects.statusCode()).isEqualTo(200);
        assertThat(rejects.body()).startsWith("line,field,message").contains("\n" + (entries.size() + 2) + ",");
    }

    @Test
    @Order(3)
    void readsTheExpiryReportWithItsChart_andDownloadsTheHoldersToRemind_R79() throws Exception {
        browser.open("/admin/expiry?from=01.01.2027&to=31.12.2027");

        assertThat(browser.find("svg.chart").findElements(org.openqa.selenium.By.cssSelector("rect"))).hasSize(24);
        assertThat(browser.find("main").getText()).contains("certificates expire in this period");
        browser.checkPage("admin-expiry", "en");

        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(browser.find("#export-csv").getAttribute("href")))
                .header("Cookie", "medcert_session=" + browser.cookie("medcert_session")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith(RegisterCsv.header());
    }

    @Test
    @Order(4)
    void verifiesTheAuditChain_andReadsTheReferenceDataAndTheCalendar_R77() {
        browser.open("/admin/audit");
        assertThat(browser.text("#audit-result")).contains("The audit log is intact");
        browser.checkPage("admin-audit", "en");

        browser.open("/admin/reference");
        assertThat(browser.find("main").getText()).contains("Working calendar", "31.12.2027", "Pediatrics");
        browser.checkPage("admin-reference", "en");
    }
}
