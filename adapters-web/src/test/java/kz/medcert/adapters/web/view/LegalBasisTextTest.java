package kz.medcert.adapters.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.medcert.adapters.web.i18n.Language;
import kz.medcert.adapters.web.i18n.Messages;
import org.junit.jupiter.api.Test;

class LegalBasisTextTest {
    // every shape the rules' checklist items give their basis in (domain evaluation's Basis and its callers)
    private static final List<String> BASES = List.of(
            "Appendix 2, row 8, first-time item 3", "Appendix 6, row 8, confirmation item 9",
            "Appendix 2, row 8, first-time item 1 (form A1)", "Appendix 6, row 8, confirmation item 1 (form A5)",
            "Appendix 2, row 8, higher education conditions (8-C)", "Appendix 2, row 8, TVET conditions (8-D)",
            "Appendix 2, row 8, general provisions (8-E)", "Appendix 6, row 8, closing paragraphs of the confirmation list",
            "Rules, paragraph 9, bullet 7; A2-IF item 10", "Rules, paragraph 24; A6-IF item 12",
            "Rules, paragraph 24, bullet 4", "Rules, paragraph 9", "Appendix 6, information form item 2",
            "Appendix 6, information form");

    @Test
    void everyBasisTheRulesGive_isWordedWholeInKazakhAndRussian() {
        for (Language language : List.of(Language.KK, Language.RU)) {
            Messages messages = Messages.of(language);
            assertThat(BASES).allSatisfy(basis -> assertThat(LegalBasisText.worded(basis, messages))
                    .as(basis + " in " + language).get(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                    .doesNotContainPattern("[A-Za-z]{2,}").isNotBlank());
        }
    }

    @Test
    void theNumbersOfAppendixRowAndItemAreKept() {
        assertThat(LegalBasisText.of("Appendix 6, row 8, confirmation item 9", Messages.of(Language.RU)))
                .isEqualTo("Приложение 6, строка 8, перечень для подтверждения, пункт 9");
        assertThat(LegalBasisText.of("Rules, paragraph 9, bullet 7; A2-IF item 10", Messages.of(Language.KK)))
                .isEqualTo("Қағидалар, 9-тармақ, 7-абзац; мәліметтер нысаны (2-қосымша), 10-тармақ");
    }

    @Test
    void inEnglish_theBasisIsAsTheRulesWroteIt_andTheEnglishBundleSaysTheSame() {
        Messages english = Messages.of(Language.EN);
        assertThat(BASES).allSatisfy(basis -> {
            assertThat(LegalBasisText.worded(basis, english)).contains(basis);
            assertThat(LegalBasisText.translatedPhraseByPhrase(basis, english)).isEqualTo(basis);
        });
    }

    @Test
    void aPhraseNotWordedHere_leavesTheWholeBasisInTheRulesEnglish() {
        assertThat(LegalBasisText.worded("Appendix 2, row 8, a new paragraph 3", Messages.of(Language.RU))).isEmpty();
    }
}
