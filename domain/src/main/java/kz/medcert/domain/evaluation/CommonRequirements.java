package kz.medcert.domain.evaluation;

import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.Prohibition;
import kz.medcert.domain.reference.LocalizedText;
import kz.medcert.domain.rules.Rule;

/** Items every route has: application, information form, translations, consent and the prohibition check. */
final class CommonRequirements {

    private CommonRequirements() {
    }

    static void apply(Facts facts, RouteDecision decision, Checklist out) {
        Route route = decision.route();
        // R17: the application (A1 domestic, A5 foreign), signed with EDS; its presence is not a dossier fact
        out.require(ChecklistItem.of(DocumentCode.APPLICATION, Obligation.MANDATORY, Source.APPLICANT,
                Satisfaction.NOT_STATED, Basis.item(route, 1) + (route.isForeign() ? " (form A5)" : " (form A1)"),
                Rule.R17));
        // R18, R70: the information form, pre-filled from fetched data
        out.require(ChecklistItem.of(DocumentCode.INFORMATION_FORM, Obligation.MANDATORY, Source.APPLICANT,
                Satisfaction.NOT_STATED, route.isForeign() ? "Appendix 6, information form"
                        : Basis.item(route, 2), Rule.R18, Rule.R70));
        translations(facts, route, out);
        consent(facts, route, out);
        prohibition(facts, route, out);
    }

    // R20: a document in a language other than Kazakh or Russian needs its notarized translation
    private static void translations(Facts facts, Route route, Checklist out) {
        if (facts.dossier.foreignLanguageDocuments().isEmpty()) {
            out.notRequired(DocumentCode.NOTARIZED_TRANSLATION, Exemptions.DOCUMENTS_IN_STATE_LANGUAGES, Rule.R20);
            return;
        }
        String basis = route.isForeign() ? "Appendix 6, row 8, confirmation item 3" : Basis.GENERAL_PROVISIONS;
        for (DocumentCode document : facts.dossier.foreignLanguageDocuments()) {
            out.require(ChecklistItem.of(DocumentCode.NOTARIZED_TRANSLATION, Obligation.MANDATORY,
                    Source.APPLICANT, Satisfaction.NOT_STATED, basis, Rule.R20)
                    .about(document.name(), document.localizedName()));
        }
    }

    // R60, R61, R90: without OTP/SMS consent nothing may be fetched: refusal ground 6
    private static void consent(Facts facts, Route route, Checklist out) {
        if (!facts.dossier.consentGiven()) {
            out.fail(Finding.of(Ground.GROUND_6_NO_CONSENT, Texts.noConsent(),
                    route.isForeign() ? Rule.R61 : Rule.R60, Rule.R90));
        }
    }

    // R68: prohibition data of the General Prosecutor's Committee; grounds 4 (R88) and 5 (R89)
    private static void prohibition(Facts facts, Route route, Checklist out) {
        Prohibition prohibition = facts.dossier.prohibition();
        Satisfaction satisfaction = prohibition == Prohibition.NONE ? Satisfaction.SATISFIED
                : prohibition == Prohibition.NO_DATA ? Satisfaction.NOT_STATED : Satisfaction.NOT_SATISFIED;
        String basis = Basis.dataFetched(route) + (route.isForeign() ? "; A6-IF item 12" : ", bullet 7; A2-IF item 10");
        ChecklistItem item = ChecklistItem.of(DocumentCode.PROHIBITION_CHECK, Obligation.MANDATORY,
                Source.REGISTRY, satisfaction, basis, Rule.R68);
        if (prohibition == Prohibition.ACTIVITY_PROHIBITED) {
            out.require(item, () -> Finding.of(Ground.GROUND_4_COURT_PROHIBITION, Texts.prohibited(), Rule.R68,
                    Rule.R88));
        } else if (prohibition == Prohibition.SPECIAL_RIGHT_DEPRIVED) {
            out.require(item, () -> Finding.of(Ground.GROUND_5_SPECIAL_RIGHT_DEPRIVED, Texts.specialRightDeprived(),
                    Rule.R68, Rule.R89));
        } else {
            out.require(item);
        }
        if (prohibition == Prohibition.NO_DATA) {
            // R68 interpretation: "no data" is not a refusal; an officer checks by hand
            out.note("PROHIBITION_NO_DATA", LocalizedText.of(
                    "Тыйым салу туралы деректер жоқ: қолмен тексеру қажет",
                    "Нет данных о запрете: требуется ручная проверка",
                    "No prohibition data available: check by hand"), Rule.R68);
        }
    }
}
