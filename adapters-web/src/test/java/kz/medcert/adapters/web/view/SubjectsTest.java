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

    /**
     * The codes a subject is made of (documents, levels and fields of education, the List's specialties) and the
     * rules' fixed subjects are a known set: each has its text in kk, ru and en, and the Kazakh and Russian ones hold
     * no English word, so that a kk or ru checklist never falls back to the rules' English for them.
     */
    @Test
    void everyCodeASubjectIsMadeOf_hasItsTextInEachLanguage_andKazakhAndRussianShowNoEnglish() {
        java.util.List<String> subjects = new java.util.ArrayList<>();
        for (kz.medcert.domain.document.DocumentCode document : kz.medcert.domain.document.DocumentCode.values()) {
            subjects.add(document.name());
        }
        for (kz.medcert.domain.reference.EducationLevel level : kz.medcert.domain.reference.EducationLevel.values()) {
            for (kz.medcert.domain.reference.EducationField field
                    : kz.medcert.domain.reference.EducationField.values()) {
                subjects.add(level.name() + " " + field.name() + " 2023-06-30");
            }
        }
        for (kz.medcert.domain.reference.Specialty specialty
                : kz.medcert.domain.reference.SpecialtyCatalogue.standard().all()) {
            subjects.add(specialty.code().value() + " issued 2022-03-01 valid until 2027-03-01");
        }
        subjects.add("internship; for a degree obtained abroad, residency or clinical ordinatura as its equivalent");
        subjects.add("certification course within 5 years, or retraining before 2021, or PD within 5 years");
        for (Language language : Language.values()) {
            Messages messages = Messages.of(language);
            for (String subject : subjects) {
                assertThat(Subjects.describe(subject, messages)).as(subject + " in " + language)
                        .hasValueSatisfying(text -> {
                            assertThat(text).isNotBlank();
                            if (language != Language.EN) {
                                assertThat(text).doesNotContainPattern("[A-Za-z]{2,}");
                            }
                        });
            }
        }
    }

    @Test
    void aSubjectOfNoKnownShapeIsLeftToTheRulesText() {
        assertThat(Subjects.describe("something else", ru)).isEmpty();
        assertThat(Subjects.describe("NO_SUCH_LEVEL GENERAL_MEDICINE 2023-06-30", ru)).isEmpty();
        assertThat(Subjects.describe("PEDIATRICS issued 2022-13-01", ru)).isEmpty();
    }
}
