package kz.medcert.adapters.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import kz.medcert.adapters.web.i18n.Language;
import kz.medcert.adapters.web.i18n.Messages;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.evaluation.ChecklistItem;
import kz.medcert.domain.evaluation.Obligation;
import kz.medcert.domain.evaluation.Satisfaction;
import kz.medcert.domain.evaluation.Source;
import kz.medcert.domain.reference.LocalizedText;
import kz.medcert.domain.rules.Rule;
import org.junit.jupiter.api.Test;

/** A checklist item's subject in the page's language, and the rules' English marked as such. */
class SubjectsTest {
    private static final ChecklistItem DIPLOMA = ChecklistItem.of(DocumentCode.DIPLOMA, Obligation.MANDATORY,
            Source.APPLICANT, Satisfaction.NOT_SATISFIED, "A2 8-A(3)", Rule.R23);

    @Test
    void theRulesWordsAreShownInThePagesLanguage() {
        ChecklistItem item = DIPLOMA.about("HIGHER PEDIATRICS 2023-06-30",
                LocalizedText.of("Жоғары білім, Педиатрия", "Высшее образование, Педиатрия", "Higher, Pediatrics"));

        assertThat(Subjects.of(item, Messages.of(Language.RU)))
                .contains(new Subjects.Subject("Высшее образование, Педиатрия", true));
        assertThat(Subjects.of(item, Messages.of(Language.KK)))
                .contains(new Subjects.Subject("Жоғары білім, Педиатрия", true));
    }

    @Test
    void aSubjectTheRulesHaveNoWordsFor_isTheirEnglish_markedNotTranslated() {
        ChecklistItem item = DIPLOMA.about("something else", LocalizedText.same("something else"));

        for (Language language : List.of(Language.KK, Language.RU)) {
            assertThat(Subjects.of(item, Messages.of(language)))
                    .contains(new Subjects.Subject("something else", false));
        }
        assertThat(Subjects.of(DIPLOMA, Messages.of(Language.RU))).isEqualTo(Optional.empty());
    }
}
