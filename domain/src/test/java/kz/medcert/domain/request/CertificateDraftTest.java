package kz.medcert.domain.request;

import static kz.medcert.domain.request.RequestFixtures.APPLICANT;
import static kz.medcert.domain.request.RequestFixtures.PEDIATRICS;
import static kz.medcert.domain.request.RequestFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.certificate.CertificateNumbers;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.certificate.Revocation;
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

/** The register entry a decision to issue drafts (R14, R15, R71, R75), whoever decides: officer or service. */
class CertificateDraftTest {
    private static final LocalDate ISSUED_ON = LocalDate.of(2026, 11, 23);
    private static final IssuedCertificate HELD = IssuedCertificate.issue(
            CertificateNumbers.issue(Year.of(2022), 41), APPLICANT.iin(), APPLICANT.name(), PEDIATRICS,
            Optional.empty(), Department.of(Region.ALMATY_CITY), LocalDate.of(2022, 3, 1), Optional.empty());
    private static final IssuedCertificate REVOKED = HELD.revoked(new Revocation(LocalDate.of(2026, 1, 10),
            "COURT_DEPRIVATION", "court decision 2-123/2026", "admin"));

    @Test
    void theDraft_isNumberedWithTheSerialOfTheIssueYear_grantsTheLevelAppliedFor_andConfirmsTheHeldOne_R14_R15() {
        RequestState s = accepted(false, QualificationLevel.FIRST);

        IssuedCertificate drafted = drafted(CertificateDraft.of(s, ISSUED_ON, 7, Optional.of(HELD)));

        assertThat(drafted.number()).isEqualTo(CertificateNumbers.issue(Year.of(2026), 7));
        assertThat(drafted.qualificationLevel()).contains(QualificationLevel.FIRST);
        assertThat(drafted.confirms()).contains(HELD.number());
        assertThat(drafted.specialty()).isEqualTo(PEDIATRICS);
        assertThat(drafted.issuedOn()).isEqualTo(ISSUED_ON);
    }

    @Test
    void withoutALevelAppliedFor_noneIsGranted_andWithNothingHeld_nothingIsConfirmed_R14_R15() {
        IssuedCertificate drafted = drafted(CertificateDraft.of(accepted(false, null), ISSUED_ON, 1,
                Optional.empty()));

        assertThat(drafted.qualificationLevel()).isEmpty();
        assertThat(drafted.confirms()).isEmpty();
    }

    @Test
    void aRevokedCertificateConfirmsNothing_andAnEvaluationAsItsConfirmationNoLongerStands_R14() {
        assertThat(drafted(CertificateDraft.of(accepted(false, null), ISSUED_ON, 1, Optional.of(REVOKED)))
                .confirms()).isEmpty();

        RequestState confirmation = accepted(true, null);
        assertThat(confirmation.submission().orElseThrow().evaluation().route().route()).isEqualTo(Route.CONFIRMATION);
        assertThat(CertificateDraft.of(confirmation, ISSUED_ON, 1, Optional.of(REVOKED)))
                .isEqualTo(new CertificateDraft.RevokedCannotBeConfirmed(REVOKED));
    }

    @Test
    void theDepartmentOfTheApplicantsRegionIssues_R71() {
        assertThat(drafted(CertificateDraft.of(accepted(false, null), ISSUED_ON, 1, Optional.empty())).department())
                .isEqualTo(Department.of(Region.ALMATY_CITY));
    }

    private static IssuedCertificate drafted(CertificateDraft draft) {
        return draft.fold(CertificateDraft.Drafted::certificate, revoked -> {
            throw new AssertionError("not drafted: " + revoked);
        });
    }

    /**
     * A domestic pediatrician whose registries answered; submitted with the evaluation of that moment, on the
     * confirmation route when the registry holds their certificate ({@code confirmation}).
     */
    private static RequestState accepted(boolean confirmation, QualificationLevel applied) {
        UnaryOperator<FetchedFacts> registries = f -> f
                .withCertificates(confirmation ? List.of(HeldCertificate.valid(PEDIATRICS, LocalDate.of(2022, 3, 1),
                        LocalDate.of(2027, 3, 1), true)) : List.of())
                .withEmployment(List.of(EmploymentPeriod.current(PEDIATRICS, LocalDate.of(2015, 9, 1), true)))
                .withProhibition(Prohibition.NONE);
        CertificationRequest request = CertificationRequest.start(new RequestId(UUID.randomUUID()), APPLICANT,
                        RequestFixtures.domesticFormBuilder()
                                .postgraduate(new PostgraduateTraining(PostgraduateType.RESIDENCY, PEDIATRICS,
                                        LocalDate.of(2021, 6, 30), false))
                                .professionalDevelopment(new ProfessionalDevelopment(PEDIATRICS,
                                        StudyVolume.ofCredits(4), LocalDate.of(2025, 2, 10)))
                                .requestsQualificationLevel(applied != null).build(),
                        new ApplicationDetails(Optional.ofNullable(applied), Optional.empty()), T0, HistoryEntry.SYSTEM)
                .consentRequested("REF-1", "OTP", T0).consentGiven(T0);
        boolean first = true;
        for (StateRegistry registry : request.registriesDue(T0)) {
            request = request.registryAnswered(registry, first ? registries : UnaryOperator.identity(), T0);
            first = false;
        }
        Evaluation evaluation = CertificationRules.standard().evaluate(request.dossierOn(RequestFixtures.TODAY,
                Optional.of(T0)));
        return request.state().withSubmission(new Submission(T0, RequestFixtures.TODAY, LocalDate.of(2026, 11, 27),
                request.contentDigest(), "signature", evaluation));
    }
}
