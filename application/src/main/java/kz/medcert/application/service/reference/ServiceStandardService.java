package kz.medcert.application.service.reference;

import jakarta.inject.Inject;
import java.util.Arrays;
import kz.medcert.application.port.in.reference.ServiceStandardUseCase;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.evaluation.CertificationRules;
import kz.medcert.domain.rules.RuleSet;
import kz.medcert.domain.rules.ServiceStandard;

/** The standard as the Order states it, with the rule set this service runs and its first day (R84). */
public final class ServiceStandardService implements ServiceStandardUseCase {
    private final CertificationRules rules;

    @Inject
    public ServiceStandardService(CertificationRules rules) {
        this.rules = rules;
    }

    @Override
    public Standard standard() {
        RuleSet ruleSet = rules.ruleSet();
        return new Standard(ruleSet.version(), ruleSet.effectiveFrom(), Arrays.stream(Category.values())
                .map(c -> new Service(c, ServiceStandard.serviceName(c), ServiceStandard.items(c))).toList(),
                ServiceStandard.legalActs());
    }
}
