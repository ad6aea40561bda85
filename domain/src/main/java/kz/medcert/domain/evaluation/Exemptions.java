package kz.medcert.domain.evaluation;

import java.util.List;
import java.util.Optional;
import kz.medcert.domain.reference.LocalizedText;

/**
 * Why a document is not required, in kk/ru/en: the reasons of {@link NotRequiredItem}. The English texts are the
 * ones the evaluation has always given ({@link NotRequiredItem#reason()}); {@link #byEnglish} finds a reason by them.
 */
final class Exemptions {
    static final LocalizedText NO_DIPLOMA_ON_CONFIRMATION = LocalizedText.of(
            "растауға арналған құжаттар тізбесінде диплом жоқ",
            "в перечне документов для подтверждения нет диплома",
            "the confirmation list has no diploma");
    static final LocalizedText EDUCATION_ABROAD = LocalizedText.of(
            "білім шетелде алынған: тану туралы құжатпен бірге ұсынылады",
            "образование получено за рубежом: представляется вместе с документом о его признании",
            "education obtained abroad: submitted with its recognition");
    static final LocalizedText NO_EDUCATION_ABROAD = LocalizedText.of(
            "шетелде алынған медициналық білім жоқ",
            "нет медицинского образования, полученного за рубежом",
            "no medical education obtained abroad");
    static final LocalizedText NOT_ON_FOREIGN_CONFIRMATION_LIST = LocalizedText.of(
            "шетелдік маманның сертификатын растауға арналған құжаттар тізбесінде жоқ",
            "не входит в перечень документов для подтверждения сертификата иностранного специалиста",
            "not on the foreign confirmation list");
    static final LocalizedText DOCUMENTS_IN_STATE_LANGUAGES = LocalizedText.of(
            "барлық құжаттар қазақ немесе орыс тілінде",
            "все документы на казахском или русском языке",
            "all documents are in Kazakh or Russian");
    static final LocalizedText IDENTIFIED_THROUGH_EGOV = LocalizedText.of(
            "жеке басы «электрондық үкімет» порталы арқылы анықталды",
            "личность установлена через портал «электронного правительства»",
            "identified through e-gov");
    static final LocalizedText DOMESTIC_APPLICANT = LocalizedText.of(
            "Қазақстан Республикасының маманы",
            "специалист Республики Казахстан",
            "domestic applicant");
    static final LocalizedText PERMANENT_RESIDENT = LocalizedText.of(
            "Қазақстанда тұрақты тұрады",
            "постоянно проживает в Казахстане",
            "permanent resident of Kazakhstan");
    static final LocalizedText EAEU_CITIZEN = LocalizedText.of(
            "ЕАЭО-ға мүше мемлекеттің азаматы",
            "гражданин государства — члена ЕАЭС",
            "EAEU citizen");
    static final LocalizedText NO_NAME_CHANGE = LocalizedText.of(
            "білім туралы құжаттар алынғаннан кейін тегі, аты, әкесінің аты өзгермеген",
            "фамилия, имя, отчество не менялись после получения документов об образовании",
            "no change of name after the education documents");
    static final LocalizedText NO_CERTIFICATE_TO_CONFIRM = LocalizedText.of(
            "расталатын сертификат жоқ",
            "нет сертификата для подтверждения",
            "no certificate to confirm");
    static final LocalizedText NO_CERTIFICATION_COURSE = LocalizedText.of(
            "мәлімделген мамандық бойынша сертификаттау курсы жоқ",
            "нет сертификационного курса по заявленной специальности",
            "no certification course in the declared specialty");
    static final LocalizedText NO_RETRAINING_IN_APPENDIX_6 = LocalizedText.of(
            "6-қосымшада қайта даярлау көзделмеген",
            "приложение 6 не предусматривает переподготовку",
            "A6 lists no retraining");
    static final LocalizedText RETRAINING_NOT_REQUIRED = LocalizedText.of(
            "бұл жағдайда қайта даярлау талап етілмейді",
            "переподготовка в этом случае не требуется",
            "no rule requires retraining here");
    static final LocalizedText NO_ACTIVITY_IN_SPECIALTY = LocalizedText.of(
            "мәлімделген мамандық бойынша еңбек қызметі жоқ",
            "нет трудовой деятельности по заявленной специальности",
            "no labour activity in the declared specialty");
    static final LocalizedText FIRST_JOB = LocalizedText.of(
            "оқуды бітіргеннен кейінгі алғашқы жұмыс орны",
            "первое место работы после окончания обучения",
            "first job after graduation");
    static final LocalizedText NOT_A_PHYSICIAN_SPECIALTY = LocalizedText.of(
            "дәрігерлік мамандық емес",
            "специальность не врачебная",
            "not a physician's specialty");
    static final LocalizedText NO_BINDING_DEGREE = LocalizedText.of(
            "интернатураны міндетті ететін білім жоқ",
            "нет образования, при котором интернатура обязательна",
            "no degree that makes internship mandatory");
    static final LocalizedText NOT_CLINICAL_OR_EARLY_DEGREE = LocalizedText.of(
            "мамандық клиникалық емес немесе алғашқы жоғары білім 2014 жылға дейін алынған",
            "специальность не клиническая, либо первое высшее образование получено до 2014 года",
            "not a clinical specialty, or first degree before 2014");
    static final LocalizedText SPECIALTY_HAS_INTERNSHIP_OR_RESIDENCY = LocalizedText.of(
            "мамандық интернатураны немесе резидентураны көздейді",
            "специальность предусматривает интернатуру или резидентуру",
            "the specialty provides for internship or residency");
    static final LocalizedText CONFIRMATION_WITHOUT_LONG_BREAK = LocalizedText.of(
            "3 жылдан асатын үзіліссіз растау",
            "подтверждение без перерыва более 3 лет",
            "confirmation without a break of more than 3 years");
    static final LocalizedText NEW_SPECIALTY = LocalizedText.of(
            "жаңа мамандық немесе мамандандыру",
            "новая специальность или специализация",
            "new specialty or specialization");
    static final LocalizedText RECENT_GRADUATE = LocalizedText.of(
            "оқуды бітіргенге 3 жылдан аспаған",
            "обучение окончено не более 3 лет назад",
            "graduated at most 3 years ago");
    static final LocalizedText NO_LONG_BREAK = LocalizedText.of(
            "жұмыста 3 жылдан асатын үзіліс жоқ",
            "нет перерыва в работе более 3 лет",
            "no break in work of more than 3 years");
    static final LocalizedText CLINICAL_ACTIVITY_SINCE_2005 = LocalizedText.of(
            "мамандық бойынша 2005 жылға дейін басталған клиникалық қызмет",
            "клиническая деятельность по специальности, начатая до 2005 года",
            "clinical activity in the specialty since before 2005");
    static final LocalizedText MEDICAL_ACTIVITY_SINCE_2005 = LocalizedText.of(
            "2005 жылға дейін басталған үздіксіз медициналық қызмет",
            "непрерывная медицинская деятельность, начатая до 2005 года",
            "continuous medical activity since before 2005");


