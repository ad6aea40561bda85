package kz.medcert.domain.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The domain's bundle words every key of {@link DomainText} in Kazakh, Russian and English with the same placeholders,
 * and no Kazakh or Russian text is left in English; the check itself is proven on a bundle broken in each way.
 */
class MessageBundleTest {

    @Test
    void everyDomainTextIsWordedInAllThreeLanguages_andNoKazakhOrRussianTextIsLeftInEnglish() {
        assertThat(DomainText.IIN_REQUIRED.bundle().problems(List.of(DomainText.values()))).isEmpty();
        for (DomainText key : DomainText.values()) {
            for (Language language : Language.values()) {
                assertThat(key.bundle().pattern(language, key.name())).as(key + " " + language).isPresent();
            }
        }
    }

    /** A key enum over the test bundle {@code broken-text}, which breaks each rule once. */
    enum Broken implements MessageKey {
        FINE, MISSING_IN_KAZAKH, LEFT_IN_ENGLISH, ENGLISH_WORD, OTHER_PLACEHOLDER, SAME_AS_RUSSIAN, BLANK,
        NOT_WORDED;

        private static final MessageBundle BUNDLE = MessageBundle.load(MessageBundleTest.class, "broken-text");

        @Override
        public MessageBundle bundle() {
            return BUNDLE;
        }
    }

    @Test
    void theCheckFindsEachKindOfProblem() {
        List<String> problems = Broken.BUNDLE.problems(List.of(Broken.values()));

        assertThat(problems).noneMatch(p -> p.contains(" FINE"));
        assertThat(problems).anyMatch(p -> p.endsWith("_kk: MISSING_IN_KAZAKH is missing"));
        assertThat(problems).anyMatch(p -> p.contains("_ru: LEFT_IN_ENGLISH is the English text"));
        assertThat(problems).anyMatch(p -> p.contains("_kk: ENGLISH_WORD has the Latin word 'must'"));
        assertThat(problems).anyMatch(p -> p.contains(
                "_ru: OTHER_PLACEHOLDER has placeholders [days], the English [count]"));
        assertThat(problems).anyMatch(p -> p.contains("SAME_AS_RUSSIAN reads the same in Kazakh and Russian"));
        assertThat(problems).anyMatch(p -> p.contains("_en: BLANK is blank"));
        assertThat(problems).anyMatch(p -> p.contains("NOT_WORDED is missing"));
        assertThat(problems).anyMatch(p -> p.contains("UNUSED is worded but no key names it"));
        assertThat(problems).hasSize(12);
    }

    @Test
    void aMissingTextFallsBackToEnglish_thenToTheKey() {
        assertThat(Broken.MISSING_IN_KAZAKH.bundle().text(Language.KK, "MISSING_IN_KAZAKH")).isEqualTo("only English");
        assertThat(Message.of(Broken.NOT_WORDED).in(Language.RU)).isEqualTo("NOT_WORDED");
    }

    @Test
    void aBundleThatIsNotShippedFailsAtOnce() {
        assertThatThrownBy(() -> MessageBundle.load(MessageBundleTest.class, "no-such-text"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no-such-text_kk.properties");
    }
}
