package kz.medcert.adapters.http.verification;

import kz.medcert.domain.certificate.CertificateStatus;
import kz.medcert.domain.reference.LocalizedText;

/** The wording and look of the verification page; English only where a text is never shown (the page is kk/ru). */
public final class VerificationTexts {
    public static final LocalizedText TITLE = LocalizedText.of("Маман сертификатын тексеру",
            "Проверка сертификата специалиста", "Verify a specialist certificate");
    public static final LocalizedText NUMBER = LocalizedText.of("Сертификат нөмірі", "Номер сертификата",
            "Certificate number");
    public static final LocalizedText CHECK = LocalizedText.of("Тексеру", "Проверить", "Verify");
    public static final LocalizedText HOLDER = LocalizedText.of("Сертификат иесі", "Владелец сертификата", "Holder");
    public static final LocalizedText SPECIALTY = LocalizedText.of("Мамандығы", "Специальность", "Specialty");
    public static final LocalizedText LEVEL = LocalizedText.of("Біліктілік санаты", "Квалификационная категория",
            "Qualification level");
    public static final LocalizedText ISSUER = LocalizedText.of("Берген орган", "Выдавший орган", "Issued by");
    public static final LocalizedText ISSUED_ON = LocalizedText.of("Берілген күні", "Дата выдачи", "Issued on");
    public static final LocalizedText VALID_UNTIL = LocalizedText.of("Жарамдылық мерзімі", "Действителен до",
            "Valid until");
    public static final LocalizedText INDEFINITE = LocalizedText.of("Мерзімсіз", "Бессрочный", "Indefinite");
    public static final LocalizedText REVOKED_ON = LocalizedText.of("Кері қайтарып алынған күні", "Дата отзыва",
            "Revoked on");
    public static final LocalizedText GROUND = LocalizedText.of("Негіз", "Основание", "Ground");
    public static final LocalizedText CONFIRMS = LocalizedText.of("Расталған сертификат", "Подтверждённый сертификат",
            "Confirms");
    public static final LocalizedText SUPERSEDED_BY = LocalizedText.of("Орнына берілген сертификат",
            "Заменён сертификатом", "Superseded by");
    public static final LocalizedText SUPERSEDED_ON = LocalizedText.of("Ауыстырылған күні", "Дата замены",
            "Superseded on");
    public static final LocalizedText CHECKED_ON = LocalizedText.of("Тексерілген күні", "Дата проверки", "Checked on");
    public static final LocalizedText INVALID_NUMBER = LocalizedText.of("Нөмір қате", "Номер указан неверно",
            "Invalid number");
    public static final LocalizedText MISTYPED = LocalizedText.of(
            "бақылау цифры сәйкес келмейді, нөмір қате терілген болуы мүмкін",
            "контрольная цифра не совпадает, вероятно, номер введён с ошибкой",
            "the check digit does not match: the number was probably mistyped");
    public static final LocalizedText NOT_A_NUMBER = LocalizedText.of("сертификат нөмірі MC-2026-00000123-4 түрінде болады",
            "номер сертификата имеет вид MC-2026-00000123-4", "a certificate number looks like MC-2026-00000123-4");
    public static final LocalizedText NOT_FOUND = LocalizedText.of("Мұндай нөмірлі сертификат тізілімде жоқ.",
            "Сертификат с таким номером в реестре не найден.", "No certificate with this number is registered.");
    public static final LocalizedText PRIVACY = LocalizedText.of(
            "Бет дербес деректерді көрсетпейді: иесінің тегі мен аты-жөнінің бас әріптері ғана.",
            "Страница не показывает персональные данные: только фамилию и инициалы владельца.",
            "The page shows no personal data: only the holder's surname and initials.");

    public static final String STYLE = "body{font-family:system-ui,'DejaVu Sans',sans-serif;margin:0;background:#f5f6f8;"
            + "color:#1a1a1a}main{max-width:44rem;margin:0 auto;padding:1.5rem}h1{font-size:1.4rem;"
            + "color:#1b3f6b}form{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin:1rem 0}"
            + "input{font:inherit;padding:.4rem;min-width:16rem}button{font:inherit;padding:.4rem 1rem}"
            + ".result{background:#fff;border:1px solid #d0d4da;border-radius:6px;padding:1rem}"
            + ".badge{display:inline-block;font-weight:700;font-size:1.2rem;padding:.4rem .9rem;border-radius:4px;"
            + "color:#fff;margin:0}.badge-valid{background:#1e7b34}"
            + ".badge-expired{background:#8a6d00}.badge-revoked{background:#b3261e}"
            + ".badge-superseded{background:#4a5563}.badge-not_yet_valid{background:#1b5f8a}dl{display:grid;"
            + "grid-template-columns:max-content 1fr;gap:.4rem 1rem}dt{color:#555}dd{margin:0}"
            + ".alert{color:#b3261e;font-weight:600}.note{color:#666;font-size:.85rem}";

    private VerificationTexts() {
    }

    public static LocalizedText status(CertificateStatus status) {
        return switch (status) {
            case VALID -> LocalizedText.of("Жарамды", "Действителен", "Valid");
            case EXPIRED -> LocalizedText.of("Мерзімі өткен", "Срок действия истёк", "Expired");
            case REVOKED -> LocalizedText.of("Кері қайтарып алынған", "Отозван", "Revoked");
            case SUPERSEDED -> LocalizedText.of("Жаңа сертификатпен ауыстырылған", "Заменён новым сертификатом",
                    "Superseded by a newer certificate");
            case NOT_YET_VALID -> LocalizedText.of("Әлі күшіне енбеген", "Ещё не вступил в силу", "Not yet valid");
        };
    }

    public static LocalizedText tooMany(long seconds) {
        return LocalizedText.of("Сұраулар тым көп. " + seconds + " секундтан кейін қайталаңыз.",
                "Слишком много запросов. Повторите через " + seconds + " с.",
                "Too many requests. Retry in " + seconds + " s.");
    }
}
