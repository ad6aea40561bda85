package kz.medcert.domain.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Normalisation, rejection and display forms of PersonName. */
class PersonNameTest {

    @Test
    void trimsAndCollapsesWhitespace() {
        PersonName name = PersonName.of("  Абенова ", "\tАйгерим\n", "  Болатқызы  ");
        assertThat(name.surname()).isEqualTo("Абенова");
        assertThat(name.givenName()).isEqualTo("Айгерим");
        assertThat(name.patronymic()).contains("Болатқызы");
        assertThat(PersonName.of("Ван   дер\u00A0 Берг", "Анна").surname()).isEqualTo("Ван дер Берг");
    }

    @Test
    void fullNameAndInitials() {
        PersonName name = PersonName.of("Абенова", "Айгерим", "Болатқызы");
        assertThat(name.fullName()).isEqualTo("Абенова Айгерим Болатқызы");
        assertThat(name.initials()).isEqualTo("Абенова А. Б.");
        assertThat(name.toString()).isEqualTo("Абенова А. Б.").doesNotContain("Айгерим");
    }

    @Test
    void withoutPatronymic() {
        PersonName name = PersonName.of("Smith", "John");
        assertThat(name.patronymic()).isEmpty();
        assertThat(name.fullName()).isEqualTo("Smith John");
        assertThat(name.initials()).isEqualTo("Smith J.");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n", "\u00A0"})
    void missingOrBlankPatronymicMeansNone(String patronymic) {
        assertThat(PersonName.of("Абенов", "Ерлан", patronymic).patronymic()).isEmpty();
        assertThat(new PersonName("Абенов", "Ерлан", Optional.ofNullable(patronymic)).patronymic()).isEmpty();
    }

    @Test
    void aNullOptionalIsRefused_noneIsAnEmptyOne() {
        assertThatThrownBy(() -> new PersonName("Абенов", "Ерлан", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void initialsUpperCaseTheFirstLetter() {
        assertThat(PersonName.of("ұлы", "ақбота", "'ерланқызы").initials()).isEqualTo("ұлы А. Е.");
        assertThat(PersonName.of("Сейітқали", "Өмірзақ", "Іргебаевич").initials()).isEqualTo("Сейітқали Ө. І.");
    }

    @Test
    void acceptsKazakhLettersLatinHyphenAndApostrophe() {
        String kazakh = "ӘәҒғҚқҢңӨөҰұҮүҺһІі";
        assertThat(PersonName.of(kazakh, "Ёлка").surname()).isEqualTo(kazakh);
        assertThat(PersonName.of("Римский-Корсаков", "Nikolai").surname()).isEqualTo("Римский-Корсаков");
        assertThat(PersonName.of("O'Brien", "Seán").fullName()).isEqualTo("O'Brien Seán");
        assertThat(PersonName.of("Äbenova", "Ğalym", "Şañ").fullName()).isEqualTo("Äbenova Ğalym Şañ");
    }

    @Test
    void typographicApostrophesBecomeAscii() {
        assertThat(PersonName.of("O\u2019Brien", "Liam").surname()).isEqualTo("O'Brien");
        assertThat(PersonName.of("Ma\u02BCmun", "Ali").surname()).isEqualTo("Ma'mun");
    }

    @Test
    void decomposedInputIsComposed() {
        // "Ё" typed as Е + combining diaeresis (NFD) must equal the precomposed letter.
        assertThat(PersonName.of("Фе\u0308доров", "Иван")).isEqualTo(PersonName.of("Фёдоров", "Иван"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\u00A0"})
    void surnameAndGivenNameAreRequired(String blank) {
        assertThatThrownBy(() -> PersonName.of(blank, "Ерлан"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("surname is required");
        assertThatThrownBy(() -> PersonName.of("Абенов", blank))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("given name is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Абенов1", "Abe_nov", "Абенов.", "Абенов@", "Ａｂｅ", "Ἀβεν", "ابن", "Абенов\u200B",
        "µller", "Абенов\u0301", "A\u0000b", "<script>"})
    void rejectsCharactersNoNameContains(String text) {
        assertThatThrownBy(() -> PersonName.of(text, "Ерлан"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not allowed");
        assertThatThrownBy(() -> PersonName.of("Абенов", "Ерлан", text))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("patronymic");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-", "'", "- '", "--"})
    void requiresAtLeastOneLetter(String text) {
        assertThatThrownBy(() -> PersonName.of(text, "Ерлан"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("letter");
    }

    @Test
    void atMostOneHundredCharactersAfterNormalisation() {
        String hundred = "А".repeat(100);
        assertThat(PersonName.of(hundred, "Ерлан").surname()).hasSize(100);
        assertThat(PersonName.of("  " + hundred + "  ", "Ерлан").surname()).hasSize(100);
        assertThatThrownBy(() -> PersonName.of("Ерлан", "А".repeat(101)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("100");
        assertThatThrownBy(() -> PersonName.of("Ерлан", "Б", "В".repeat(101)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("patronymic");
    }

    @Test
    void rejectionMessagesDoNotEchoTheName() {
        assertThatThrownBy(() -> PersonName.of("Абенов1", "Ерлан"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("Абенов").hasMessageContaining("U+0031");
    }
}
