package kz.medcert.adapters.persistence.stored;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.certificate.CertificateNumber;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.dossier.Prohibition;
import kz.medcert.domain.evaluation.Flag;
import kz.medcert.domain.evaluation.Ground;
import kz.medcert.domain.evaluation.Outcome;
import kz.medcert.domain.evaluation.Route;
import kz.medcert.domain.reference.CountryCode;
import kz.medcert.domain.reference.QualificationLevel;
import kz.medcert.domain.reference.SpecialtyCode;
import kz.medcert.domain.request.Attachment;
import kz.medcert.domain.request.CertificationRequest;
import kz.medcert.domain.request.ConsentStatus;
import kz.medcert.domain.request.Decision;
import kz.medcert.domain.request.HistoryEntry;
import kz.medcert.domain.request.MediaType;
import kz.medcert.domain.request.RegistryFetch;
import kz.medcert.domain.request.RegistryFetch.FetchStatus;
import kz.medcert.domain.request.RequestState;
import kz.medcert.domain.request.RequestStatus;
import kz.medcert.domain.request.StateRegistry;
import kz.medcert.domain.request.Submission;
import kz.medcert.domain.rules.Rule;
import org.junit.jupiter.api.Test;

/**
 * The golden rows of format 1 (golden/v1, written by the builds of November 2026) still read into the domain, with
 * what they hold: one test per row. A row that no longer reads, or reads differently, is a stored request lost or
 * altered.
 */
class GoldenRowsFormat1Test {
    private static final int FORMAT = 1;
    private static final List<String> ROWS = List.of("awaiting-consent", "awaiting-registries-fetch-failed",
            "awaiting-documents-consent-declined", "accepted-eligible", "accepted-eligible-review-note",
            "accepted-refusal", "refusal-proposed-objected", "refused", "issued-by-officer",
            "issued-by-officer-foreign", "issued-automatically-foreign", "accepted-before-actors-and-regions",
            "issued-before-decisions");

    private static RequestState read(String name) {
        GoldenRows.Row row = GoldenRows.read(FORMAT, name);
        assertThat(row.format()).isEqualTo(FORMAT);
        return RequestStateJson.read(row.state(), row.format(), 0);
    }

    @Test
    void everyGoldenRowOfTheFormat_isReadByATestHere() {
        assertThat(GoldenRows.names(FORMAT)).containsExactlyInAnyOrderElementsOf(ROWS);
    }

    @Test
    void awaitingConsent() {
        RequestState s = read("awaiting-consent");

        assertThat(s.status()).isEqualTo(RequestStatus.AWAITING_CONSENT);
        assertThat(s.applicant().iin().value()).isEqualTo("990203317687");
        assertThat(s.applicant().name().fullName()).isEqualTo("Сейтқали Нұрлан Ерланұлы");
        assertThat(s.applicant().region()).contains(Region.ASTANA);
        assertThat(s.form().category()).isEqualTo(Category.DOMESTIC);
        assertThat(s.form().declaredSpecialty()).isEqualTo(SpecialtyCode.of("THERAPY"));
        assertThat(s.consent().status()).isEqualTo(ConsentStatus.REQUESTED);
        assertThat(s.consent().reference()).contains("OTP-7F3A21");
        assertThat(s.consent().answeredAt()).isEmpty();
        assertThat(s.history()).extracting(HistoryEntry::event).containsExactly("STARTED", "CONSENT_REQUESTED");
        assertThat(s.history()).extracting(HistoryEntry::actor).containsOnly("APPLICANT 9902******87");
        assertThat(s.fetches()).isEmpty();
        assertThat(s.submission()).isEmpty();
        assertThat(s.decision()).isEmpty();
    }

    @Test
    void awaitingRegistries_withAFailedFetchDueForRetry_R21() {
        RequestState s = read("awaiting-registries-fetch-failed");

        assertThat(s.status()).isEqualTo(RequestStatus.AWAITING_REGISTRIES);
        RegistryFetch education = fetch(s, StateRegistry.EDUCATION);
        assertThat(education.status()).isEqualTo(FetchStatus.FAILED);
        assertThat(education.attempts()).isEqualTo(2);
        assertThat(education.failure()).contains("HTTP 503 from the education registry");
        assertThat(education.nextAttemptAt()).contains(Instant.parse("2026-11-20T04:02:46.123456789Z"));
        assertThat(fetch(s, StateRegistry.PROHIBITIONS).status()).isEqualTo(FetchStatus.PENDING);
        assertThat(CertificationRequest.restore(s).registriesDue(Instant.parse("2026-11-20T04:02:00Z")))
                .containsExactly(StateRegistry.PROHIBITIONS);
        assertThat(s.fetched().certificates()).singleElement().satisfies(c -> {
            assertThat(c.indefinite()).isTrue();
            assertThat(c.validUntil()).isEmpty();
            assertThat(c.qualificationLevel()).contains(QualificationLevel.HIGHEST);
        });
        assertThat(s.fetched().nameChangeOnRecord()).contains(true);
        assertThat(s.fetched().prohibition()).isEmpty();
        assertThat(s.form().nameChangedAfterEducation()).isTrue();
        assertThat(s.form().professionalDevelopment()).extracting(pd -> pd.volume().hours())
                .containsExactly(new BigDecimal("60"), new BigDecimal("60"), new BigDecimal("37.5"));
        assertThat(s.history()).last().extracting(HistoryEntry::actor).isEqualTo("SYSTEM registry-retry");
    }

