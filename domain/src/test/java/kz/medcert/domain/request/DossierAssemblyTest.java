package kz.medcert.domain.request;

import static kz.medcert.domain.request.RequestFixtures.DECLARED_DIPLOMA;
import static kz.medcert.domain.request.RequestFixtures.DECLARED_INTERNSHIP;
import static kz.medcert.domain.request.RequestFixtures.PEDIATRICS;
import static kz.medcert.domain.request.RequestFixtures.TODAY;
import static kz.medcert.domain.request.RequestFixtures.minutes;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.AssessmentResult;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.dossier.EducationRecord;
import kz.medcert.domain.dossier.EmploymentPeriod;
import kz.medcert.domain.dossier.HeldCertificate;
import kz.medcert.domain.dossier.PostgraduateTraining;
import kz.medcert.domain.dossier.PostgraduateType;
import kz.medcert.domain.dossier.Prohibition;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.reference.EducationLevel;
import org.junit.jupiter.api.Test;

/** The dossier a request is evaluated on: registry data first, then what only the applicant declared (R21, R70). */
class DossierAssemblyTest {
    private static final EducationRecord FETCHED_DIPLOMA = DECLARED_DIPLOMA.inRegistry(true);
    private static final EducationRecord FETCHED_TVET = EducationRecord.domestic(EducationLevel.TVET,
            EducationField.NURSING, LocalDate.of(2019, 6, 30)).inRegistry(true);
    private static final EducationRecord DECLARED_ONLY = EducationRecord.domestic(EducationLevel.POSTGRADUATE,
            EducationField.PEDIATRICS, LocalDate.of(2026, 6, 30));

    @Test
    void dossierOn_putsRegistryRecordsBeforeDeclaredOnes_R21_R70() {
        // given
        Dossier form = RequestFixtures.domesticFormBuilder().education(DECLARED_ONLY).build();
        CertificationRequest request = awaitingDocumentsWith(form,
                f -> f.withEducation(List.of(FETCHED_TVET, FETCHED_DIPLOMA), List.of()));

        // when
        Dossier dossier = request.dossierOn(TODAY, Optional.empty());

        // then
        assertThat(dossier.education()).containsExactly(FETCHED_TVET, FETCHED_DIPLOMA, DECLARED_ONLY);
    }

    @Test
    void dossierOn_dropsADeclaredRecordTheRegistryAlsoReturned_soNothingCountsTwice_R21() {
        // given
        PostgraduateTraining fetchedInternship = new PostgraduateTraining(PostgraduateType.INTERNSHIP, PEDIATRICS,
                DECLARED_INTERNSHIP.completedOn(), true);
        CertificationRequest request = awaitingDocumentsWith(RequestFixtures.domesticFormBuilder().build(),
                f -> f.withEducation(List.of(FETCHED_DIPLOMA), List.of(fetchedInternship)));

        // when
        Dossier dossier = request.dossierOn(TODAY, Optional.empty());

        // then
        assertThat(dossier.education()).containsExactly(FETCHED_DIPLOMA);
        assertThat(dossier.postgraduate()).containsExactly(fetchedInternship);
    }

    @Test
    void dossierOn_dropsDeclaredDuplicatesOfCertificatesEmploymentAndAssessments_R64_R66_R67() {
        // given
        HeldCertificate certificate = HeldCertificate.valid(PEDIATRICS, LocalDate.of(2022, 1, 10),
                LocalDate.of(2027, 1, 10), false);
        EmploymentPeriod job = EmploymentPeriod.current(PEDIATRICS, LocalDate.of(2022, 2, 1), false);
        AssessmentResult assessment = new AssessmentResult(PEDIATRICS, LocalDate.of(2021, 12, 1), true);
        Dossier form = RequestFixtures.domesticFormBuilder().certificate(certificate).employment(job)
                .assessment(assessment).build();
        HeldCertificate fetchedCertificate = HeldCertificate.valid(PEDIATRICS, LocalDate.of(2022, 1, 10),
                LocalDate.of(2027, 1, 10), true);
        EmploymentPeriod fetchedJob = EmploymentPeriod.current(PEDIATRICS, LocalDate.of(2022, 2, 1), true);
        CertificationRequest request = awaitingDocumentsWith(form, f -> f.withCertificates(List.of(fetchedCertificate))
                .withEmployment(List.of(fetchedJob)).withAssessments(List.of(assessment)));

        // when
        Dossier dossier = request.dossierOn(TODAY, Optional.empty());

        // then
        assertThat(dossier.certificates()).containsExactly(fetchedCertificate);
        assertThat(dossier.employment().periods()).containsExactly(fetchedJob);
        assertThat(dossier.assessments()).containsExactly(assessment);
    }

    @Test
    void dossierOn_prohibitionNotFetched_readsAsNoData_notAsTheFormsDefault_R68() {
        // given
        CertificationRequest waiting = RequestFixtures.awaitingRegistries();

        // when
        Dossier dossier = waiting.dossierOn(TODAY, Optional.empty());

        // then
        assertThat(RequestFixtures.domesticFormBuilder().build().prohibition()).isEqualTo(Prohibition.NONE);
        assertThat(dossier.prohibition()).isEqualTo(Prohibition.NO_DATA);
    }

