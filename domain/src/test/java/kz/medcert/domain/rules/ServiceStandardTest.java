package kz.medcert.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.reference.LocalizedText;
import kz.medcert.domain.rules.ServiceStandard.Item;
import kz.medcert.domain.rules.ServiceStandard.LegalAct;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The service's standard (appendices 2 and 6, rows 1–7 and 10; R71–R83) and the acts it cites (R98–R109). */
class ServiceStandardTest {
    private static final DateTimeFormatter ORDER_TIME = DateTimeFormatter.ofPattern("HH.mm");

    private static Item item(Category category, String number) {
        return ServiceStandard.items(category).stream().filter(i -> i.number().equals(number)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + number + " for " + category));
    }

    private static Stream<String> languages(LocalizedText text) {
        return Stream.of(text.kk(), text.ru(), text.en());
    }

    @ParameterizedTest
    @EnumSource(Category.class)
    void r71_r83_eachAppendixStatesRows1To7And10_inItsOrder_withTheirRules(Category category) {
        assertThat(ServiceStandard.items(category)).extracting(Item::number)
                .containsExactly("1", "2", "3", "4", "5", "6", "7.1", "7.2", "10.1", "10.2", "10.3", "10.4", "10.5");
        assertThat(ServiceStandard.items(category)).extracting(Item::rule).containsExactly(Rule.R71, Rule.R72,
                Rule.R73, Rule.R74, Rule.R75, Rule.R76, Rule.R77, Rule.R78, Rule.R80, Rule.R81, Rule.R82, Rule.R83,
                Rule.R80);
        for (Item item : ServiceStandard.items(category)) {
            for (LocalizedText text : List.of(item.title(), item.content())) {
                assertThat(languages(text)).as(item.number()).doesNotContain("").doesNotHaveDuplicates();
            }
        }
    }

    @Test
    void r75_theResultIsTheCertificateOfTheAppendix_aForeignSpecialistsForAppendix6() {
        assertThat(item(Category.DOMESTIC, "5").content().en()).startsWith("A specialist certificate");
        assertThat(item(Category.FOREIGN, "5").content().en()).startsWith("A foreign specialist certificate");
        assertThat(item(Category.FOREIGN, "5").content().ru()).contains("иностранного специалиста");
        assertThat(ServiceStandard.serviceName(Category.FOREIGN).kk()).contains("шетелдік маманға");
        assertThat(ServiceStandard.serviceName(Category.DOMESTIC).en())
                .isEqualTo("Issuing a specialist certificate for admission to clinical practice");
        assertThat(item(Category.DOMESTIC, "1")).isEqualTo(item(Category.FOREIGN, "1"));
    }

    @Test
    void r72_thePortalIsTheOnlyChannel_atTheAddressesTheRowNames() {
        assertThat(ServiceStandard.CHANNELS).containsExactly("www.egov.kz", "www.elicense.kz");
        languages(item(Category.DOMESTIC, "2").content())
                .forEach(text -> assertThat(text).contains(ServiceStandard.CHANNELS));
    }

    @Test
    void r73_theTermStatedIsTheRuleSetsWorkingDays() {
        languages(item(Category.FOREIGN, "3").content()).forEach(text -> assertThat(text)
                .startsWith(RuleSet.SERVICE_TERM_WORKING_DAYS + " ("));
    }

    @Test
    void r76_theServiceIsFreeOfCharge() {
        assertThat(ServiceStandard.FEE_TENGE).isZero();
        LocalizedText fee = item(Category.DOMESTIC, "6").content();
        assertThat(fee.kk()).contains("тегін");
        assertThat(fee.ru()).contains("бесплатно");
        assertThat(fee.en()).contains("free of charge");
    }

    @Test
    void r77_theHoursStatedAreTheOnesTheDeadlinesAreComputedBy() {
        List<String> times = Stream.of(RuleSet.WORKDAY_START, RuleSet.WORKDAY_END, ServiceStandard.LUNCH_BREAK_START,
                ServiceStandard.LUNCH_BREAK_END).map(ORDER_TIME::format).toList();
        assertThat(times).containsExactly("09.00", "18.30", "13.00", "14.30");
        languages(item(Category.DOMESTIC, "7.1").content()).forEach(text -> assertThat(text).contains(times));
        assertThat(ServiceStandard.LUNCH_BREAK_START).isBetween(RuleSet.WORKDAY_START, LocalTime.NOON.plusHours(2));
    }

    @Test
    void r80_r82_theContactsAreTheOnesTheRowsPublish() {
        languages(item(Category.FOREIGN, "10.5").content())
                .forEach(text -> assertThat(text).contains(ServiceStandard.CONTACT_CENTRE));
        languages(item(Category.FOREIGN, "10.3").content())
                .forEach(text -> assertThat(text).contains(ServiceStandard.HELP_SERVICES_CONTACT));
        assertThat(item(Category.DOMESTIC, "10.1").content().ru()).contains("«личного кабинета»");
    }

    @Test
    void r83_accessibilityIsARequirementOfThePremises_statedForBothAppendices() {
        for (Category category : Category.values()) {
            assertThat(item(category, "10.4").rule()).isEqualTo(Rule.R83);
            assertThat(item(category, "10.4").content().en()).contains("ramp", "tactile path");
        }
    }

    @Test
    void r98_r109_everyActTheRulesCiteIsNamed_once_inOrder_withTheRegistrationNumbersOfTheCatalogue() {
        List<Rule> cited = Arrays.stream(Rule.values()).filter(r -> r.compareTo(Rule.R98) >= 0).toList();
        assertThat(ServiceStandard.legalActs()).extracting(LegalAct::rule).containsExactlyElementsOf(cited);
        for (LegalAct act : ServiceStandard.legalActs()) {
            act.registrations().forEach(number -> assertThat(act.rule().title()).as(act.rule().id()).contains(number));
            assertThat(languages(act.name())).as(act.rule().id()).doesNotContain("").doesNotHaveDuplicates();
        }
        assertThat(ServiceStandard.legalActs().get(0).registrations()).containsExactly("21818");
        assertThat(ServiceStandard.legalActs().get(5).registrations()).containsExactly("33219", "32800");
        assertThat(ServiceStandard.legalActs()).filteredOn(a -> a.rule() == Rule.R105).singleElement()
                .satisfies(act -> assertThat(act.name().ru()).contains("статья 8"));
        assertThat(ServiceStandard.sources()).singleElement().asString().contains("Order No. 23");
    }
}
