package kz.medcert.domain.evaluation;

import java.math.BigDecimal;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.reference.LocalizedText;
import kz.medcert.domain.reference.SpecialtyCode;

/** The kk/ru/en wording of findings, from which the motivation of a refusal is generated (R91). */
final class Texts {

    private Texts() {
    }

    static LocalizedText missing(DocumentCode document) {
        LocalizedText name = document.localizedName();
        return LocalizedText.of("Міндетті құжат жоқ: " + name.kk(),
                "Отсутствует обязательный документ: " + name.ru(),
                "Mandatory document missing: " + name.en());
    }

    static LocalizedText notInList(SpecialtyCode code) {
        return LocalizedText.of(
                code + " мамандығы сертификатталуға жататын мамандықтар тізбесінде жоқ (ҚР ДСМ-218/2020)",
                "Специальность " + code + " не входит в Перечень специальностей, подлежащих сертификации "
                        + "(ҚР ДСМ-218/2020)",
                "Specialty " + code + " is not in the List of specialties subject to certification (ҚР ДСМ-218/2020)");
    }

    static LocalizedText specializationOutsideSpecialty(SpecialtyCode specialization, SpecialtyCode specialty) {
        return LocalizedText.of(specialization + " мамандандыруы " + specialty + " мамандығына жатпайды",
                "Специализация " + specialization + " не относится к специальности " + specialty,
                "Specialization " + specialization + " does not belong to specialty " + specialty);
    }

    static LocalizedText professionalDevelopmentShort(SpecialtyCode code, BigDecimal required, BigDecimal found,
                                                      DateWindow window) {
        return LocalizedText.of(
                code + " бойынша біліктілікті арттыру " + window.from() + " – " + window.to() + " кезеңінде "
                        + found + " кредит, кемінде " + required + " кредит (" + hours(required) + " сағат) талап етіледі",
                "Повышение квалификации по " + code + " за период " + window.from() + " – " + window.to() + ": "
                        + found + " кредит(ов), требуется не менее " + required + " (" + hours(required) + " ч)",
                "Professional development in " + code + " between " + window.from() + " and " + window.to() + ": "
                        + found + " credits; at least " + required + " credits (" + hours(required) + " h) required");
    }

    static LocalizedText noProfessionalDevelopment(SpecialtyCode code, DateWindow window) {
        return LocalizedText.of(
                code + " бойынша соңғы 5 жылда (" + window.from() + " – " + window.to()
                        + ") біліктілікті арттыру туралы куәлік жоқ",
                "Нет свидетельства о повышении квалификации по " + code + " за последние 5 лет (" + window.from()
                        + " – " + window.to() + ")",
                "No professional development in " + code + " within the last 5 years (" + window.from() + " – "
                        + window.to() + ")");
    }

    static LocalizedText assessmentMissing(SpecialtyCode code, boolean failedOnly) {
        if (failedOnly) {
            return LocalizedText.of(code + " бойынша кәсіби даярлықты бағалаудан өтпеген (нәтиже теріс)",
                    "Оценка профессиональной подготовленности по " + code + " не пройдена (отрицательный результат)",
                    "The assessment of professional preparedness in " + code + " was not passed");
        }
        return LocalizedText.of(code + " бойынша кәсіби даярлықты бағалау нәтижесі жоқ",
                "Отсутствует результат оценки профессиональной подготовленности по " + code,
                "No result of the assessment of professional preparedness in " + code);
    }

    static LocalizedText levelMismatch(SpecialtyCode code) {
        return LocalizedText.of(code + " мамандығы бойынша сертификат алу үшін тиісті деңгейдегі медициналық білім жоқ",
                "Нет медицинского образования уровня, требуемого для сертификата по " + code,
                "No medical education of the level the List requires for a certificate in " + code);
    }

