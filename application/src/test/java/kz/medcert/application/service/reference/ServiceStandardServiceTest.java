package kz.medcert.application.service.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import kz.medcert.application.port.in.reference.ServiceStandardUseCase.Service;
import kz.medcert.application.port.in.reference.ServiceStandardUseCase.Standard;
import kz.medcert.domain.calendar.WorkingCalendar;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.evaluation.CertificationRules;
import kz.medcert.domain.reference.SpecialtyCatalogue;
import kz.medcert.domain.rules.Rule;
import kz.medcert.domain.rules.RuleSet;
import kz.medcert.domain.rules.ServiceStandard;
import org.junit.jupiter.api.Test;

/** The standard a person reads before applying: both appendices, and the rule set this service runs (R71–R84). */
class ServiceStandardServiceTest {

    @Test
    void statesBothServices_andTheDayTheConfiguredRulesApplyFrom_R84() {
        // given: an embedding system configured the publication's entry into force
        LocalDate inForce = LocalDate.of(2024, 9, 2);
        CertificationRules rules = new CertificationRules(RuleSet.ORDER_23_2024.effectiveFrom(inForce),
                SpecialtyCatalogue.standard(), WorkingCalendar.kazakhstan());

        // when
        Standard standard = new ServiceStandardService(rules).standard();

        // then
        assertThat(standard.rulesInForceFrom()).isEqualTo(inForce);
        assertThat(standard.ruleSet()).isEqualTo(RuleSet.ORDER_23_2024.version());
        assertThat(standard.services()).extracting(Service::category)
                .containsExactly(Category.DOMESTIC, Category.FOREIGN);
        assertThat(standard.services().get(1).items()).isEqualTo(ServiceStandard.items(Category.FOREIGN));
        assertThat(standard.legalActs()).extracting(ServiceStandard.LegalAct::rule).startsWith(Rule.R98)
                .endsWith(Rule.R109);
    }
}
