package kz.medcert.domain.request;

import java.util.List;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.reference.LocalizedText;
import kz.medcert.domain.rules.Rule;

/** The state information systems the service asks with the applicant's consent (P9, P24; R62–R69). */
public enum StateRegistry {
    /** Higher, postgraduate, TVET and post-secondary education (R62, R63). */
    EDUCATION(List.of(Rule.R62, Rule.R63), LocalizedText.of("Білім туралы мәліметтер", "Сведения об образовании",
            "Education records")),
    /** Existing certificates and qualification level (R64). */
    CERTIFICATES(List.of(Rule.R64), LocalizedText.of("Маман сертификаттары", "Сертификаты специалистов",
            "Specialist certificates")),
    /** Changes of name, marriage and divorce records (R65). */
    NAME_CHANGES(List.of(Rule.R65), LocalizedText.of("Аты-жөнінің өзгеруі (АХАЖ)", "Смена ФИО (записи актов ЗАГС)",
            "Changes of name (civil registry)")),
    /** Results of the assessment of professional preparedness (R66). */
    ASSESSMENTS(List.of(Rule.R66), LocalizedText.of("Кәсіби даярлықты бағалау нәтижелері",
            "Результаты оценки профессиональной подготовленности", "Assessment results")),
    /** Employee profiles and employment contracts (R67; domestic only). */
    EMPLOYMENT(List.of(Rule.R67), LocalizedText.of("Еңбек шарттары", "Трудовые договоры", "Employment contracts")),
    /** Prohibition data of the General Prosecutor's Committee (R68). */
    PROHIBITIONS(List.of(Rule.R68), LocalizedText.of("Тыйым салулар (Бас прокуратура комитеті)",
            "Запреты (Комитет Генеральной прокуратуры)", "Prohibitions (General Prosecutor's Committee)")),
    /**
     * The state database of individuals: the name, citizenship and place of residence registered under the IIN (A1
     * items 2–6; R69 for a foreign specialist; R71: the department follows the registered region; R03: the service
     * follows citizenship).
     */
    IDENTITY(List.of(Rule.R69, Rule.R71, Rule.R03), LocalizedText.of("Жеке тұлғалардың мемлекеттік дерекқоры",
            "Государственная база данных физических лиц", "State database of individuals"));

    private final List<Rule> rules;
    private final LocalizedText name;

    StateRegistry(List<Rule> rules, LocalizedText name) {
        this.rules = rules;
        this.name = name;
    }

    /** The registry's name in kk/ru/en, for texts a person reads. */
    public LocalizedText localizedName() {
        return name;
    }

    public List<Rule> rules() {
        return rules;
    }

    /**
     * The registries asked for a request of this category: labour data only for domestic applicants (R67, P24 has
     * none), prohibitions for both (R68 interpretation), and the identity for both: the name on the certificate, the
     * citizenship that picks the service and the region that picks the department come from it, not from what the
     * applicant types (R03, R69, R71).
     */
    public static List<StateRegistry> askedFor(Category category) {
        return category == Category.DOMESTIC
                ? List.of(EDUCATION, CERTIFICATES, NAME_CHANGES, ASSESSMENTS, EMPLOYMENT, PROHIBITIONS, IDENTITY)
                : List.of(EDUCATION, CERTIFICATES, NAME_CHANGES, ASSESSMENTS, PROHIBITIONS, IDENTITY);
    }
}
