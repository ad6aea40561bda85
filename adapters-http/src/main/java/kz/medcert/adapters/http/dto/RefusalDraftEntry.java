package kz.medcert.adapters.http.dto;

import java.util.List;
import kz.medcert.domain.evaluation.Ground;
import kz.medcert.domain.evaluation.Outcome;
import kz.medcert.domain.rules.Rule;

/**
 * What a refusal would say if the officer followed the rules' evaluation (R91): its grounds, failed rules and
 * motivation in kk/ru/en, to pre-fill the officer's refusal; they edit it before sending.
 */
public record RefusalDraftEntry(List<String> grounds, List<String> failedRules, LocalizedTextResponse motivation) {

    public static RefusalDraftEntry from(Outcome.Refusal refusal) {
        return new RefusalDraftEntry(refusal.grounds().stream().map(Ground::name).toList(),
                refusal.failedRules().stream().map(Rule::name).toList(),
                LocalizedTextResponse.from(refusal.motivation()));
    }
}
