package kz.medcert.adapters.http.dto;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import kz.medcert.domain.calendar.ServiceDeadline;
import kz.medcert.domain.evaluation.ChecklistItem;
import kz.medcert.domain.evaluation.DateWindow;
import kz.medcert.domain.evaluation.Evaluation;
import kz.medcert.domain.evaluation.Finding;
import kz.medcert.domain.evaluation.NotRequiredItem;
import kz.medcert.domain.evaluation.Outcome;
import kz.medcert.domain.evaluation.ReviewNote;
import kz.medcert.domain.evaluation.Satisfaction;

/**
 * The answer of {@code POST /api/v1/evaluations}. Field names are a public contract: add fields, never rename.
 * {@code registeredOn} and {@code decisionDue} are null unless the request gave {@code submittedAt}.
 */
public record EvaluationResponse(String route, LocalizedTextResponse routeName, List<String> flags,
                                 List<ChecklistEntry> checklist, List<NotRequiredEntry> notRequired,
                                 OutcomeEntry outcome, LocalDate registeredOn, LocalDate decisionDue, String ruleSet,
                                 List<ReviewNoteEntry> reviewNotes) {

    public static EvaluationResponse from(Evaluation evaluation) {
        ServiceDeadline deadline = evaluation.deadline().orElse(null);
        return new EvaluationResponse(
                evaluation.route().route().name(),
                LocalizedTextResponse.from(evaluation.route().route().localizedName()),
                evaluation.route().flags().stream().sorted().map(Enum::name).toList(),
                evaluation.checklist().stream().map(ChecklistEntry::from).toList(),
                evaluation.notRequired().stream().map(NotRequiredEntry::from).toList(),
                OutcomeEntry.from(evaluation.outcome()),
                deadline == null ? null : deadline.registeredOn(),
                deadline == null ? null : deadline.decisionDue(),
                evaluation.ruleSet(),
                evaluation.reviewNotes().stream().map(ReviewNoteEntry::from).toList());
    }

    /**
     * One required document: {@code satisfied} is true, false, or null when a dossier cannot state it;
     * {@code minimumCredits} and {@code window} are set for professional development only. {@code subject} names
     * which one when a document occurs more than once (a stable key: uploads name it); {@code subjectText} says it in
     * kk/ru/en (null without a subject, and for an evaluation stored before the texts were kept).
     */
    public record ChecklistEntry(String document, LocalizedTextResponse documentName, String obligation,
                                 String source, Boolean satisfied, BigDecimal minimumCredits, DateRange window,
                                 String subject, List<String> rules, String basis,
                                 LocalizedTextResponse subjectText) {

        static ChecklistEntry from(ChecklistItem item) {
            return new ChecklistEntry(item.document().name(),
                    LocalizedTextResponse.from(item.document().localizedName()), item.obligation().name(),
                    item.source().name(), satisfied(item.satisfaction()),
                    item.minimumCredits().map(EvaluationResponse::plain).orElse(null),
                    item.window().map(DateRange::from).orElse(null), item.subject().orElse(null),
                    names(item.rules()), item.basis(), subjectText(item));
        }

        static LocalizedTextResponse subjectText(ChecklistItem item) {
            return item.subjectText().map(LocalizedTextResponse::from).orElse(null);
        }

        private static Boolean satisfied(Satisfaction satisfaction) {
            return satisfaction == Satisfaction.NOT_STATED ? null : satisfaction == Satisfaction.SATISFIED;
        }
    }

    /** A document the application does not need, the rules that exempt it and why: in English, and in kk/ru/en. */
    public record NotRequiredEntry(String document, LocalizedTextResponse documentName, List<String> rules,
                                   String reason, LocalizedTextResponse reasonText) {

        static NotRequiredEntry from(NotRequiredItem item) {
            return new NotRequiredEntry(item.document().name(),
                    LocalizedTextResponse.from(item.document().localizedName()), names(item.rules()),
                    item.reason(), LocalizedTextResponse.from(item.reasonText()));
        }
    }

    /** ELIGIBLE, or REFUSAL with every ground, failed rule and finding; the motivation in kk/ru/en (R91). */
    public record OutcomeEntry(String result, List<String> grounds, List<String> failedRules,
                               List<FindingEntry> findings, LocalizedTextResponse motivation) {

        static OutcomeEntry from(Outcome outcome) {
            return outcome.fold(
                    eligible -> new OutcomeEntry("ELIGIBLE", List.of(), List.of(), List.of(),
                            LocalizedTextResponse.from(eligible.motivation())),
                    refusal -> new OutcomeEntry("REFUSAL", names(refusal.grounds()), names(refusal.failedRules()),
                            refusal.findings().stream().map(FindingEntry::from).toList(),
                            LocalizedTextResponse.from(refusal.motivation())));
        }
    }

    /** One failed requirement: its refusal ground, the rules that failed, and why. */
    public record FindingEntry(String ground, List<String> rules, LocalizedTextResponse explanation) {

        static FindingEntry from(Finding finding) {
            return new FindingEntry(finding.ground().name(), names(finding.rules()),
                    LocalizedTextResponse.from(finding.explanation()));
        }
    }

    /** Something the officer should look at by hand; it does not change the outcome. */
    public record ReviewNoteEntry(String code, List<String> rules, LocalizedTextResponse text) {

        static ReviewNoteEntry from(ReviewNote note) {
            return new ReviewNoteEntry(note.code(), names(note.rules()), LocalizedTextResponse.from(note.text()));
        }
    }

    /** A closed range of days. */
    public record DateRange(LocalDate from, LocalDate to) {

        static DateRange from(DateWindow window) {
            return new DateRange(window.from(), window.to());
        }
    }

    private static List<String> names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toList();
    }

    /** 4, not 4.00 nor 4E+0: trailing zeros stripped, never a negative scale. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
