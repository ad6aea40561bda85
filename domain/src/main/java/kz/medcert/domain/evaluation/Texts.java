package kz.medcert.domain.evaluation;

import java.math.BigDecimal;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.reference.LocalizedText;
import kz.medcert.domain.reference.PersonDates;

/**
 * The kk/ru/en wording of findings, from which the motivation of a refusal is generated (R91). Specialties,
 * documents and grounds are named by their names in each language («Педиатрия»), never by their codes.
 */
final class Texts {

    private Texts() {
    }

    /** A name quoted as each language quotes: «…» in Kazakh and Russian, “…” in English. */
    static LocalizedText quoted(LocalizedText name) {
        return LocalizedText.of("«" + name.kk() + "»", "«" + name.ru() + "»", "“" + name.en() + "”");
    }

    static LocalizedText missing(DocumentCode document) {
        LocalizedText name = document.localizedName();
        return LocalizedText.of("Міндетті құжат жоқ: " + name.kk(),
                "Отсутствует обязательный документ: " + name.ru(),
                "Mandatory document missing: " + name.en());
    }

    static LocalizedText notInList(LocalizedText specialty) {
        LocalizedText s = quoted(specialty);
        return LocalizedText.of(
                s.kk() + " мамандығы сертификатталуға жататын мамандықтар тізбесінде жоқ (ҚР ДСМ-218/2020)",
                "Специальность " + s.ru() + " не входит в Перечень специальностей, подлежащих сертификации "
                        + "(ҚР ДСМ-218/2020)",
                "Specialty " + s.en() + " is not in the List of specialties subject to certification "
                        + "(ҚР ДСМ-218/2020)");
    }

    static LocalizedText specializationOutsideSpecialty(LocalizedText specialization, LocalizedText specialty) {
        LocalizedText a = quoted(specialization);
        LocalizedText b = quoted(specialty);
        return LocalizedText.of(a.kk() + " мамандандыруы " + b.kk() + " мамандығына жатпайды",
                "Специализация " + a.ru() + " не относится к специальности " + b.ru(),
                "Specialization " + a.en() + " does not belong to specialty " + b.en());
    }

    static LocalizedText professionalDevelopmentShort(LocalizedText specialty, BigDecimal required, BigDecimal found,
                                                      DateWindow window) {
        LocalizedText s = quoted(specialty);
        String from = PersonDates.format(window.from());
        String to = PersonDates.format(window.to());
        return LocalizedText.of(
                s.kk() + " мамандығы бойынша біліктілікті арттыру " + from + " – " + to
                        + " кезеңінде " + found + " кредит, кемінде " + required + " кредит (" + hours(required)
                        + " сағат) талап етіледі",
                "Повышение квалификации по специальности " + s.ru() + " за период " + from + " – "
                        + to + ": " + found + " кредит(ов), требуется не менее " + required + " ("
                        + hours(required) + " ч)",
                "Professional development in " + s.en() + " between " + from + " and " + to + ": "
                        + found + " credits; at least " + required + " credits (" + hours(required) + " h) required");
    }

    static LocalizedText noProfessionalDevelopment(LocalizedText specialty, DateWindow window) {
        LocalizedText s = quoted(specialty);
        String from = PersonDates.format(window.from());
        String to = PersonDates.format(window.to());
        return LocalizedText.of(
                s.kk() + " мамандығы бойынша соңғы 5 жылда (" + from + " – " + to
                        + ") біліктілікті арттыру туралы куәлік жоқ",
                "Нет свидетельства о повышении квалификации по специальности " + s.ru() + " за последние 5 лет ("
                        + from + " – " + to + ")",
                "No professional development in " + s.en() + " within the last 5 years (" + from + " – "
                        + to + ")");
    }