    @Test
    void awaitingDocuments_afterDeclinedConsent_withUploads_R90() {
        RequestState s = read("awaiting-documents-consent-declined");

        assertThat(s.status()).isEqualTo(RequestStatus.AWAITING_DOCUMENTS);
        assertThat(s.consent().status()).isEqualTo(ConsentStatus.DECLINED);
        assertThat(s.fetches()).isEmpty();
        assertThat(s.attachments()).extracting(Attachment::document).containsExactly(DocumentCode.DIPLOMA,
                DocumentCode.CERTIFICATE_COPY, DocumentCode.PROFESSIONAL_DEVELOPMENT);
        assertThat(s.attachments()).extracting(Attachment::mediaType).containsExactly(MediaType.PDF, MediaType.JPEG,
                MediaType.PNG);
        assertThat(s.attachments().get(0).fileName()).isEqualTo("диплом 2004.pdf");
        assertThat(s.attachments().get(1).subject()).contains("PEDIATRICS");
        assertThat(s.attachments().get(1).size()).isEqualTo(48_213);
        assertThat(s.form().certificates()).singleElement().satisfies(c -> {
            assertThat(c.validUntil()).contains(LocalDate.of(2027, 5, 1));
            assertThat(c.inRegistry()).isFalse();
        });
        assertThat(s.form().employment().periods()).singleElement()
                .satisfies(p -> assertThat(p.to()).isEmpty());
        // R90: a declined consent is what the rules refuse on, read from the stored consent
        assertThat(CertificationRequest.restore(s).dossierOn(GoldenRequests.APPLIED, java.util.Optional.empty())
                .consentGiven()).isFalse();
    }

