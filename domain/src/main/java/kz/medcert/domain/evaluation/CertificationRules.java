package kz.medcert.domain.evaluation;

import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import kz.medcert.domain.calendar.ServiceDeadline;
import kz.medcert.domain.calendar.ServiceDeadlinePolicy;
import kz.medcert.domain.calendar.WorkingCalendar;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.reference.CountryCode;
import kz.medcert.domain.reference.LocalizedText;
import kz.medcert.domain.reference.PersonDates;
import kz.medcert.domain.reference.SpecialtyCatalogue;
import kz.medcert.domain.rules.Rule;
import kz.medcert.domain.rules.RuleSet;

/**
 * The entry point an embedding system calls: {@code CertificationRules.standard().evaluate(dossier)} gives the route
 * and flags, the checklist, the outcome with every ground and failed rule, and the service deadline. Pure: no I/O, no
 * clock; thread-safe.
 */
public final class CertificationRules {
    private final RuleSet ruleSet;
    private final SpecialtyCatalogue catalogue;
    private final ServiceDeadlinePolicy deadlines;

    public CertificationRules(RuleSet ruleSet, SpecialtyCatalogue catalogue, WorkingCalendar calendar) {
        this.ruleSet = Objects.requireNonNull(ruleSet, "ruleSet");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.deadlines = new ServiceDeadlinePolicy(Objects.requireNonNull(calendar, "calendar"),
                RuleSet.WORKDAY_START, RuleSet.WORKDAY_END, RuleSet.SERVICE_TERM_WORKING_DAYS);
    }

    /** The rules of Order No. 23 with the shipped List of specialties and the Kazakhstan working calendar. */
    public static CertificationRules standard() {
        return new CertificationRules(RuleSet.ORDER_23_2024, SpecialtyCatalogue.standard(),
                WorkingCalendar.kazakhstan());
    }

    public RuleSet ruleSet() {
        return ruleSet;
    }

    public SpecialtyCatalogue catalogue() {
        return catalogue;
    }

    public ServiceDeadlinePolicy deadlines() {
        return deadlines;
    }

    public Evaluation evaluate(Dossier dossier) {
        Facts facts = new Facts(dossier, catalogue, ruleSet);
        RouteDecision decision = RoutePolicy.decide(facts);
        Checklist checklist = new Checklist();
        EligibilityChecks.apply(facts, catalogue, decision, checklist);
        CommonRequirements.apply(facts, decision, checklist);
        ForeignSpecialistRequirements.apply(facts, decision, checklist);
        EducationRequirements.apply(facts, decision, checklist);
        PostgraduateRequirements.apply(facts, decision, checklist);
        RetrainingRequirements.apply(facts, decision, checklist);
        ProfessionalDevelopmentRequirements.apply(facts, decision, checklist);
        CertificateRequirements.apply(facts, decision, checklist);
        AssessmentRequirement.apply(facts, decision, checklist);
        EmploymentRequirement.apply(facts, decision, checklist);
        Optional<ServiceDeadline> deadline = dossier.submittedAt().map(deadlines::deadlineFor);
        notes(dossier, deadline, checklist);
        Outcome outcome = OutcomePolicy.decide(decision.route(), checklist.findings());
        return new Evaluation(decision, checklist.items(), checklist.notRequired(), outcome, deadline,
                ruleSet.version(), checklist.notes());
    }

    private void notes(Dossier dossier, Optional<ServiceDeadline> deadline, Checklist out) {
        if (ServiceCategoryPolicy.effective(dossier) != dossier.category()) {
            // R03: the service follows citizenship; the officer sees that the form chosen was the other one
            LocalizedText citizenship = dossier.citizenship().map(CountryCode::localizedName)
                    .orElse(LocalizedText.same(""));
            out.note("CATEGORY_FOLLOWS_CITIZENSHIP", LocalizedText.of(
                    "Қызмет азаматтыққа қарай анықталды (" + citizenship.kk() + "): өтініште көрсетілген санат "
                            + "оған сәйкес келмейді",
                    "Услуга определена по гражданству (" + citizenship.ru() + "): категория, указанная в заявлении, "
                            + "ему не соответствует",
                    "The service follows citizenship (" + citizenship.en() + "): the category declared in the "
                            + "application does not match it"), Rule.R03);
        }
        if (!ruleSet.governs(dossier.applicationDate())) {
            // R84: applications before the entry into force follow the old rules, which this module does not hold
            String inForce = PersonDates.format(ruleSet.effectiveFrom());
            out.note("RULE_SET_NOT_IN_FORCE", LocalizedText.of(
                    "Өтініш " + inForce + " дейін берілген: бұрынғы қағидалар қолданылады",
                    "Заявление подано до " + inForce + ": применяются прежние правила",
                    "Applied before " + inForce + ": the previous rules apply"), Rule.R84);
        }
        deadline.filter(d -> !deadlines.calendar().covers(Year.from(d.decisionDue()))).ifPresent(d ->
                // R77: the working calendar is authoritative only for the years whose decrees it holds
                out.note("CALENDAR_NOT_AUTHORITATIVE", LocalizedText.of(
                        d.decisionDue().getYear() + " жылғы жұмыс күнтізбесі толық емес",
                        "Производственный календарь на " + d.decisionDue().getYear() + " год неполный",
                        "The working calendar for " + d.decisionDue().getYear() + " is not complete"), Rule.R77));
    }
}
