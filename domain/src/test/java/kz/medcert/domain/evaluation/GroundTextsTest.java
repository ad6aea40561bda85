package kz.medcert.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import kz.medcert.domain.reference.LocalizedText;
import org.junit.jupiter.api.Test;

/** R85–R90: each refusal ground has a name and its sentence in kk, ru and en, none of them a code. */
class GroundTextsTest {

    @Test
    void r85_r90_everyGroundHasANameAndASentence_inThreeLanguages_withoutCodes() {
        for (Ground ground : Ground.values()) {
            for (LocalizedText text : List.of(ground.localizedName(), ground.description())) {
                assertThat(List.of(text.kk(), text.ru(), text.en())).as(ground.name()).doesNotContain("")
                        .doesNotHaveDuplicates().noneMatch(t -> t.contains("GROUND_"));
            }
            assertThat(ground.description().en().length()).isGreaterThan(ground.localizedName().en().length());
        }
        assertThat(Arrays.stream(Ground.values()).map(g -> g.localizedName().en()).distinct()).hasSize(6);
    }

    @Test
    void r86_theSentenceIsTheOrdersWording() {
        assertThat(Ground.GROUND_2_REQUIREMENTS_NOT_MET.description().ru()).isEqualTo(
                "несоответствие услугополучателя и (или) представленных материалов, данных и сведений требованиям "
                        + "нормативных правовых актов");
        assertThat(Ground.GROUND_6_NO_CONSENT.number()).isEqualTo(6);
    }

    /** The Order's ground 6 names the act the consent is given under: a refusal on it cites the article (R105). */
    @Test
    void r90_r105_theConsentGroundCitesArticle8OfThePersonalDataLaw_inEachLanguage() {
        LocalizedText sentence = Ground.GROUND_6_NO_CONSENT.description();
        assertThat(sentence.kk()).contains("«Дербес деректер және оларды қорғау туралы»", "8-бабына");
        assertThat(sentence.ru()).contains("статьей 8", "«О персональных данных и их защите»");
        assertThat(sentence.en()).contains("Article 8", "\"On Personal Data and Their Protection\"");
    }
}
