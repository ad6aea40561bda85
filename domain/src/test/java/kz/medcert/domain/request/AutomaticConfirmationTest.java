package kz.medcert.domain.request;

import static kz.medcert.domain.request.RequestFixtures.PEDIATRICS;
import static kz.medcert.domain.request.RequestFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.dossier.EmploymentPeriod;
import kz.medcert.domain.dossier.HeldCertificate;
import kz.medcert.domain.dossier.PostgraduateTraining;
import kz.medcert.domain.dossier.PostgraduateType;
import kz.medcert.domain.dossier.Prohibition;
import kz.medcert.domain.dossier.ProfessionalDevelopment;
import kz.medcert.domain.dossier.StudyVolume;
import kz.medcert.domain.evaluation.CertificationRules;
import kz.medcert.domain.evaluation.Evaluation;
import kz.medcert.domain.evaluation.Route;
import kz.medcert.domain.reference.QualificationLevel;
import org.junit.jupiter.api.Test;

/** R14, R74: when the service confirms a certificate itself, and why it otherwise leaves it to an officer. */
class AutomaticConfirmationTest {
    private static final HeldCertificate REGISTERED = HeldCertificate.valid(PEDIATRICS, LocalDate.of(2022, 3, 1),
            LocalDate.of(2027, 3, 1), true);
    private static final UnaryOperator<FetchedFacts> REGISTRIES = f -> f
            .withCertificates(List.of(REGISTERED))
            .withEmployment(List.of(EmploymentPeriod.current(PEDIATRICS, LocalDate.of(2015, 9, 1), true)))
            .withProhibition(Prohibition.NONE);

    @Test
    void confirmationRoute_registryMatch_eligible_isConfirmed_R14() {
        RequestState s = accepted(form().build(), REGISTRIES);
        Evaluation evaluation = evaluation(s);
        assertThat(evaluation.route().route()).isEqualTo(Route.CONFIRMATION);
        assertThat(evaluation.outcome().isEligible()).as(evaluation.outcome().toString()).isTrue();

        assertThat(AutomaticConfirmation.assess(s, evaluation))
                .isEqualTo(new AutomaticConfirmation.Verdict.Confirm(REGISTERED));
    }

    @Test
    void declaredValidityDiffersFromTheRegistry_goesToTheOfficer_R14() {
        HeldCertificate declared = HeldCertificate.valid(PEDIATRICS, LocalDate.of(2022, 3, 1),
                LocalDate.of(2028, 3, 1), false);
        RequestState s = accepted(form().certificate(declared).build(), REGISTRIES);

        assertThat(AutomaticConfirmation.assess(s, evaluation(s)))
                .isInstanceOfSatisfying(AutomaticConfirmation.Verdict.ToOfficer.class,
                        v -> assertThat(v.reason()).contains("differs from the registry", "validity and specialty"));
    }

    @Test
    void noRegistryRecord_goesToTheOfficer_whoChecksTheCopy_R14_R34() {
        HeldCertificate declared = HeldCertificate.valid(PEDIATRICS, LocalDate.of(2022, 3, 1),
                LocalDate.of(2027, 3, 1), false);
        UnaryOperator<FetchedFacts> noCertificate = f -> REGISTRIES.apply(f).withCertificates(List.of());
        RequestState s = accepted(form().certificate(declared).build(), noCertificate);

        assertThat(AutomaticConfirmation.assess(s, evaluation(s)))
                .isInstanceOfSatisfying(AutomaticConfirmation.Verdict.ToOfficer.class,
                        v -> assertThat(v.reason()).contains("holds no certificate in PEDIATRICS"));
    }

    @Test
    void firstTimeRoute_orRefusal_orReviewNotes_goToTheOfficer_R74() {
        RequestState firstTime = accepted(form().build(), f -> f.withProhibition(Prohibition.NONE));
        assertThat(AutomaticConfirmation.assess(firstTime, evaluation(firstTime)))
                .isInstanceOfSatisfying(AutomaticConfirmation.Verdict.ToOfficer.class,
                        v -> assertThat(v.reason()).contains("not a confirmation route"));

        RequestState prohibited = accepted(form().build(), f -> REGISTRIES.apply(f)
                .withProhibition(Prohibition.ACTIVITY_PROHIBITED));
        assertThat(AutomaticConfirmation.assess(prohibited, evaluation(prohibited)))
                .isInstanceOfSatisfying(AutomaticConfirmation.Verdict.ToOfficer.class,
                        v -> assertThat(v.reason()).contains("grounds for refusal"));

        RequestState noData = accepted(form().build(), f -> REGISTRIES.apply(f).withProhibition(Prohibition.NO_DATA));
        assertThat(AutomaticConfirmation.assess(noData, evaluation(noData)))
                .isInstanceOfSatisfying(AutomaticConfirmation.Verdict.ToOfficer.class,
                        v -> assertThat(v.reason()).contains("review notes"));
    }

