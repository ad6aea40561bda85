package kz.medcert.adapters.persistence.stored;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.stream.Stream;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.evaluation.NotRequiredItem;
import kz.medcert.domain.reference.Language;
import kz.medcert.domain.reference.LocalizedText;
import kz.medcert.domain.request.Decision;
import kz.medcert.domain.request.Motivation;
import kz.medcert.domain.request.RequestState;
import kz.medcert.domain.reference.SpecialtyCatalogue;
import kz.medcert.domain.evaluation.ChecklistSubjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden rows of format 5 hold the requests of format 4 (the upgrade of a row of format 4 is its row of format 5,
 * and both read into equal states) and one request new to it, whose new parts are checked here: a motivation in
 * Kazakh and English written by the officer with the Russian generated, the language the applicant chose, and an
 * evaluation whose subjects and exemptions are worded in kk/ru/en.
 */
class GoldenRowsFormat5Test {

    static Stream<String> rowsOfBothFormats() {
        return GoldenRows.names(5).stream().filter(GoldenRows.names(4)::contains);
    }

    @ParameterizedTest
    @MethodSource("rowsOfBothFormats")
    void theUpgradeOfARowOfFormat4_isItsRowOfFormat5(String name) {
        GoldenRows.Row format4 = GoldenRows.read(4, name);
        GoldenRows.Row format5 = GoldenRows.read(5, name);

        GoldenRows.assertSameJson(Format4Upgrade.toFormat5(GoldenRows.tree(format4.state())),
                GoldenRows.tree(format5.state()), "the upgrade of golden row " + name + " of format 4");
    }

    @ParameterizedTest
    @MethodSource("rowsOfBothFormats")
    void aRowOfFormat5_readsAsTheRequestItsRowOfFormat4Holds(String name) {
        GoldenRows.Row format4 = GoldenRows.read(4, name);
        GoldenRows.Row format5 = GoldenRows.read(5, name);

        assertThat(RequestStateJson.read(format5.state(), format5.format(), 5))
                .isEqualTo(RequestStateJson.read(format4.state(), format4.format(), 5));
    }

    @Test
    void theRowNewToFormat5_isTheRequestOfItsNewParts() {
        assertThat(GoldenRows.names(5)).containsAll(GoldenRows.names(4));
        assertThat(GoldenRows.names(5).stream().filter(n -> !GoldenRows.names(4).contains(n)))
                .containsExactly("refused-in-kazakh");
    }

    @Test
    void anOlderRefusal_isTheRussianTheOfficerWrote_nothingGenerated_R91() {
        Decision.Refused refused = (Decision.Refused) read("refused").decision().orElseThrow();

        assertThat(refused.reasons().motivation().kk()).isEmpty();
        assertThat(refused.reasons().motivation().ru()).hasValueSatisfying(ru -> assertThat(ru)
                .startsWith("Возражений не поступило."));
        assertThat(refused.reasons().generated()).isEmpty();
        assertThat(refused.proposed().reasons().motivation().ru()).hasValueSatisfying(ru -> assertThat(ru)
                .startsWith("Приговор суда"));
    }

    @Test
    void anOlderEvaluation_hasItsExemptionsInTheThreeLanguages_andItsSubjectsInTheRulesWordsForTheirKeys() {
        RequestState s = read("refused");

        assertThat(s.submission().orElseThrow().evaluation().notRequired()).allSatisfy(n -> {
            assertThat(NotRequiredItem.reasonWorded(n.reason())).contains(n.reasonText());
            assertThat(n.reasonText().ru()).isNotEqualTo(n.reasonText().en());
        });
        assertThat(s.submission().orElseThrow().evaluation().checklist()).allSatisfy(item -> {
            assertThat(item.subjectText().isPresent()).isEqualTo(item.subject().isPresent());
            item.subject().ifPresent(key -> assertThat(item.subjectText()).isEqualTo(
                    ChecklistSubjects.wordsOf(key, SpecialtyCatalogue.standard())));
        });
        assertThat(s.submission().orElseThrow().evaluation().checklist()).anySatisfy(item -> assertThat(item.subject())
                .isPresent());
        assertThat(s.details().language()).isEmpty();
    }

    @Test
    void aRefusalWrittenInKazakhAndEnglish_keepsTheGeneratedRussianAndTheLanguageChosen_R91() {
        RequestState s = read("refused-in-kazakh");
        Decision.Refused refused = (Decision.Refused) s.decision().orElseThrow();
        Motivation motivation = refused.reasons().motivation();

        assertThat(s.details().language()).contains(Language.KK);
        assertThat(motivation.kk()).hasValueSatisfying(kk -> assertThat(kk).startsWith("Соңғы 5 жылда"));
        assertThat(motivation.ru()).hasValueSatisfying(ru -> assertThat(ru)
                .startsWith("Отказ в оказании государственной услуги по основаниям: 2")
                .contains("«Терапия»").doesNotContain("THERAPY"));
        assertThat(motivation.en()).hasValueSatisfying(en -> assertThat(en).startsWith("Only 2 of the 4"));
        assertThat(refused.reasons().generated()).containsExactly(Language.RU);
        assertThat(refused.proposed().reasons()).isEqualTo(refused.reasons());
        Optional<LocalizedText> copy = s.submission().orElseThrow().evaluation().checklist().stream()
                .filter(item -> item.document() == DocumentCode.CERTIFICATE_COPY).findFirst()
                .flatMap(item -> item.subjectText());
        assertThat(copy).hasValueSatisfying(text -> assertThat(text.kk())
                .isEqualTo("«Терапия» мамандығы бойынша сертификат, 2021-12-01 берілген, 2026-12-01 дейін жарамды"));
    }

    private static RequestState read(String name) {
        GoldenRows.Row row = GoldenRows.read(5, name);
        return RequestStateJson.read(row.state(), row.format(), 1);
    }
}
