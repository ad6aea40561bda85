package kz.medcert.adapters.http;

import static kz.medcert.application.testing.CertificateFixtures.GIVEN_NAME;
import static kz.medcert.application.testing.CertificateFixtures.HOLDER_IIN;
import static kz.medcert.application.testing.CertificateFixtures.HOLDER_INITIALS;
import static kz.medcert.application.testing.CertificateFixtures.PATRONYMIC;
import static kz.medcert.application.testing.CertificateFixtures.REVOCATION_REASON;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.medcert.adapters.http.verification.VerificationPage;
import kz.medcert.application.port.in.verification.PublicCertificateView;
import kz.medcert.application.testing.CertificateFixtures;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.certificate.CertificateStatus;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.evaluation.Ground;
import kz.medcert.domain.reference.LocalizedText;
import kz.medcert.domain.reference.SpecialtyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The public verification page {@code /verify}: Kazakh and Russian, a status badge, escaped text, no token. */
class VerificationPageTest {
    private final VerificationApi api = VerificationApi.start();

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void theFormIsUtf8Html_inKazakhAndRussian() {
        HttpResponse<String> page = api.get("/verify");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type.toLowerCase()).startsWith("text/html").contains("charset=utf-8"));
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("default-src 'none'"));
        assertThat(page.body()).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">")
                .contains("<html lang=\"kk\">").contains("<form method=\"get\" action=\"/verify\">")
                .contains("Маман сертификатын тексеру").contains("Проверка сертификата специалиста")
                .doesNotContain("class=\"badge");
    }

    @Test
    void aValidCertificate_showsAValidBadge_andKazakhLetters() {
        api.register.add(CertificateFixtures.valid());

        HttpResponse<String> page = api.get("/verify/" + CertificateFixtures.valid().number());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-status=\"VALID\"").contains("Жарамды").contains("Действителен")
                .contains(HOLDER_INITIALS).contains("Жаңабаева").contains("Педиатрия")
                .contains("Бірінші санат").contains("Первая категория")
                .contains("Алматы қаласы бойынша").contains("10.05.2024").contains("10.05.2029")
                .contains("value=\"" + CertificateFixtures.valid().number() + "\"");
    }

    @Test
    void anExpiredCertificate_showsAnExpiredBadge() {
        api.register.add(CertificateFixtures.expired());

        String page = api.get("/verify/" + CertificateFixtures.expired().number()).body();

        assertThat(page).contains("data-status=\"EXPIRED\"").contains("Мерзімі өткен").contains("Срок действия истёк")
                .doesNotContain("data-status=\"VALID\"");
    }

    @Test
    void aRevokedCertificate_showsARevokedBadge_withTheDay_andTheGroundAsTheOrderWordsIt_R88() {
        api.register.add(CertificateFixtures.revoked());

        String page = api.get("/verify/" + CertificateFixtures.revoked().number()).body();

        assertThat(page).contains("data-status=\"REVOKED\"").contains("Кері қайтарып алынған").contains("Отозван")
                .contains("02.06.2025")
                .contains(VerificationPage.escape(Ground.GROUND_4_COURT_PROHIBITION.description().kk()))
                .contains(VerificationPage.escape(Ground.GROUND_4_COURT_PROHIBITION.description().ru()))
                .doesNotContain("GROUND_4_COURT_PROHIBITION", "<small>REVOKED</small>");
    }

    @Test
    void theFormsQueryParameter_answersLikeThePath() {
        api.register.add(CertificateFixtures.valid());

        HttpResponse<String> page = api.get("/verify?number=" + CertificateFixtures.valid().number());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-status=\"VALID\"");
    }

    @Test
    void anUnknownNumber_isA404Page() {
        HttpResponse<String> page = api.get("/verify/" + CertificateFixtures.number(2024, 2));

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("тізілімде жоқ").contains("в реестре не найден").contains("role=\"alert\"");
    }

    @Test
    void aMistypedNumber_isA400PageSayingSo_andNotFoundIsNotClaimed() {
        api.register.add(CertificateFixtures.valid());
        String mistyped = PublicVerificationApiTest.mistyped(CertificateFixtures.valid());

        HttpResponse<String> page = api.get("/verify/" + mistyped);

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("бақылау цифры сәйкес келмейді").contains("контрольная цифра не совпадает")
                .doesNotContain("не найден");
    }

    @Test
    void textThatIsNoNumber_isA400PageShowingTheFormat() {
        HttpResponse<String> page = api.get("/verify?number=12345");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("номер сертификата имеет вид MC-2026-00000123-4");
    }

    @Test
    void aTypedScriptIsEscaped_inTheQueryAndInThePath() {
        HttpResponse<String> query = api.get("/verify?number=%3Cscript%3Ealert(%27x%27)%3C/script%3E%22%3E");
        HttpResponse<String> path = api.get("/verify/%3Cscript%3Ealert(1)%3C%2Fscript%3E");

        assertThat(query.statusCode()).isEqualTo(400);
        assertThat(query.body()).doesNotContain("<script")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&gt;");
        assertThat(path.body()).doesNotContain("<script");
    }

    @Test
    void aReplacedCertificate_showsASupersededBadge_andLinksToTheCertificateThatReplacedIt_R14_R75() {
        IssuedCertificate earlier = CertificateFixtures.valid();
        IssuedCertificate later = IssuedCertificate.issue(CertificateFixtures.number(2026, 4), HOLDER_IIN,
                CertificateFixtures.HOLDER, earlier.specialty(), earlier.qualificationLevel(), earlier.department(),
                LocalDate.of(2026, 11, 20), Optional.of(earlier.number()));
        api.register.add(earlier);
        api.register.add(later);

        String page = api.get("/verify/" + earlier.number()).body();

        assertThat(page).contains("data-status=\"SUPERSEDED\"").contains("Жаңа сертификатпен ауыстырылған")
                .contains("Заменён новым сертификатом").contains("Орнына берілген сертификат")
                .contains("Заменён сертификатом")
                .contains("<a href=\"/verify/" + later.number() + "\">" + later.number() + "</a>")
                .contains("20.11.2026");
        assertThat(api.get("/verify/" + later.number()).body()).contains("data-status=\"VALID\"")
                .doesNotContain("Заменён сертификатом");
    }

    @Test
    void aCertificateDatedTomorrow_showsNotYetValid_inKazakhAndRussian_R78() {
        IssuedCertificate tomorrow = CertificateFixtures.issued(CertificateFixtures.number(2026, 5),
                LocalDate.of(2026, 11, 23));
        api.register.add(tomorrow);

        String page = api.get("/verify/" + tomorrow.number()).body();

        assertThat(page).contains("data-status=\"NOT_YET_VALID\"").contains("Әлі күшіне енбеген")
                .contains("Ещё не вступил в силу").contains("23.11.2026");
    }

    @Test
    void aNameWithMarkup_isEscaped() {
        PublicCertificateView view = new PublicCertificateView(CertificateFixtures.valid().number(),
                CertificateStatus.VALID, LocalDate.of(2026, 11, 20), "<script>alert('x')</script> O'Neill A.",
                SpecialtyCode.of("PEDIATRICS"), LocalizedText.of("<b>kk</b>", "<i>ru</i>", "en"), Optional.empty(),
                Department.of(Region.ALMATY_CITY), LocalDate.of(2024, 5, 10), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

        String page = VerificationPage.found(view);

        assertThat(page).doesNotContain("<script").doesNotContain("<b>").doesNotContain("<i>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; O&#39;Neill A.")
                .contains("&lt;b&gt;kk&lt;/b&gt;").contains("Мерзімсіз");
    }

    @Test
    void noPageContainsTheHoldersIinGivenNamePatronymicOrTheRevocationText() {
        List<IssuedCertificate> all = List.of(CertificateFixtures.valid(), CertificateFixtures.expired(),
                CertificateFixtures.revoked());
        all.forEach(api.register::add);

        for (IssuedCertificate certificate : all) {
            String page = api.get("/verify/" + certificate.number()).body();

            assertThat(page).as(certificate.number().value()).contains(HOLDER_INITIALS)
                    .doesNotContain(HOLDER_IIN.value()).doesNotContain(GIVEN_NAME).doesNotContain(PATRONYMIC)
                    .doesNotContain(REVOCATION_REASON).doesNotContain("OFFICER 17");
        }
    }
}