    @Test
    void accepted_withAnEligibleEvaluation_andTheDigestOfWhatWasSigned_R17_R22() {
        RequestState s = read("accepted-eligible");

        assertThat(s.status()).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(s.applicant().region()).contains(Region.ALMATY_CITY);
        Submission submission = s.submission().orElseThrow();
        assertThat(submission.submittedAt()).isEqualTo(Instant.parse("2026-11-20T05:00:00Z"));
        assertThat(submission.registeredOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(submission.decisionDue()).isEqualTo(LocalDate.of(2026, 11, 27));
        // the content the applicant signed is derived from the stored request: it must come out the same
        assertThat(CertificationRequest.restore(s).contentDigest()).isEqualTo(submission.contentDigest());
        assertThat(submission.signature()).isEqualTo("DEMO-EDS:850412413718:" + submission.contentDigest());
        assertThat(submission.evaluation().route().route()).isEqualTo(Route.CONFIRMATION);
        assertThat(submission.evaluation().route().flags()).isEmpty();
        assertThat(submission.evaluation().outcome()).isInstanceOf(Outcome.Eligible.class);
        assertThat(submission.evaluation().outcome().motivation().ru()).isNotBlank();
        assertThat(submission.evaluation().deadline()).hasValueSatisfying(d ->
                assertThat(d.decisionDue()).isEqualTo(LocalDate.of(2026, 11, 27)));
        assertThat(submission.evaluation().checklist()).isNotEmpty()
                .anySatisfy(item -> assertThat(item.minimumCredits()).contains(new BigDecimal("4")));
        assertThat(s.fetches()).extracting(RegistryFetch::status).containsOnly(FetchStatus.FETCHED);
        assertThat(s.decision()).isEmpty();
    }

    @Test
    void accepted_withAReviewNoteForTheOfficer_R68() {
        RequestState s = read("accepted-eligible-review-note");

        var evaluation = s.submission().orElseThrow().evaluation();
        assertThat(evaluation.outcome().isEligible()).isTrue();
        assertThat(evaluation.reviewNotes()).isNotEmpty()
                .anySatisfy(note -> assertThat(note.rules()).contains(Rule.R68));
        assertThat(s.fetched().prohibition()).contains(Prohibition.NO_DATA);
        assertThat(s.fetched().certificates()).singleElement()
                .satisfies(c -> assertThat(c.qualificationLevel()).isEmpty());
    }

    @Test
    void accepted_withARefusal_onAFirstTimeRouteWithTwoFlags_R07_R12() {
        RequestState s = read("accepted-refusal");

        var evaluation = s.submission().orElseThrow().evaluation();
        assertThat(evaluation.route().route()).isEqualTo(Route.FIRST_TIME);
        assertThat(evaluation.route().flags()).containsExactlyInAnyOrder(Flag.LAPSED_OVER_3_YEARS, Flag.LONG_BREAK);
        assertThat(evaluation.route().breakCountedFrom()).contains(LocalDate.of(2021, 5, 31));
        assertThat(evaluation.outcome()).isInstanceOfSatisfying(Outcome.Refusal.class, refusal -> {
            assertThat(refusal.grounds()).containsExactly(Ground.GROUND_2_REQUIREMENTS_NOT_MET);
            assertThat(refusal.failedRules()).containsExactly(Rule.R26, Rule.R30);
            assertThat(refusal.findings()).isNotEmpty();
        });
        assertThat(s.fetched().employment()).singleElement()
                .satisfies(p -> assertThat(p.to()).contains(LocalDate.of(2021, 5, 31)));
        assertThat(s.fetched().postgraduate()).hasSize(2);
    }

    @Test
    void refusalProposed_withTheApplicantsObjection_R91() {
        RequestState s = read("refusal-proposed-objected");

        assertThat(s.status()).isEqualTo(RequestStatus.REFUSAL_PROPOSED);
        assertThat(s.decision()).containsInstanceOf(Decision.RefusalProposed.class);
        Decision.RefusalProposed proposed = (Decision.RefusalProposed) s.decision().orElseThrow();
        assertThat(proposed.reasons().grounds()).containsExactly(Ground.GROUND_4_COURT_PROHIBITION);
        assertThat(proposed.reasons().failedRules()).containsExactly(Rule.R68, Rule.R88);
        assertThat(proposed.hearing().objectionsUntil()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(proposed.hearing().objection()).hasValueSatisfying(o -> {
            assertThat(o.at()).isEqualTo(Instant.parse("2026-11-24T09:12:45.120Z"));
            assertThat(o.text()).startsWith("Решение суда обжаловано");
        });
        assertThat(proposed.hearing().heardBy(LocalDate.of(2026, 11, 24))).isTrue();
        assertThat(s.history()).extracting(HistoryEntry::actor).contains("OFFICER 7 ATYRAU");
    }

    @Test
    void refused_finally_afterAHearingWithoutObjection_R75_R91() {
        RequestState s = read("refused");

        assertThat(s.status()).isEqualTo(RequestStatus.REFUSED);
        assertThat(s.decision()).containsInstanceOf(Decision.Refused.class);
        Decision.Refused refused = (Decision.Refused) s.decision().orElseThrow();
        assertThat(refused.refusedOn()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(refused.reasons().grounds()).containsExactly(Ground.GROUND_5_SPECIAL_RIGHT_DEPRIVED);
        assertThat(refused.reasons().motivation().ru()).hasValueSatisfying(ru -> assertThat(ru)
                .startsWith("Возражений не поступило."));
        assertThat(refused.proposed().reasons().motivation().ru()).hasValueSatisfying(ru -> assertThat(ru)
                .startsWith("Приговор суда"));
        assertThat(refused.proposed().hearing().objection()).isEmpty();
        assertThat(s.history()).last().extracting(HistoryEntry::event).isEqualTo("REFUSED");
    }

    @Test
    void issued_byAnOfficer_forASpecializationWithAQualificationLevel_R05_R15_R75() {
        RequestState s = read("issued-by-officer");

        assertThat(s.status()).isEqualTo(RequestStatus.ISSUED);
        assertThat(s.decision()).contains(new Decision.Issued(new CertificateNumber("MC-2026-00004140-5"),
                LocalDate.of(2026, 11, 23), false));
        assertThat(s.form().declaredSpecialization()).contains(SpecialtyCode.of("INTERVENTIONAL_CARDIOLOGY"));
        assertThat(s.form().target()).isEqualTo(SpecialtyCode.of("INTERVENTIONAL_CARDIOLOGY"));
        assertThat(s.form().requestsQualificationLevel()).isTrue();
        assertThat(s.form().certificationCourses()).singleElement()
                .satisfies(c -> assertThat(c.credits()).isEqualByComparingTo("30"));
        assertThat(s.fetched().certificates()).hasSize(2);
        assertThat(s.fetched().assessments()).singleElement().satisfies(a -> assertThat(a.passed()).isTrue());
        assertThat(s.history()).last().extracting(HistoryEntry::actor).isEqualTo("OFFICER 5 PAVLODAR");
    }

    @Test
    void issued_byAnOfficer_toAForeignSpecialist_withPermitRecognitionAndTranslation_R20_R48_R53() {
        RequestState s = read("issued-by-officer-foreign");

        assertThat(s.form().category()).isEqualTo(Category.FOREIGN);
        assertThat(s.form().citizenship()).contains(CountryCode.of("UZ"));
        assertThat(s.form().labourPermit()).hasValueSatisfying(p -> assertThat(p.number())
                .isEqualTo("ALM-2026-004512"));
        assertThat(s.form().education()).singleElement().satisfies(e -> {
            assertThat(e.obtainedAbroad()).isTrue();
            assertThat(e.recognition()).hasValueSatisfying(r -> {
                assertThat(r.number()).isEqualTo("РК-ПР-2026-00871");
                assertThat(r.orderNumber()).contains("№ 230");
                assertThat(r.registrationNumber()).isEmpty();
            });
        });
        assertThat(s.form().foreignLanguageDocuments()).containsExactly(DocumentCode.EMPLOYMENT_RECORD);
        assertThat(s.attachments()).filteredOn(Attachment::foreignLanguage).singleElement()
                .extracting(Attachment::document).isEqualTo(DocumentCode.EMPLOYMENT_RECORD);
        assertThat(s.attachments()).filteredOn(a -> a.document() == DocumentCode.NOTARIZED_TRANSLATION)
                .singleElement().extracting(Attachment::translates)
                .isEqualTo(java.util.Optional.of(DocumentCode.EMPLOYMENT_RECORD));
        assertThat(s.fetches()).extracting(RegistryFetch::registry).contains(StateRegistry.IDENTITY)
                .doesNotContain(StateRegistry.EMPLOYMENT);
        assertThat(s.fetched().identityOnRecord()).contains(true);
        var evaluation = s.submission().orElseThrow().evaluation();
        assertThat(evaluation.route().route()).isEqualTo(Route.FOREIGN_FIRST_TIME);
        assertThat(evaluation.route().flags()).containsExactly(Flag.EDUCATED_ABROAD);
        assertThat(s.decision()).hasValueSatisfying(d -> assertThat(((Decision.Issued) d).automatic()).isFalse());
    }

    @Test
    void issued_automatically_onAForeignConfirmation_R14_R74() {
        RequestState s = read("issued-automatically-foreign");

        assertThat(s.status()).isEqualTo(RequestStatus.ISSUED);
        assertThat(s.decision()).contains(new Decision.Issued(new CertificateNumber("MC-2026-00004133-8"),
                LocalDate.of(2026, 11, 20), true));
        assertThat(s.submission().orElseThrow().evaluation().route().route()).isEqualTo(Route.FOREIGN_CONFIRMATION);
        assertThat(s.history()).last().satisfies(entry -> {
            assertThat(entry.event()).isEqualTo("CONFIRMED_AUTOMATICALLY");
            assertThat(entry.actor()).isEqualTo(CertificationRequest.AUTOMATIC);
        });
        assertThat(s.applicant().region()).contains(Region.ALMATY_REGION);
    }

    @Test
    void aRowFromBeforeActorsAndRegions_readsWithTheServiceAsActor_noRegion_andNoDecision() {
        RequestState s = read("accepted-before-actors-and-regions");

        assertThat(s.status()).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(s.history()).isNotEmpty().extracting(HistoryEntry::actor).containsOnly(HistoryEntry.SYSTEM);
        assertThat(s.applicant().region()).isEmpty();
        assertThat(s.decision()).isEmpty();
        assertThat(s.submission().orElseThrow().evaluation().outcome().isEligible()).isTrue();
    }

    @Test
    void aRowIssuedBeforeDecisionsExisted_readsAsIssued_withoutADecision() {
        RequestState s = read("issued-before-decisions");

        assertThat(s.status()).isEqualTo(RequestStatus.ISSUED);
        assertThat(s.decision()).isEmpty();
        assertThat(s.history()).last().extracting(HistoryEntry::detail).asString()
                .startsWith("certificate MC-2026-00004127-");
        assertThat(s.applicant().region()).contains(Region.ALMATY_CITY);
    }

    private static RegistryFetch fetch(RequestState s, StateRegistry registry) {
        return s.fetches().stream().filter(f -> f.registry() == registry).findFirst().orElseThrow();
    }
}
