package kz.medcert.application.service;

import static kz.medcert.application.testing.RequestFixtures.FRIDAY_MORNING;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import kz.medcert.application.port.in.decisions.DecideRequestUseCase.RefusalCommand;
import kz.medcert.application.port.out.Notification;
import kz.medcert.application.service.certificates.RevokeCertificateService;
import kz.medcert.application.service.decisions.DecideRequestService;
import kz.medcert.application.testing.RequestFixtures;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.dossier.ProfessionalDevelopment;
import kz.medcert.domain.dossier.StudyVolume;
import kz.medcert.domain.evaluation.Ground;
import kz.medcert.domain.reference.Language;
import kz.medcert.domain.request.Decision;
import kz.medcert.domain.request.Motivation;
import kz.medcert.domain.request.RequestId;
import org.junit.jupiter.api.Test;

/**
 * Notifications are written in the applicant's language, the one their latest request was started in, Russian when it
 * names none; a refusal's notice carries its motivation in that language (R80, R91), with grounds named, never coded.
 */
class NotificationLanguageTest {
    private static final Actor.Officer KARAGANDA_OFFICER = new Actor.Officer("OFF-9", Department.of(Region.KARAGANDA));
    private static final String RUSSIAN = "Повышение квалификации ниже требуемых 4 кредитов (R32).";

    private final TestServices services = new TestServices(FRIDAY_MORNING);

    private DecideRequestService decide() {
        return new DecideRequestService(services.repository, services.repository, services.repository,
                services.register, services.views, services.rules, DecisionSettings.DEFAULTS, services.clock);
    }

    /** The Karaganda pediatrician, without the PD the rules need (R32): accepted, refused on ground 2. */
    private RequestId submitted(Language chosen) {
        RequestFixtures.pediatricianHoldings(services.registries, LocalDate.of(2027, 3, 1));
        RequestId id = chosen == null
                ? services.consented(RequestFixtures.pediatrician(), RequestFixtures.pediatricianForm())
                : services.consentedIn(chosen, RequestFixtures.pediatrician(), RequestFixtures.pediatricianForm());
        services.attachEveryMissingUpload(id);
        TestServices.accepted(services.submitSigned(id));
        return id;
    }

