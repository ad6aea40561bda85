package kz.medcert.domain.evaluation;

import kz.medcert.domain.reference.LocalizedText;
import kz.medcert.domain.rules.Rule;

/** The six grounds for refusal (A2-R9, A6-R9; R85–R90), with their stable API codes. */
public enum Ground {
    GROUND_1_UNRELIABLE_DATA(1, Rule.R85,
            "ұсынылған құжаттардың және (немесе) олардағы деректердің анық еместігі анықталды",
            "установлена недостоверность представленных документов и (или) данных в них",
            "the documents submitted and/or the data in them are unreliable"),
    GROUND_2_REQUIREMENTS_NOT_MET(2, Rule.R86,
            "көрсетілетін қызметті алушының және (немесе) ұсынылған материалдардың, деректер мен мәліметтердің "
                    + "нормативтік құқықтық актілердің талаптарына сәйкес келмеуі",
            "несоответствие услугополучателя и (или) представленных материалов, данных и сведений требованиям "
                    + "нормативных правовых актов",
            "the applicant and/or the materials, data and information submitted do not meet the requirements of "
                    + "normative legal acts"),
    GROUND_3_NEGATIVE_AUTHORITY_RESPONSE(3, Rule.R87,
            "уәкілетті мемлекеттік органның теріс жауабы немесе сараптаманың теріс қорытындысы",
            "отрицательный ответ уполномоченного государственного органа или отрицательное заключение экспертизы",
            "a negative response of the authorized state body or a negative conclusion of an examination"),
    GROUND_4_COURT_PROHIBITION(4, Rule.R88,
            "қызметке тыйым салу туралы заңды күшіне енген сот шешімі (үкімі)",
            "вступившее в законную силу решение (приговор) суда о запрещении деятельности",
            "a court decision (verdict) in force prohibits the activity"),
    GROUND_5_SPECIAL_RIGHT_DEPRIVED(5, Rule.R89,
            "арнайы құқықтан айыру туралы заңды күшіне енген сот үкімі",
            "вступивший в законную силу приговор суда о лишении специального права",
            "a court verdict in force deprives the applicant of a special right"),
    GROUND_6_NO_CONSENT(6, Rule.R90,
            "қолжетімділігі шектеулі дербес деректерге қол жеткізуге келісімнің болмауы",
            "отсутствие согласия на доступ к персональным данным ограниченного доступа",
            "no consent to access restricted personal data");

    private final int number;
    private final Rule rule;
    private final LocalizedText description;

    Ground(int number, Rule rule, String kk, String ru, String en) {
        this.number = number;
        this.rule = rule;
        this.description = LocalizedText.of(kk, ru, en);
    }

    /** The ground's number in the refusal list of A2-R9 / A6-R9. */
    public int number() {
        return number;
    }

    public Rule rule() {
        return rule;
    }

    public LocalizedText description() {
        return description;
    }
}