    @Test
    void anExpiredCertificate_isConfirmedOnlyByAnOfficer_whoReadsItsCopy_R14_R34() {
        HeldCertificate expired = HeldCertificate.valid(PEDIATRICS, LocalDate.of(2021, 3, 1),
                LocalDate.of(2026, 3, 1), true);
        RequestState s = accepted(form().build(), f -> REGISTRIES.apply(f).withCertificates(List.of(expired)));
        Evaluation evaluation = evaluation(s);
        assertThat(evaluation.route().route()).isEqualTo(Route.CONFIRMATION);

        assertThat(AutomaticConfirmation.assess(s, evaluation))
                .isInstanceOfSatisfying(AutomaticConfirmation.Verdict.ToOfficer.class,
                        v -> assertThat(v.reason()).contains("not in force"));
    }

    @Test
    void aQualificationLevelApplied_isConfirmedOnlyWhereTheRegistryHoldsIt_R14_R15() {
        HeldCertificate first = new HeldCertificate(PEDIATRICS, LocalDate.of(2022, 3, 1),
                Optional.of(LocalDate.of(2027, 3, 1)), false, true, Optional.of(QualificationLevel.FIRST));
        UnaryOperator<FetchedFacts> registries = f -> REGISTRIES.apply(f).withCertificates(List.of(first))
                .withAssessments(List.of(new kz.medcert.domain.dossier.AssessmentResult(PEDIATRICS,
                        LocalDate.of(2026, 10, 1), true)));
        RequestState same = accepted(form().requestsQualificationLevel(true).build(), registries,
                QualificationLevel.FIRST);
        RequestState higher = accepted(form().requestsQualificationLevel(true).build(), registries,
                QualificationLevel.HIGHEST);

        assertThat(AutomaticConfirmation.assess(same, evaluation(same)))
                .isEqualTo(new AutomaticConfirmation.Verdict.Confirm(first));
        assertThat(AutomaticConfirmation.assess(higher, evaluation(higher)))
                .isInstanceOfSatisfying(AutomaticConfirmation.Verdict.ToOfficer.class,
                        v -> assertThat(v.reason()).contains("HIGHEST", "R15"));
        CertificationRequest sameAccepted = CertificationRequest.restore(same);
        sameAccepted = sameAccepted.submitted(new Submission(T0, RequestFixtures.TODAY,
                RequestFixtures.TODAY.plusDays(7),
                sameAccepted.contentDigest(), "SIGNED", evaluation(same)));
        assertThat(sameAccepted.contentToSign()).contains("qualificationLevel=FIRST\n");
        assertThat(sameAccepted.confirmedAutomatically(
                kz.medcert.domain.certificate.CertificateNumbers.issue(java.time.Year.of(2026), 1),
                RequestFixtures.TODAY, T0).state().decision())
                .hasValueSatisfying(d -> assertThat(((Decision.Issued) d).level()).contains(QualificationLevel.FIRST));
    }

    private static RequestState accepted(Dossier form, UnaryOperator<FetchedFacts> registries,
                                         QualificationLevel applied) {
        CertificationRequest request = CertificationRequest.start(new RequestId(java.util.UUID.randomUUID()),
                        RequestFixtures.APPLICANT, form, new ApplicationDetails(Optional.of(applied),
                                Optional.empty()), T0, HistoryEntry.SYSTEM)
                .consentRequested("REF-1", "OTP", T0).consentGiven(T0);
        return RequestFixtures.answered(request, registries, T0).state();
    }

    private static kz.medcert.domain.dossier.DossierBuilder form() {
        return RequestFixtures.domesticFormBuilder()
                .postgraduate(new PostgraduateTraining(PostgraduateType.RESIDENCY, PEDIATRICS,
                        LocalDate.of(2021, 6, 30), false))
                .professionalDevelopment(new ProfessionalDevelopment(PEDIATRICS, StudyVolume.ofCredits(4),
                        LocalDate.of(2025, 2, 10)));
    }

    private static RequestState accepted(Dossier form, UnaryOperator<FetchedFacts> registries) {
        CertificationRequest request = RequestFixtures.started(form).consentRequested("REF-1", "OTP", T0)
                .consentGiven(T0);
        return RequestFixtures.answered(request, registries, T0).state();
    }

    private static Evaluation evaluation(RequestState s) {
        return CertificationRules.standard().evaluate(CertificationRequest.restore(s)
                .dossierOn(RequestFixtures.TODAY, Optional.of(T0)));
    }
}