    @Test
    void anApplicantWhoChoseNoLanguage_isWrittenToInRussian() {
        RequestId id = submitted(null);

        assertThat(services.notifications.stored()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(Notification.Kind.REQUEST_ACCEPTED);
            assertThat(n.language()).isEqualTo(Language.RU);
            assertThat(n.detail()).isEqualTo("Ваша заявка по специальности «Педиатрия», поданная 20.11.2026, принята; "
                    + "решение будет принято не позднее 27.11.2026. Идентификатор заявки: " + id + ".");
        });
    }

    /**
     * A person does not know their request's UUID: the subject (and so the SMS) names the request by its specialty in
     * their language and the day they submitted it; the body ends with the UUID as the reference to quote (R22, R80).
     */
    @Test
    void theAcceptanceNamesTheRequestBySpecialtyAndDay_inEachLanguage_andTheUuidOnlyAtTheEndOfTheBody_R22_R80() {
        java.util.Map<Language, String> subjects = java.util.Map.of(
                Language.KK, "MedCert: «Педиатрия» мамандығы бойынша 20.11.2026 берілген өтініш қабылданды",
                Language.RU, "MedCert: заявка по специальности «Педиатрия» от 20.11.2026 принята",
                Language.EN, "MedCert: request for Pediatrics of 20.11.2026 is accepted");
        for (Language language : Language.values()) {
            TestServices fresh = new TestServices(FRIDAY_MORNING);
            RequestFixtures.pediatricianHoldings(fresh.registries, LocalDate.of(2027, 3, 1));
            RequestId id = fresh.consentedIn(language, RequestFixtures.pediatrician(),
                    RequestFixtures.pediatricianForm());
            fresh.attachEveryMissingUpload(id);
            TestServices.accepted(fresh.submitSigned(id));

            assertThat(fresh.notifications.stored()).singleElement().satisfies(n -> {
                assertThat(n.kind()).isEqualTo(Notification.Kind.REQUEST_ACCEPTED);
                assertThat(n.subjectLine()).as(language.name()).isEqualTo(subjects.get(language))
                        .doesNotContain(id.toString());
                assertThat(n.smsText()).contains(subjects.get(language).substring("MedCert: ".length()))
                        .doesNotContain(id.toString());
                assertThat(n.detail()).contains("20.11.2026", "27.11.2026").endsWith(id + ".")
                        .doesNotContain("PEDIATRICS");
            });
        }
    }

    @Test
    void anApplicantWhoChoseKazakh_readsTheRefusalInKazakh_withTheGeneratedKazakhMotivation_R91() {
        RequestId id = submitted(Language.KK);

        decide().proposeRefusal(KARAGANDA_OFFICER, id, new RefusalCommand(List.of(Ground.GROUND_2_REQUIREMENTS_NOT_MET),
                Motivation.of(null, RUSSIAN, null)));

        Decision.RefusalProposed proposed = (Decision.RefusalProposed) services.view(id).state().decision()
                .orElseThrow();
        String kazakh = proposed.reasons().motivation().kk().orElseThrow();
        assertThat(proposed.reasons().generated()).containsExactly(Language.KK);
        assertThat(proposed.reasons().motivation().ru()).contains(RUSSIAN);
        assertThat(services.notifications.stored()).extracting(Notification::language).containsOnly(Language.KK);
        assertThat(services.notifications.stored()).last().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(Notification.Kind.REFUSAL_PROPOSED);
            assertThat(n.subjectLine()).isEqualTo("MedCert: «Педиатрия» мамандығы бойынша 20.11.2026 берілген "
                    + "өтініш: бас тарту ұсынылды, қарсылық 24.11.2026 дейін");
            assertThat(n.detail()).startsWith("Сіздің 20.11.2026 берген «Педиатрия» мамандығы бойынша өтінішіңізге "
                    + "2 (Талаптарға сәйкес келмеу) негіздері бойынша бас тарту ұсынылды.")
                    .contains(kazakh, "24.11.2026 күнінің соңына дейін").endsWith("Өтініш сәйкестендіргіші: " + id + ".")
                    .doesNotContain("GROUND_", "PEDIATRICS", RUSSIAN);
        });
    }

    @Test
    void theRevocationNotice_isInTheHoldersLanguage_andStatesTheGroundAsTheOrderWordsIt_R88() {
        RequestFixtures.pediatricianHoldings(services.registries, LocalDate.of(2027, 3, 1));
        RequestId id = services.consentedIn(Language.KK, RequestFixtures.pediatrician(),
                RequestFixtures.pediatricianForm().toBuilder().professionalDevelopment(new ProfessionalDevelopment(
                        RequestFixtures.PEDIATRICS, StudyVolume.ofCredits(4), LocalDate.of(2025, 2, 10))).build());
        services.attachEveryMissingUpload(id);
        TestServices.accepted(services.submitSigned(id));
        Decision.Issued issued = (Decision.Issued) services.view(id).state().decision().orElseThrow();

        new RevokeCertificateService(services.register, services.repository, services.clock)
                .revoke(KARAGANDA_OFFICER, issued.number(), Ground.GROUND_4_COURT_PROHIBITION,
                "Қарағанды қалалық сотының 2026 жылғы 18 қарашадағы үкімі");

        assertThat(services.notifications.stored()).last().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(Notification.Kind.CERTIFICATE_REVOKED);
            assertThat(n.language()).isEqualTo(Language.KK);
            assertThat(n.detail()).startsWith(issued.number().value() + " сертификаты 20.11.2026 кері қайтарылды: ")
                    .contains(Ground.GROUND_4_COURT_PROHIBITION.description().kk()).doesNotContain("GROUND_");
        });
    }
}