    static LocalizedText tvetBaseMissing(SpecialtyCode code) {
        return LocalizedText.of(code + " бойынша диплом жоқ, ал басқа мамандық бойынша дипломмен сертификат алу "
                        + "мерзімі өткен (2005/2012 жылғы 1 қаңтарға дейін бітіргендерге ғана)",
                "Нет диплома по " + code + ", а сертификация по диплому иной специальности допускается только для "
                        + "окончивших до 1 января 2005/2012 года",
                "No diploma in " + code + "; certification on a diploma in another specialty is open only to "
                        + "graduates before 1 January 2005 (2012 for laboratory diagnostics)");
    }

    static LocalizedText retrainingPathClosed(SpecialtyCode code) {
        return LocalizedText.of(code + " бойынша қайта даярлау жолы тек жұмыс істейтін мамандарға қолжетімді; "
                        + "сәйкес интернатура немесе резидентура жоқ",
                "Переподготовка по " + code + " допускается только для работающих специалистов; соответствующей "
                        + "интернатуры или резидентуры нет",
                "Retraining in " + code + " is open to working specialists only, and there is no matching "
                        + "internship or residency");
    }

    static LocalizedText laboratoryQualificationMissing() {
        return LocalizedText.of("Зертханалық диагностика бойынша соңғы 5 жылдағы сертификаттау курсы, 2021 жылға "
                        + "дейінгі қайта даярлау немесе біліктілікті арттыру жоқ",
                "Нет сертификационного курса за последние 5 лет, переподготовки до 2021 года или повышения "
                        + "квалификации по лабораторной диагностике",
                "No certification course within 5 years, retraining before 2021 or professional development in "
                        + "laboratory diagnostics");
    }

    static LocalizedText noConsent() {
        return LocalizedText.of("Дербес деректерге қол жеткізуге келісім берілмеген",
                "Не дано согласие на доступ к персональным данным",
                "Consent to access personal data was not given");
    }

    static LocalizedText prohibited() {
        return LocalizedText.of("Медициналық қызметке тыйым салынған (Бас прокуратура комитетінің деректері)",
                "Медицинская деятельность запрещена (данные Комитета Генеральной прокуратуры)",
                "Medical activity is prohibited (General Prosecutor's Committee data)");
    }

    static LocalizedText specialRightDeprived() {
        return LocalizedText.of("Арнайы құқығынан айырылған (Бас прокуратура комитетінің деректері)",
                "Лишение специального права (данные Комитета Генеральной прокуратуры)",
                "Deprived of a special right (General Prosecutor's Committee data)");
    }

    static LocalizedText internshipAbroadNotStated(String degree) {
        return LocalizedText.of("Шетелде алынған жоғары медициналық білім (" + degree + "): интернатура немесе оған "
                        + "балама құжат (резидентура, клиникалық ординатура) көрсетілмеген; клиникалық практикаға "
                        + "жіберудің міндетті шартын (интернатура) көрсетілетін қызметті беруші тексереді",
                "Высшее медицинское образование, полученное за рубежом (" + degree + "): не указаны интернатура или "
                        + "равноценный документ (резидентура, клиническая ординатура); обязательное условие допуска к "
                        + "клинической практике (интернатуру) проверяет услугодатель",
                "Higher medical education obtained abroad (" + degree + "): no internship or equivalent document "
                        + "(residency, clinical ordinatura) stated; the service provider checks the internship, a "
                        + "mandatory condition for admission to clinical practice");
    }

    static LocalizedText datedAfterApplication(String what) {
        return LocalizedText.of("Өтініш күнінен кейінгі күнмен көрсетілген деректер есепке алынбады: " + what
                        + ". Құжаттардың анықтығын көрсетілетін қызметті беруші тексереді",
                "Данные, датированные позже даты заявления, не учтены: " + what
                        + ". Достоверность документов проверяет услугодатель",
                "Data dated after the application date were not counted: " + what
                        + ". The service provider checks whether the documents are reliable");
    }

    private static String hours(BigDecimal credits) {
        return credits.multiply(BigDecimal.valueOf(30)).stripTrailingZeros().toPlainString();
    }
}