    @Test
    void dossierOn_prohibitionFetched_isWhatTheRegistrySaid_R68() {
        // given
        CertificationRequest request = awaitingDocumentsWith(RequestFixtures.domesticFormBuilder().build(),
                f -> f.withProhibition(Prohibition.ACTIVITY_PROHIBITED));

        // when
        Dossier dossier = request.dossierOn(TODAY, Optional.empty());

        // then
        assertThat(dossier.prohibition()).isEqualTo(Prohibition.ACTIVITY_PROHIBITED);
    }

    @Test
    void dossierOn_takesNameChangeAndIdentityFromTheRegistries_notFromTheForm_R65_R69() {
        // given
        Dossier form = RequestFixtures.domesticFormBuilder().nameChangeInRegistry(true).identityInRegistry(true)
                .nameChangedAfterEducation(true).build();
        CertificationRequest nothingYet = RequestFixtures.awaitingRegistries(form);
        CertificationRequest fetched = awaitingDocumentsWith(form, f -> f.withNameChange(true));

        // when
        Dossier before = nothingYet.dossierOn(TODAY, Optional.empty());
        Dossier after = fetched.dossierOn(TODAY, Optional.empty());

        // then
        assertThat(before.nameChangedAfterEducation()).isTrue();
        assertThat(before.nameChangeInRegistry()).isFalse();
        assertThat(before.identityInRegistry()).isFalse();
        assertThat(after.nameChangeInRegistry()).isTrue();
    }

    @Test
    void dossierOn_afterConsentDeclined_hasNoConsentAndNothingFetched_R90() {
        // given
        CertificationRequest declined = RequestFixtures.started().consentDeclined(minutes(1));

        // when
        Dossier dossier = declined.dossierOn(TODAY, Optional.empty());

        // then
        assertThat(dossier.consentGiven()).isFalse();
        assertThat(dossier.prohibition()).isEqualTo(Prohibition.NO_DATA);
        assertThat(dossier.education()).containsExactly(DECLARED_DIPLOMA);
        assertThat(dossier.postgraduate()).containsExactly(DECLARED_INTERNSHIP);
    }

    @Test
    void dossierOn_ignoresStoredRegistryFacts_whenConsentIsNotGiven_R90() {
        // given
        RequestState declinedWithFacts = RequestFixtures.started().consentDeclined(minutes(1)).state();
        CertificationRequest restored = CertificationRequest.restore(new RequestState(declinedWithFacts.id(),
                declinedWithFacts.applicant(), declinedWithFacts.startedAt(), declinedWithFacts.form(),
                declinedWithFacts.consent(), List.of(),
                FetchedFacts.NOTHING.withEducation(List.of(FETCHED_TVET), List.of())
                        .withProhibition(Prohibition.NONE),
                List.of(), Optional.empty(), declinedWithFacts.status(), declinedWithFacts.history(), 3));

        // when
        Dossier dossier = restored.dossierOn(TODAY, Optional.empty());

        // then
        assertThat(dossier.consentGiven()).isFalse();
        assertThat(dossier.education()).doesNotContain(FETCHED_TVET);
        assertThat(dossier.prohibition()).isEqualTo(Prohibition.NO_DATA);
    }

    @Test
    void dossierOn_withConsentGiven_saysSo_R60() {
        // when
        Dossier dossier = RequestFixtures.awaitingRegistries().dossierOn(TODAY, Optional.empty());

        // then
        assertThat(dossier.consentGiven()).isTrue();
    }

    @Test
    void dossierOn_aForeignLanguageUpload_addsItsDocumentToTheForeignLanguageDocuments_R20() {
        // given
        Dossier form = RequestFixtures.domesticFormBuilder().foreignLanguageDocument(DocumentCode.RECOGNITION).build();
        CertificationRequest request = awaitingDocumentsWith(form, UnaryOperator.identity())
                .attached(RequestFixtures.foreignLanguagePdf(DocumentCode.DIPLOMA))
                .attached(RequestFixtures.foreignLanguagePdf(DocumentCode.RECOGNITION))
                .attached(RequestFixtures.pdf(DocumentCode.EMPLOYMENT_RECORD));

        // when
        Dossier dossier = request.dossierOn(TODAY, Optional.empty());

        // then
        assertThat(dossier.foreignLanguageDocuments()).containsExactly(DocumentCode.RECOGNITION,
                DocumentCode.DIPLOMA);
    }

    @Test
    void dossierOn_usesTheGivenApplicationDateAndSubmissionMoment_R11_R78() {
        // given
        CertificationRequest request = RequestFixtures.awaitingDocuments();
        Instant submittedAt = minutes(30);

        // when
        Dossier draft = request.dossierOn(LocalDate.of(2026, 12, 1), Optional.empty());
        Dossier submitted = request.dossierOn(TODAY, Optional.of(submittedAt));

        // then
        assertThat(draft.applicationDate()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(draft.submittedAt()).isEmpty();
        assertThat(submitted.applicationDate()).isEqualTo(TODAY);
        assertThat(submitted.submittedAt()).contains(submittedAt);
        assertThat(submitted.category()).isEqualTo(request.state().form().category());
        assertThat(submitted.declaredSpecialty()).isEqualTo(PEDIATRICS);
    }

    private static CertificationRequest awaitingDocumentsWith(Dossier form, UnaryOperator<FetchedFacts> answer) {
        CertificationRequest request = RequestFixtures.awaitingRegistries(form);
        request = request.registryAnswered(StateRegistry.EDUCATION, answer, minutes(3));
        for (StateRegistry registry : request.registriesDue(minutes(3))) {
            request = request.registryAnswered(registry, UnaryOperator.identity(), minutes(3));
        }
        return request;
    }
}
