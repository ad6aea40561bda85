package kz.medcert.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.medcert.application.port.in.SignatureReason;
import kz.medcert.domain.reference.Language;
import org.junit.jupiter.api.Test;

/**
 * The language of an answer follows Accept-Language (RFC 9110 §12.5.4): the first of kk, ru and en by weight, none
 * when the client names none of them; and every text of the HTTP adapter is worded in all three languages.
 */
class LanguagesTest {

    @Test
    void theHighestWeightedOfKazakhRussianAndEnglishIsChosen() {
        assertThat(Languages.chosen("kk")).contains(Language.KK);
        assertThat(Languages.chosen("ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7")).contains(Language.RU);
        assertThat(Languages.chosen("de-DE, en;q=0.5, kk;q=0.9")).contains(Language.KK);
        assertThat(Languages.chosen("KK-kz")).contains(Language.KK);
        assertThat(Languages.chosen("fr, kk;q=0, ru;q=0.1")).contains(Language.RU);
    }

    @Test
    void noLanguageOfOursOrNoHeaderOrAMalformedOne_leavesItToTheServer() {
        for (String header : java.util.Arrays.asList(null, "", "de, fr;q=0.5", "*", "kk;q=0", "ru;q=x;;", "=,=")) {
            assertThat(Languages.chosen(header)).as(String.valueOf(header)).isEmpty();
        }
        assertThat(Languages.DEFAULT).isEqualTo(Language.EN);
    }

    @Test
    void everyHttpTextIsWordedInAllThreeLanguages_andNoKazakhOrRussianTextIsLeftInEnglish() {
        assertThat(HttpText.TITLE_NOT_FOUND.bundle().problems(List.of(HttpText.values()))).isEmpty();
        for (ProblemType type : ProblemType.values()) {
            assertThat(HttpText.title(type).message().in(Language.EN)).isEqualTo(type.title());
        }
        for (SignatureReason reason : SignatureReason.values()) {
            assertThat(SignatureReasonTexts.sentence(reason).localized().kk()).as(reason.name())
                    .doesNotContain(reason.name());
        }
    }

    @Test
    void aDetailReadsAsASentenceInEveryLanguage() {
        assertThat(ErrorHandling.sentence("заявка уже подана")).isEqualTo("Заявка уже подана.");
        assertThat(ErrorHandling.sentence("өтініш бұрын берілген.")).isEqualTo("Өтініш бұрын берілген.");
    }
}
