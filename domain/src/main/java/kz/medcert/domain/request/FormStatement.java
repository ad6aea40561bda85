package kz.medcert.domain.request;

import java.util.List;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.reference.LocalizedText;

/**
 * A fixed statement of the application form, which the applicant makes by signing it (R17): the declaration that the
 * information and documents are accurate (A1 item 9, R92; A5 item 11, R93), on which a refusal for unreliable data
 * rests (R85), and, on A1 only, the consent to the collection and processing of personal data (A1 item 10, R92;
 * R90). The codes are stable (they are stored and signed); the Kazakh text is the Order's (authoritative), the
 * Russian renders it, the English follows the translation. A text, once signed, is never edited: the signed content
 * holds the Kazakh and Russian words, so a new wording is a new statement.
 */
public enum FormStatement {
    ACCURATE_INFORMATION(LocalizedText.of("Мен дұрыс мәліметтер мен құжаттарды ұсынамын.",
            "Я представляю достоверные сведения и документы.",
            "I am submitting accurate information and documents.")),
    PERSONAL_DATA_CONSENT(LocalizedText.of(
            "Мемлекеттік қызметті көрсету үшін қажетті дербес деректерді жинауға және өңдеуге келісім беремін.",
            "Даю согласие на сбор и обработку персональных данных, необходимых для оказания государственной услуги.",
            "I consent to the collection and processing of the personal data necessary for the provision of the "
                    + "public service."));

    private final LocalizedText text;

    FormStatement(LocalizedText text) {
        this.text = text;
    }

    public LocalizedText text() {
        return text;
    }

    /**
     * The statements of the form the category's service uses (R17), in the form's order: A1 (domestic, R92 items 9
     * and 10) declares and consents; A5 (foreign specialist, R93 item 11) only declares, its consent is given by SMS
     * (R61).
     */
    public static List<FormStatement> ofForm(Category category) {
        return switch (category) {
            case DOMESTIC -> List.of(ACCURATE_INFORMATION, PERSONAL_DATA_CONSENT);
            case FOREIGN -> List.of(ACCURATE_INFORMATION);
        };
    }
}