    static LocalizedText assessmentMissing(LocalizedText specialty, boolean failedOnly) {
        LocalizedText s = quoted(specialty);
        if (failedOnly) {
            return LocalizedText.of(s.kk() + " мамандығы бойынша кәсіби даярлықты бағалаудан өтпеген (нәтиже теріс)",
                    "Оценка профессиональной подготовленности по специальности " + s.ru()
                            + " не пройдена (отрицательный результат)",
                    "The assessment of professional preparedness in " + s.en() + " was not passed");
        }
        return LocalizedText.of(s.kk() + " мамандығы бойынша кәсіби даярлықты бағалау нәтижесі жоқ",
                "Отсутствует результат оценки профессиональной подготовленности по специальности " + s.ru(),
                "No result of the assessment of professional preparedness in " + s.en());
    }

    static LocalizedText levelMismatch(LocalizedText specialty) {
        LocalizedText s = quoted(specialty);
        return LocalizedText.of(s.kk() + " мамандығы бойынша сертификат алу үшін тиісті деңгейдегі медициналық білім "
                        + "жоқ",
                "Нет медицинского образования уровня, требуемого для сертификата по специальности " + s.ru(),
                "No medical education of the level the List requires for a certificate in " + s.en());
    }

    static LocalizedText tvetBaseMissing(LocalizedText specialty) {
        LocalizedText s = quoted(specialty);
        return LocalizedText.of(s.kk() + " мамандығы бойынша диплом жоқ, ал басқа мамандық бойынша дипломмен "
                        + "сертификат алу мерзімі өткен (2005/2012 жылғы 1 қаңтарға дейін бітіргендерге ғана)",
                "Нет диплома по специальности " + s.ru() + ", а сертификация по диплому иной специальности "
                        + "допускается только для окончивших до 1 января 2005/2012 года",
                "No diploma in " + s.en() + "; certification on a diploma in another specialty is open only to "
                        + "graduates before 1 January 2005 (2012 for laboratory diagnostics)");
    }

    static LocalizedText retrainingPathClosed(LocalizedText specialty) {
        LocalizedText s = quoted(specialty);
        return LocalizedText.of(s.kk() + " мамандығы бойынша қайта даярлау жолы тек жұмыс істейтін мамандарға "
                        + "қолжетімді; сәйкес интернатура немесе резидентура жоқ",
                "Переподготовка по специальности " + s.ru() + " допускается только для работающих специалистов; "
                        + "соответствующей интернатуры или резидентуры нет",
                "Retraining in " + s.en() + " is open to working specialists only, and there is no matching "
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

    static LocalizedText internshipAbroadNotStated(LocalizedText degree) {
        return LocalizedText.of("Шетелде алынған жоғары медициналық білім (" + degree.kk() + "): интернатура немесе "
                        + "оған балама құжат (резидентура, клиникалық ординатура) көрсетілмеген; клиникалық практикаға "
                        + "жіберудің міндетті шартын (интернатура) көрсетілетін қызметті беруші тексереді",
                "Высшее медицинское образование, полученное за рубежом (" + degree.ru() + "): не указаны интернатура "
                        + "или равноценный документ (резидентура, клиническая ординатура); обязательное условие "
                        + "допуска к клинической практике (интернатуру) проверяет услугодатель",
                "Higher medical education obtained abroad (" + degree.en() + "): no internship or equivalent document "
                        + "(residency, clinical ordinatura) stated; the service provider checks the internship, a "
                        + "mandatory condition for admission to clinical practice");
    }

    static LocalizedText datedAfterApplication(LocalizedText what) {
        return LocalizedText.of("Өтініш күнінен кейінгі күнмен көрсетілген деректер есепке алынбады: " + what.kk()
                        + ". Құжаттардың анықтығын көрсетілетін қызметті беруші тексереді",
                "Данные, датированные позже даты заявления, не учтены: " + what.ru()
                        + ". Достоверность документов проверяет услугодатель",
                "Data dated after the application date were not counted: " + what.en()
                        + ". The service provider checks whether the documents are reliable");
    }

    private static String hours(BigDecimal credits) {
        return credits.multiply(BigDecimal.valueOf(30)).stripTrailingZeros().toPlainString();
    }
}
