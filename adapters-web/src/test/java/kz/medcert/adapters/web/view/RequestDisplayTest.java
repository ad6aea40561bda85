package kz.medcert.adapters.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.medcert.adapters.web.i18n.Language;
import kz.medcert.adapters.web.i18n.Messages;
import kz.medcert.domain.rules.Rule;
import org.junit.jupiter.api.Test;

/** The service's rule IDs are labelled as its own rules, never as the Order's Rules they stand beside. */
class RequestDisplayTest {
    @Test
    void ruleIdsAreNamedTheServicesRules_notTheOrdersRules() {
        assertThat(RequestDisplay.serviceRules(List.of(Rule.R68), Messages.of(Language.RU)))
                .isEqualTo("Правило сервиса: R68");
        assertThat(RequestDisplay.serviceRules(List.of(Rule.R26, Rule.R32), Messages.of(Language.RU)))
                .isEqualTo("Правила сервиса: R26, R32");
        assertThat(RequestDisplay.serviceRules(List.of(Rule.R68), Messages.of(Language.KK)))
                .isEqualTo("Сервис ережесі: R68");
        assertThat(RequestDisplay.serviceRules(List.of(Rule.R68), Messages.of(Language.EN)))
                .isEqualTo("Service rule: R68");
    }
}
