package kz.medcert.domain.evaluation;

import java.util.List;
import kz.medcert.domain.reference.LocalizedText;
import kz.medcert.domain.rules.Rule;

/** The route an application takes (rules.md section (k)); it decides the document set. */
public enum Route {
    /** R04, R05, R07: domestic first certification in the declared specialty. */
    FIRST_TIME(LocalizedText.of("Алғаш рет сертификаттау", "Первичная сертификация", "First-time certification"),
            List.of(Rule.R04, Rule.R05, Rule.R07)),
    /** R06, R11: domestic confirmation of a valid certificate or one expired not more than 3 years ago. */
    CONFIRMATION(LocalizedText.of("Сертификатты растау", "Подтверждение сертификата", "Confirmation"),
            List.of(Rule.R06, Rule.R11)),
    /** R08, R10: foreign specialist, first certification (including a lapse of more than 3 years). */
    FOREIGN_FIRST_TIME(LocalizedText.of("Шетелдік маманды алғаш рет сертификаттау",
            "Первичная сертификация иностранного специалиста", "Foreign specialist, first-time"),
            List.of(Rule.R08, Rule.R10)),
    /** R09: foreign specialist, confirmation. */
    FOREIGN_CONFIRMATION(LocalizedText.of("Шетелдік маманның сертификатын растау",
            "Подтверждение сертификата иностранного специалиста", "Foreign specialist, confirmation"),
            List.of(Rule.R09));

    private final LocalizedText name;
    private final List<Rule> rules;

    Route(LocalizedText name, List<Rule> rules) {
        this.name = name;
        this.rules = rules;
    }

    public LocalizedText localizedName() {
        return name;
    }

    public List<Rule> rules() {
        return rules;
    }

    public boolean isFirstTime() {
        return this == FIRST_TIME || this == FOREIGN_FIRST_TIME;
    }

    public boolean isConfirmation() {
        return !isFirstTime();
    }

    public boolean isForeign() {
        return this == FOREIGN_FIRST_TIME || this == FOREIGN_CONFIRMATION;
    }
}
