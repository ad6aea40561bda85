package kz.medcert.domain.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Messages of a bundle in every language: placeholders filled, arguments rendered in the same language. */
class MessageTest {

    @Test
    void placeholdersTakeTheArguments_inTheLanguageAsked() {
        Message message = DomainText.IIN_LENGTH.message().with("length", 11);

        assertThat(message.in(Language.EN)).isEqualTo("IIN must have exactly 12 digits, got 11 characters");
        assertThat(message.in(Language.RU)).isEqualTo("ИИН состоит ровно из 12 цифр, указано символов: 11");
        assertThat(message.in(Language.KK)).isEqualTo("ЖСН дәл 12 цифрдан тұрады, көрсетілген таңба саны: 11");
        assertThat(message.toString()).isEqualTo(message.in(Language.EN));
        assertThat(message.localized().kk()).isEqualTo(message.in(Language.KK));
    }

    @Test
    void nestedMessagesAndLocalizedTextsAreRenderedInTheSameLanguage() {
        Message message = DomainText.NAME_REQUIRED.message().with("part", DomainText.NAME_SURNAME.message());
        Message step = DomainText.STEP_NOT_ALLOWED.message().with("action", DomainText.ACTION_SUBMIT.message())
                .with("status", LocalizedText.of("қабылданды", "принята", "accepted"));

        assertThat(message.in(Language.RU)).isEqualTo("фамилия — обязательное поле");
        assertThat(message.in(Language.KK)).isEqualTo("тегі — міндетті өріс");
        assertThat(step.in(Language.EN)).isEqualTo("cannot submit while the request is accepted");
        assertThat(step.in(Language.RU)).isEqualTo("нельзя подать заявку, пока заявка в статусе «принята»");
    }

    @Test
    void collectionsDecimalsAndDatesAreWrittenPlainly() {
        Message message = DomainText.APPLICATION_FORM_INCOMPLETE.message().with("fields", List.of("organisation",
                "phone"));

        assertThat(message.in(Language.EN)).contains("needs organisation, phone (R17)");
        assertThat(Message.render(new BigDecimal("4.00"), Language.EN)).isEqualTo("4");
        assertThat(Message.render(LocalDate.of(2026, 12, 7), Language.KK)).isEqualTo("07.12.2026");
        assertThat(Message.render(LocalDate.of(2026, 12, 7), Language.EN)).isEqualTo("07.12.2026");
    }

    @Test
    void aMissingArgumentLeavesItsPlaceholder_andAVerbatimTextIsTheSameInEveryLanguage() {
        assertThat(DomainText.IIN_LENGTH.message().in(Language.EN)).contains("got {length} characters");
        assertThat(Message.verbatim("as typed").in(Language.KK)).isEqualTo("as typed");
        assertThat(Message.verbatim("as typed").key()).isNull();
    }

    @Test
    void messagesAreValues() {
        assertThat(DomainText.IIN_LENGTH.message().with("length", 3))
                .isEqualTo(DomainText.IIN_LENGTH.message().with("length", 3))
                .isNotEqualTo(DomainText.IIN_LENGTH.message().with("length", 4));
    }

    @Test
    void languagesAreFoundByTheirTags_withOrWithoutARegion() {
        assertThat(Language.ofTag("kk")).contains(Language.KK);
        assertThat(Language.ofTag("ru-RU")).contains(Language.RU);
        assertThat(Language.ofTag(" EN_gb ")).contains(Language.EN);
        assertThat(Language.ofTag("de")).isEmpty();
        assertThat(Language.ofTag(null)).isEmpty();
        assertThat(LocalizedText.of("a", "b", "c").in(Language.RU)).isEqualTo("b");
    }

    @Test
    void countriesAreNamedInEachLanguage() {
        LocalizedText russia = CountryCode.of("RU").localizedName();

        assertThat(russia.ru()).isEqualTo("Россия");
        assertThat(russia.kk()).isEqualTo("Ресей");
        assertThat(russia.en()).isEqualTo("Russia");
    }
}
