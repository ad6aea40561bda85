package kz.medcert.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.EducationRecord;
import kz.medcert.domain.reference.CountryCode;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.reference.EducationLevel;
import kz.medcert.domain.reference.LocalizedText;
import kz.medcert.domain.reference.Specialty;
import kz.medcert.domain.reference.SpecialtyCatalogue;
import org.junit.jupiter.api.Test;

/**
 * A checklist item's subject is read back from its key in the rules' own words (R23, R25, R34, R44, R64: the items
 * that occur more than once), so that a store that kept only the key shows what the rules show today.
 */
class ChecklistSubjectsTest {
    private static final SpecialtyCatalogue CATALOGUE = SpecialtyCatalogue.standard();

    @Test
    void aDiplomasKey_readsBackAsTheRulesWordIt_atHomeAndAbroad_R23_R25() {
        for (EducationLevel level : EducationLevel.values()) {
            for (EducationField field : EducationField.values()) {
                EducationRecord home = EducationRecord.domestic(level, field, LocalDate.of(2023, 6, 30));
                EducationRecord abroad = new EducationRecord(level, field, home.graduationDate(), CountryCode.of("RU"),
                        false, false, Optional.empty(), Optional.empty());
                for (EducationRecord record : List.of(home, abroad)) {
                    assertThat(ChecklistSubjects.wordsOf(ChecklistSubjects.educationKey(record), CATALOGUE))
                            .as(ChecklistSubjects.educationKey(record))
                            .contains(ChecklistSubjects.education(record));
                }
            }
        }
    }

    @Test
    void aCertificatesKey_readsBackWithItsValidity_orIndefinite_R34_R64() {
        LocalizedText pediatrics = CATALOGUE.nameOf(kz.medcert.domain.reference.SpecialtyCode.of("PEDIATRICS"));
        LocalDate issued = LocalDate.of(2022, 3, 1);

        assertThat(ChecklistSubjects.wordsOf("PEDIATRICS issued 2022-03-01 valid until 2027-03-01", CATALOGUE))
                .contains(ChecklistSubjects.certificate(pediatrics, issued, Optional.of(LocalDate.of(2027, 3, 1))));
        assertThat(ChecklistSubjects.wordsOf("PEDIATRICS issued 2022-03-01 indefinite", CATALOGUE))
                .contains(ChecklistSubjects.certificate(pediatrics, issued, Optional.empty()));
        assertThat(ChecklistSubjects.wordsOf("PEDIATRICS issued 2022-03-01 valid until 2027-03-01", CATALOGUE)
                .orElseThrow().ru()).isEqualTo("Сертификат по специальности «Педиатрия», выдан 01.03.2022, "
                + "действителен до 01.03.2027");
        // a key of the rules of an earlier day, which did not state the validity, says nothing of it
        assertThat(ChecklistSubjects.wordsOf("PEDIATRICS issued 2022-03-01", CATALOGUE).orElseThrow().en())
                .isEqualTo("Pediatrics, issued 01.03.2022");
    }

    /**
     * Every code a subject is made of (documents, levels and fields of education, the List's specialties) and the
     * rules' fixed subjects have words in kk, ru and en, and the Kazakh and Russian hold no English word.
     */
    @Test
    void everyCodeASubjectIsMadeOf_hasWordsInEachLanguage_andKazakhAndRussianShowNoEnglish_R44() {
        List<String> keys = new ArrayList<>();
        for (DocumentCode document : DocumentCode.values()) {
            keys.add(document.name());
        }
        for (EducationLevel level : EducationLevel.values()) {
            for (EducationField field : EducationField.values()) {
                keys.add(level.name() + " " + field.name() + " 2023-06-30");
            }
        }
        for (Specialty specialty : CATALOGUE.all()) {
            keys.add(specialty.code().value() + " issued 2022-03-01 valid until 2027-03-01");
        }
        keys.add(PostgraduateRequirements.ABROAD_EQUIVALENT.en());
        keys.add(RetrainingRequirements.LABORATORY_ALTERNATIVES.en());
        for (String key : keys) {
            assertThat(ChecklistSubjects.wordsOf(key, CATALOGUE)).as(key).hasValueSatisfying(words -> {
                assertThat(List.of(words.kk(), words.ru(), words.en())).doesNotContain("");
                assertThat(words.kk()).as(key).doesNotContainPattern("[A-Za-z]{2,}");
                assertThat(words.ru()).as(key).doesNotContainPattern("[A-Za-z]{2,}");
            });
        }
    }

    @Test
    void aKeyOfNoKnownShape_hasNoWords() {
        assertThat(ChecklistSubjects.wordsOf("something else", CATALOGUE)).isEmpty();
        assertThat(ChecklistSubjects.wordsOf("NO_SUCH_LEVEL GENERAL_MEDICINE 2023-06-30", CATALOGUE)).isEmpty();
        assertThat(ChecklistSubjects.wordsOf("PEDIATRICS issued 2022-13-01", CATALOGUE)).isEmpty();
    }

    @Test
    void aSubjectAndItsWordsComeTogether() {
        ChecklistItem item = ChecklistItem.of(DocumentCode.DIPLOMA, Obligation.MANDATORY, Source.APPLICANT,
                Satisfaction.NOT_SATISFIED, "A2 8-A(3)", kz.medcert.domain.rules.Rule.R23);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ChecklistItem(item.document(), item.obligation(),
                        item.source(), item.satisfaction(), item.rules(), item.basis(), Optional.of("DIPLOMA"),
                        Optional.empty(), Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
