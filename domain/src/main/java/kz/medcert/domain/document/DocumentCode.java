package kz.medcert.domain.document;

import kz.medcert.domain.reference.LocalizedText;

/** Documents and data items of the checklist (rules.md section (k)); stable API and database codes. */
public enum DocumentCode {
    APPLICATION("Өтініш (ЭЦҚ қойылған)", "Заявление (подписанное ЭЦП)", "Application signed with EDS"),
    INFORMATION_FORM("Ақпараттық нысан", "Информационная форма", "Information form"),
    IDENTITY_DOCUMENT("Жеке басын куәландыратын құжат", "Документ, удостоверяющий личность", "Identity document"),
    DIPLOMA("Білімі туралы диплом", "Диплом об образовании", "Diploma"),
    INTERNSHIP("Интернатураны аяқтағаны туралы құжат", "Документ о завершении интернатуры",
            "Completion of internship"),
    RESIDENCY("Резидентураны (клиникалық ординатураны) аяқтағаны туралы құжат",
            "Документ о завершении резидентуры (клинической ординатуры)",
            "Completion of residency (clinical ordinatura)"),
    DOCTOR_QUALIFICATION("«Дәрігер» біліктілігін растайтын құжат", "Документ о квалификации «Врач»",
            "\"Doctor\" qualification document"),
    RETRAINING("Қайта даярлау туралы куәлік", "Свидетельство о переподготовке", "Retraining certificate"),
    RECOGNITION("Білімді тану (нострификациялау) туралы құжат", "Документ о признании (нострификации) образования",
            "Recognition (nostrification) of education"),
    PROFESSIONAL_DEVELOPMENT("Біліктілікті арттыру туралы куәлік", "Свидетельство о повышении квалификации",
            "Professional development certificates"),
    CERTIFICATION_COURSE("Сертификаттау курсы туралы куәлік", "Свидетельство о сертификационном курсе",
            "Certification course certificate"),
    ASSESSMENT_RESULT("Кәсіби даярлығын бағалау нәтижесі", "Результат оценки профессиональной подготовленности",
            "Result of the assessment of professional preparedness"),
    EMPLOYMENT_RECORD("Еңбек қызметін растайтын құжат", "Документ, подтверждающий трудовую деятельность",
            "Document confirming labour activity"),
    CERTIFICATE_COPY("Маман сертификатының көшірмесі", "Копия сертификата специалиста",
            "Copy of the specialist certificate"),
    LABOUR_PERMIT("Шетелдік жұмыс күшін тартуға рұқсат", "Разрешение на привлечение иностранной рабочей силы",
            "Permit to attract foreign labour"),
    NAME_CHANGE("Тегін, атын, әкесінің атын өзгерту туралы құжат", "Документ о перемене фамилии, имени, отчества",
            "Change of name document"),
    NOTARIZED_TRANSLATION("Нотариат куәландырған аударма", "Нотариально засвидетельствованный перевод",
            "Notarized translation"),
    PROHIBITION_CHECK("Медициналық қызметке тыйым салу туралы мәліметтер",
            "Сведения о запрете медицинской деятельности", "Prohibition data");

    private final LocalizedText name;

    DocumentCode(String kk, String ru, String en) {
        this.name = LocalizedText.of(kk, ru, en);
    }

    public LocalizedText localizedName() {
        return name;
    }
}