    /** A gap review the officer still has to make, after the exemption's own reason. */
    static final LocalizedText SUBJECT_TO_GAP_REVIEW = LocalizedText.of(
            ", үзілістерді көрсетілетін қызметті беруші тексереді",
            ", при условии проверки перерывов услугодателем",
            ", subject to the officer's review of the gaps");

    private static final List<LocalizedText> ALL = List.of(NO_DIPLOMA_ON_CONFIRMATION, EDUCATION_ABROAD,
            NO_EDUCATION_ABROAD, NOT_ON_FOREIGN_CONFIRMATION_LIST, DOCUMENTS_IN_STATE_LANGUAGES,
            IDENTIFIED_THROUGH_EGOV, DOMESTIC_APPLICANT, PERMANENT_RESIDENT, EAEU_CITIZEN, NO_NAME_CHANGE,
            NO_CERTIFICATE_TO_CONFIRM, NO_CERTIFICATION_COURSE, NO_RETRAINING_IN_APPENDIX_6, RETRAINING_NOT_REQUIRED,
            NO_ACTIVITY_IN_SPECIALTY, FIRST_JOB, NOT_A_PHYSICIAN_SPECIALTY, NO_BINDING_DEGREE,
            NOT_CLINICAL_OR_EARLY_DEGREE, SPECIALTY_HAS_INTERNSHIP_OR_RESIDENCY, CONFIRMATION_WITHOUT_LONG_BREAK,
            NEW_SPECIALTY, RECENT_GRADUATE, NO_LONG_BREAK, CLINICAL_ACTIVITY_SINCE_2005, MEDICAL_ACTIVITY_SINCE_2005);

    private Exemptions() {
    }

    /** Every reason, without the gap review's text (which only ever follows one of them). */
    static List<LocalizedText> all() {
        return ALL;
    }

    /**
     * The reason whose English text is {@code english}, with the gap review after it where the text has it; empty
     * for a text the rules no longer give.
     */
    static Optional<LocalizedText> byEnglish(String english) {
        String en = english.strip();
        boolean review = en.endsWith(SUBJECT_TO_GAP_REVIEW.en());
        String reason = review ? en.substring(0, en.length() - SUBJECT_TO_GAP_REVIEW.en().length()) : en;
        return ALL.stream().filter(text -> text.en().equals(reason)).findFirst()
                .map(text -> review ? LocalizedText.join("", text, SUBJECT_TO_GAP_REVIEW) : text);
    }
}
