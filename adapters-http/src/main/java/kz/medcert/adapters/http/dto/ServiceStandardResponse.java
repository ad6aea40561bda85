package kz.medcert.adapters.http.dto;

import java.time.LocalDate;
import java.util.List;
import kz.medcert.application.port.in.reference.ServiceStandardUseCase.Service;
import kz.medcert.application.port.in.reference.ServiceStandardUseCase.Standard;
import kz.medcert.domain.calendar.KazakhstanTime;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.rules.RuleSet;
import kz.medcert.domain.rules.ServiceStandard;

/**
 * {@code GET /api/v1/public/service-standard}: the public service's standard as the Order states it, row by row in
 * kk/ru/en for both appendices (R71–R83), its figures for machines (term R73, fee R76, hours R77, validity R79,
 * channels R72, contacts R80 and R82), the rule set in force and since when (R84), and the acts cited (R98–R109).
 */
public record ServiceStandardResponse(String ruleSet, LocalDate rulesInForceFrom, int termWorkingDays, int feeTenge,
                                      int certificateValidityYears, List<String> channels, ProviderHours providerHours,
                                      List<String> contactCentre, String helpServices, List<ServiceEntry> services,
                                      List<LegalActEntry> legalActs) {

    public static ServiceStandardResponse from(Standard standard) {
        return new ServiceStandardResponse(standard.ruleSet(), standard.rulesInForceFrom(),
                RuleSet.SERVICE_TERM_WORKING_DAYS, ServiceStandard.FEE_TENGE,
                RuleSet.CERTIFICATE_VALIDITY.getYears(), ServiceStandard.CHANNELS, ProviderHours.ORDER,
                ServiceStandard.CONTACT_CENTRE, ServiceStandard.HELP_SERVICES_CONTACT,
                FormResponse.map(standard.services(), ServiceEntry::from),
                FormResponse.map(standard.legalActs(), LegalActEntry::from));
    }

    /** R77: Monday to Friday except holidays, in the provider's time zone; the lunch break is within the day (R78). */
    public record ProviderHours(String opens, String closes, Interval lunchBreak, String timeZone) {
        static final ProviderHours ORDER = new ProviderHours(RuleSet.WORKDAY_START.toString(),
                RuleSet.WORKDAY_END.toString(), new Interval(ServiceStandard.LUNCH_BREAK_START.toString(),
                ServiceStandard.LUNCH_BREAK_END.toString()), KazakhstanTime.ZONE_NAME);
    }

    public record Interval(String from, String to) {
    }

    /** One appendix: 2 for domestic specialists, 6 for foreign ones. */
    public record ServiceEntry(String category, int appendix, LocalizedTextResponse name, List<RowEntry> rows) {
        static ServiceEntry from(Service service) {
            return new ServiceEntry(service.category().name(), service.category() == Category.DOMESTIC ? 2 : 6,
                    LocalizedTextResponse.from(service.name()), FormResponse.map(service.items(), RowEntry::from));
        }
    }

    /** A row, or an item of one ({@code 7.1}), with the rule that states it. */
    public record RowEntry(String number, String rule, LocalizedTextResponse title, LocalizedTextResponse content) {
        static RowEntry from(ServiceStandard.Item item) {
            return new RowEntry(item.number(), item.rule().id(), LocalizedTextResponse.from(item.title()),
                    LocalizedTextResponse.from(item.content()));
        }
    }

    /** An act the rules cite, with its numbers in the state register of normative legal acts. */
    public record LegalActEntry(String rule, List<String> registrations, LocalizedTextResponse name) {
        static LegalActEntry from(ServiceStandard.LegalAct act) {
            return new LegalActEntry(act.rule().id(), act.registrations(), LocalizedTextResponse.from(act.name()));
        }
    }
}
