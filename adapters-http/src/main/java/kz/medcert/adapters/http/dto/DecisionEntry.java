package kz.medcert.adapters.http.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kz.medcert.domain.evaluation.Ground;
import kz.medcert.domain.reference.Language;
import kz.medcert.domain.request.Decision;
import kz.medcert.domain.request.IssueOverride;
import kz.medcert.domain.request.Motivation;
import kz.medcert.domain.request.Hearing;
import kz.medcert.domain.request.RefusalReasons;
import kz.medcert.domain.rules.Rule;

/**
 * The provider's decision on a request (R74, R75, R91): {@code kind} is {@code ISSUED} (with the certificate number,
 * issue day and whether the service confirmed it itself, R14), {@code REFUSAL_PROPOSED} (grounds, rules, motivation
 * and the hearing: until when the applicant may object, and their objection) or {@code REFUSED} (the final reasons,
 * with the hearing of the preliminary refusal). Fields that do not apply to a kind are null. A refusal's
 * {@code motivation} is the text in the reader's language ({@code Accept-Language}; where the motivation has none in
 * it, the other language of the decision), {@code motivationTexts} every language kept, with those the service
 * generated from the rules' draft rather than the officer wrote.
 */
public record DecisionEntry(String kind, String certificateNumber, LocalDate issuedOn, Boolean automatic,
                            List<String> grounds, List<String> failedRules, ReaderText motivation,
                            LocalDate refusedOn, HearingEntry hearing, String qualificationLevel,
                            OverrideEntry override, List<UUID> unreliableDocuments,
                            MotivationEntry motivationTexts) {

    public static DecisionEntry from(Decision decision) {
        if (decision instanceof Decision.Issued issued) {
            return new DecisionEntry("ISSUED", issued.number().value(), issued.issuedOn(), issued.automatic(), null,
                    null, null, null, null, issued.level().map(Enum::name).orElse(null),
                    issued.override().map(OverrideEntry::from).orElse(null), null, null);
        }
        if (decision instanceof Decision.RefusalProposed proposed) {
            return refusal("REFUSAL_PROPOSED", proposed.reasons(), null, proposed.hearing());
        }
        Decision.Refused refused = (Decision.Refused) decision;
        return refusal("REFUSED", refused.reasons(), refused.refusedOn(), refused.proposed().hearing());
    }

    private static DecisionEntry refusal(String kind, RefusalReasons reasons, LocalDate refusedOn, Hearing hearing) {
        return new DecisionEntry(kind, null, null, null, reasons.grounds().stream().map(Ground::name).toList(),
                reasons.failedRules().stream().map(Rule::name).toList(), new ReaderText(reasons.motivation()),
                refusedOn, HearingEntry.from(hearing), null, null, reasons.unreliableDocuments(),
                MotivationEntry.from(reasons.motivation(), reasons.generated()));
    }

    /**
     * R74, R91: the officer issued although the rules found {@code grounds}, for the reasons written in Kazakh and/or
     * Russian (and English where given).
     */
    public record OverrideEntry(List<String> grounds, MotivationEntry motivation) {
        static OverrideEntry from(IssueOverride o) {
            return new OverrideEntry(o.grounds().stream().map(Ground::name).toList(), MotivationEntry.from(
                    o.motivation()));
        }
    }

    /**
     * A written motivation by language (a language not written is null), the languages the service generated from
     * the rules' draft ({@code kk}, {@code ru}; empty when the officer wrote every one), and {@code text}, the one for
     * the reader's language.
     */
    public record MotivationEntry(String kk, String ru, String en, List<String> generated, ReaderText text) {
        static MotivationEntry from(Motivation m) {
            return from(m, Set.of());
        }

        static MotivationEntry from(Motivation m, Set<Language> generated) {
            return new MotivationEntry(m.kk().orElse(null), m.ru().orElse(null), m.en().orElse(null),
                    generated.stream().sorted().map(Language::tag).toList(), new ReaderText(m));
        }
    }

    /** The applicant's hearing: notified when, may object until the end of which day (Almaty), and what they said. */
    public record HearingEntry(Instant notifiedAt, LocalDate objectionsUntil, String objection, Instant objectedAt) {
        static HearingEntry from(Hearing h) {
            return new HearingEntry(h.notifiedAt(), h.objectionsUntil(),
                    h.objection().map(o -> o.text()).orElse(null), h.objection().map(o -> o.at()).orElse(null));
        }
    }
}
