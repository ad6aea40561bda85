package kz.medcert.adapters.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import kz.medcert.adapters.web.i18n.Language;
import kz.medcert.adapters.web.i18n.Messages;
import org.junit.jupiter.api.Test;

/** A checklist item's subject shows names and dd.MM.yyyy dates, and the rules' own text only when it has no known shape. */
class SubjectsTest {
    private final Messages ru = Messages.of(Language.RU);

    @Test
    void aCertificateIsNamedByItsSpecialtyAndDates() {
        assertThat(Subjects.describe("PEDIATRICS issued 2022-03-01 valid until 2027-03-01", ru))
                .contains("Педиатрия, 01.03.2022 – 01.03.2027");
        assertThat(Subjects.describe("PEDIATRICS issued 2022-03-01", ru)).contains("Педиатрия, 01.03.2022");
    }

    @Test
    void aDiplomaIsNamedByItsLevelFieldDateAndForeignCountry() {
        assertThat(Subjects.describe("HIGHER GENERAL_MEDICINE 2023-06-30", ru))
                .hasValueSatisfying(text -> assertThat(text).endsWith(", 30.06.2023").doesNotContain("HIGHER", "_"));
        assertThat(Subjects.describe("HIGHER GENERAL_MEDICINE 2023-06-30 RU", ru))
                .hasValueSatisfying(text -> assertThat(text).endsWith(", 30.06.2023, RU"));
    }

    @Test
    void aTranslationNamesTheDocumentItTranslates_andTheRulesFixedSubjectsHaveTheirTexts() {
        assertThat(Subjects.describe("DIPLOMA", ru)).contains("Диплом об образовании");
        assertThat(Subjects.describe("certification course within 5 years, or retraining before 2021, or PD within "
                + "5 years", ru)).hasValueSatisfying(text -> assertThat(text).startsWith("сертификационный курс"));
    }

    @Test
    void aSubjectOfNoKnownShapeIsLeftToTheRulesText() {
        assertThat(Subjects.describe("something else", ru)).isEmpty();
        assertThat(Subjects.describe("NO_SUCH_LEVEL GENERAL_MEDICINE 2023-06-30", ru)).isEmpty();
        assertThat(Subjects.describe("PEDIATRICS issued 2022-13-01", ru)).isEmpty();
    }
}
