package kz.medcert.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.medcert.domain.reference.Language;
import org.junit.jupiter.api.Test;

/**
 * The use cases' bundle words every key of {@link ServiceText} (their refusals and the notifications) in Kazakh,
 * Russian and English with the same placeholders, and no Kazakh or Russian text is left in English.
 */
class ServiceTextTest {

    @Test
    void everyServiceTextIsWordedInAllThreeLanguages_andNoKazakhOrRussianTextIsLeftInEnglish() {
        assertThat(ServiceText.REQUEST_NOT_FOUND.bundle().problems(List.of(ServiceText.values()))).isEmpty();
    }

    @Test
    void anExceptionCarriesItsWords_andItsEnglishIsItsMessage() {
        AccessDeniedException denied = new AccessDeniedException(ServiceText.ONLY_APPLICANT_MAY.message()
                .with("action", ServiceText.ACTION_SUBMIT.message()));

        assertThat(denied.getMessage()).isEqualTo("only an applicant may submit requests");
        assertThat(denied.explanation().in(Language.RU)).isEqualTo("подавать заявки может только заявитель");
        assertThat(denied.explanation().in(Language.KK))
                .isEqualTo("өтініштерді беру тек өтініш берушіге рұқсат етілген");
    }
}
