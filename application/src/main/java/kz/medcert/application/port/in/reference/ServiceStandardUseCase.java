package kz.medcert.application.port.in.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.reference.LocalizedText;
import kz.medcert.domain.rules.ServiceStandard;

/**
 * The public service's standard a person reads before applying (R71–R84): what the Order's appendices 2 and 6 state
 * in rows 1–7 and 10, the rule set in force and since when, and the acts the rules cite (R98–R109).
 */
public interface ServiceStandardUseCase {

    Standard standard();

    /**
     * @param ruleSet          the rule set's version, as every evaluation reports it
     * @param rulesInForceFrom the first application date it governs (R84)
     */
    record Standard(String ruleSet, LocalDate rulesInForceFrom, List<Service> services,
                    List<ServiceStandard.LegalAct> legalActs) {
        public Standard {
            Objects.requireNonNull(ruleSet, "ruleSet");
            Objects.requireNonNull(rulesInForceFrom, "rulesInForceFrom");
            services = List.copyOf(services);
            legalActs = List.copyOf(legalActs);
        }
    }

    /** The service for domestic specialists (Appendix 2) or foreign ones (Appendix 6), with its rows. */
    record Service(Category category, LocalizedText name, List<ServiceStandard.Item> items) {
        public Service {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(name, "name");
            items = List.copyOf(items);
        }
    }
}
