package kz.medcert.domain.request;

import static kz.medcert.domain.request.RequestFixtures.APPLICANT;
import static kz.medcert.domain.request.RequestFixtures.T0;
import static kz.medcert.domain.request.RequestFixtures.minutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.UnaryOperator;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.dossier.Prohibition;
import kz.medcert.domain.evaluation.CertificationRules;
import kz.medcert.domain.evaluation.Evaluation;
import kz.medcert.domain.request.RegistryFetch.FetchStatus;
import org.junit.jupiter.api.Test;

/** The request's life from consent to "accepted" (R22): each step, and the steps that are not allowed. */
class CertificationRequestTest {

    @Test
    void start_awaitsConsent_withAStartedHistoryEntry() {
        // when
        CertificationRequest request = RequestFixtures.started();

        // then
        assertThat(request.status()).isEqualTo(RequestStatus.AWAITING_CONSENT);
        assertThat(request.version()).isZero();
        assertThat(request.state().applicant()).isEqualTo(APPLICANT);
        assertThat(request.state().startedAt()).isEqualTo(T0);
        assertThat(request.state().consent()).isEqualTo(Consent.NONE);
        assertThat(request.state().fetches()).isEmpty();
        assertThat(request.state().fetched()).isEqualTo(FetchedFacts.NOTHING);
        assertThat(request.state().history()).singleElement().satisfies(entry -> {
            assertThat(entry.event()).isEqualTo("STARTED");
            assertThat(entry.at()).isEqualTo(T0);
            assertThat(entry.detail()).contains("DOMESTIC", "PEDIATRICS");
        });
    }

    @Test
    void consentRequested_keepsAwaitingConsent_withReferenceAndChannel_R60() {
        // when
        CertificationRequest request = RequestFixtures.started().consentRequested("REF-7", "OTP", minutes(1));

        // then
        assertThat(request.status()).isEqualTo(RequestStatus.AWAITING_CONSENT);
        assertThat(request.state().consent().status()).isEqualTo(ConsentStatus.REQUESTED);
        assertThat(request.state().consent().reference()).contains("REF-7");
        assertThat(request.state().consent().channel()).contains("OTP");
        assertThat(request.state().consent().requestedAt()).contains(minutes(1));
        assertThat(request.state().history()).extracting(HistoryEntry::event)
                .containsExactly("STARTED", "CONSENT_REQUESTED");
    }

    @Test
    void consentGiven_awaitsTheRegistriesOfTheCategory_allPending_R60() {
        // when
        CertificationRequest request = RequestFixtures.awaitingRegistries();

        // then
        assertThat(request.status()).isEqualTo(RequestStatus.AWAITING_REGISTRIES);
        assertThat(request.state().consent().given()).isTrue();
        assertThat(request.state().consent().answeredAt()).contains(minutes(2));
        assertThat(request.state().fetches()).extracting(RegistryFetch::registry)
                .containsExactlyElementsOf(StateRegistry.askedFor(Category.DOMESTIC));
        assertThat(request.state().fetches()).allSatisfy(fetch -> {
            assertThat(fetch.status()).isEqualTo(FetchStatus.PENDING);
            assertThat(fetch.attempts()).isZero();
        });
        assertThat(request.registriesDue(minutes(2))).containsExactlyElementsOf(StateRegistry.askedFor(
                Category.DOMESTIC));
    }

    @Test
    void consentGiven_domesticApplicant_asksEmploymentAndIdentity_R67_R69_R71() {
        // when
        CertificationRequest request = RequestFixtures.awaitingRegistries();

        // then
        assertThat(request.state().fetches()).extracting(RegistryFetch::registry)
                .contains(StateRegistry.EMPLOYMENT, StateRegistry.PROHIBITIONS, StateRegistry.IDENTITY);
    }

    @Test
    void consentGiven_foreignSpecialist_asksIdentityNotEmployment_R61_R69() {
        // when
        CertificationRequest request = RequestFixtures.awaitingRegistries(RequestFixtures.foreignForm());

        // then
        assertThat(request.state().fetches()).extracting(RegistryFetch::registry)
                .contains(StateRegistry.IDENTITY, StateRegistry.PROHIBITIONS)
                .doesNotContain(StateRegistry.EMPLOYMENT);
    }

    @Test
    void registryAnswered_forSome_keepsAwaitingRegistries_withTheOthersStillDue() {
        // given
        CertificationRequest request = RequestFixtures.awaitingRegistries();

        // when
        CertificationRequest answered = request.registryAnswered(StateRegistry.PROHIBITIONS,
                f -> f.withProhibition(Prohibition.NONE), minutes(3));

        // then
        assertThat(answered.status()).isEqualTo(RequestStatus.AWAITING_REGISTRIES);
        assertThat(answered.state().fetched().prohibition()).contains(Prohibition.NONE);
        assertThat(answered.registriesDue(minutes(3))).doesNotContain(StateRegistry.PROHIBITIONS).hasSize(6);
        RegistryFetch fetch = answered.state().fetches().stream()
                .filter(f -> f.registry() == StateRegistry.PROHIBITIONS).findFirst().orElseThrow();
        assertThat(fetch.done()).isTrue();
        assertThat(fetch.attempts()).isOne();
        assertThat(fetch.lastAttemptAt()).contains(minutes(3));
    }

    @Test
    void registryAnswered_forAll_movesToAwaitingDocuments() {
        // when
        CertificationRequest request = RequestFixtures.awaitingDocuments();

        // then
        assertThat(request.status()).isEqualTo(RequestStatus.AWAITING_DOCUMENTS);
        assertThat(request.state().fetches()).allMatch(RegistryFetch::done);
        assertThat(request.registriesDue(minutes(100))).isEmpty();
        assertThat(request.state().history()).extracting(HistoryEntry::event).filteredOn("FETCHED"::equals)
                .hasSize(7);
    }

    @Test
    void registryFailed_keepsAwaitingRegistries_withReasonAttemptsAndNextAttempt_R21_R70() {
        // given
        CertificationRequest request = RequestFixtures.awaitingRegistries();

        // when
        CertificationRequest failed = request.registryFailed(StateRegistry.EDUCATION, "timeout", minutes(3),
                minutes(4));

        // then
        assertThat(failed.status()).isEqualTo(RequestStatus.AWAITING_REGISTRIES);
        RegistryFetch fetch = failed.state().fetches().get(0);
        assertThat(fetch.registry()).isEqualTo(StateRegistry.EDUCATION);
        assertThat(fetch.status()).isEqualTo(FetchStatus.FAILED);
        assertThat(fetch.failure()).contains("timeout");
        assertThat(fetch.attempts()).isOne();
        assertThat(fetch.lastAttemptAt()).contains(minutes(3));
        assertThat(fetch.nextAttemptAt()).contains(minutes(4));
        assertThat(failed.state().history()).last().satisfies(entry -> {
            assertThat(entry.event()).isEqualTo("FETCH_FAILED");
            assertThat(entry.detail()).contains("EDUCATION", "timeout");
        });
    }

    @Test
    void registriesDue_leavesAFailedRegistryOut_untilItsRetryTime_R21() {
        // given
        CertificationRequest failed = RequestFixtures.awaitingRegistries()
                .registryFailed(StateRegistry.EDUCATION, "timeout", minutes(3), minutes(4));

        // when / then
        assertThat(failed.registriesDue(minutes(3))).doesNotContain(StateRegistry.EDUCATION);
        assertThat(failed.registriesDue(minutes(4).minusMillis(1))).doesNotContain(StateRegistry.EDUCATION);
        assertThat(failed.registriesDue(minutes(4))).contains(StateRegistry.EDUCATION);
        assertThat(failed.registriesDue(minutes(5))).contains(StateRegistry.EDUCATION);
    }

    @Test
    void registryAnswered_afterFailures_countsEveryAttempt_andClearsTheFailure() {
        // given
        CertificationRequest failedTwice = RequestFixtures.awaitingRegistries()
                .registryFailed(StateRegistry.EDUCATION, "timeout", minutes(3), minutes(4))
                .registryFailed(StateRegistry.EDUCATION, "HTTP 503", minutes(4), minutes(6));

        // when
        CertificationRequest answered = failedTwice.registryAnswered(StateRegistry.EDUCATION,
                UnaryOperator.identity(), minutes(6));

        // then
        assertThat(failedTwice.state().fetches().get(0).attempts()).isEqualTo(2);
        assertThat(failedTwice.state().fetches().get(0).failure()).contains("HTTP 503");
        RegistryFetch fetch = answered.state().fetches().get(0);
        assertThat(fetch.status()).isEqualTo(FetchStatus.FETCHED);
        assertThat(fetch.attempts()).isEqualTo(3);
        assertThat(fetch.failure()).isEmpty();
        assertThat(fetch.nextAttemptAt()).isEmpty();
    }

    @Test
    void consentDeclined_movesToAwaitingDocuments_withNothingToFetch_R90() {
        // given
        CertificationRequest request = RequestFixtures.started().consentRequested("REF-1", "OTP", minutes(1));

        // when
        CertificationRequest declined = request.consentDeclined(minutes(2));

        // then
        assertThat(declined.status()).isEqualTo(RequestStatus.AWAITING_DOCUMENTS);
        assertThat(declined.state().consent().status()).isEqualTo(ConsentStatus.DECLINED);
        assertThat(declined.state().fetches()).isEmpty();
        assertThat(declined.registriesDue(minutes(100))).isEmpty();
        assertThat(declined.state().history()).extracting(HistoryEntry::event).last().isEqualTo("CONSENT_DECLINED");
    }

    @Test
    void consentDeclined_withoutACodeRequested_isAlsoPossible_R90() {
        // when
        CertificationRequest declined = RequestFixtures.started().consentDeclined(minutes(1));

        // then
        assertThat(declined.status()).isEqualTo(RequestStatus.AWAITING_DOCUMENTS);
        assertThat(declined.dossierOn(RequestFixtures.TODAY, Optional.empty()).consentGiven()).isFalse();
    }

    @Test
    void attached_addsTheCopy_andAHistoryEntryWithItsDigest_R19() {
        // given
        Attachment diploma = RequestFixtures.pdf(DocumentCode.DIPLOMA);

        // when
        CertificationRequest request = RequestFixtures.awaitingDocuments().attached(diploma);

        // then
        assertThat(request.status()).isEqualTo(RequestStatus.AWAITING_DOCUMENTS);
        assertThat(request.state().attachments()).containsExactly(diploma);
        assertThat(request.state().history()).last().satisfies(entry -> {
            assertThat(entry.event()).isEqualTo("ATTACHED");
            assertThat(entry.detail()).contains("DIPLOMA", diploma.sha256());
        });
    }

    @Test
    void submitted_isAccepted_withTheSubmissionKept_R22() {
        // given
        CertificationRequest request = RequestFixtures.awaitingDocuments();
        Submission submission = submission(request);

        // when
        CertificationRequest accepted = request.submitted(submission);

        // then
        assertThat(accepted.status()).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(accepted.state().submission()).contains(submission);
        assertThat(accepted.state().history()).last().satisfies(entry -> {
            assertThat(entry.event()).isEqualTo("ACCEPTED");
            assertThat(entry.detail()).contains("2026-11-20", "2026-11-27");
        });
    }

    @Test
    void submitted_isRefusedByTheRequestItself_forADomesticApplicantTheIdentityRegistryDoesNotHold_R69_R71() {
        // given: every registry answered, and the state database of individuals holds nobody under the IIN
        CertificationRequest request = RequestFixtures.awaitingRegistries();
        for (StateRegistry registry : request.registriesDue(minutes(3))) {
            request = request.registryAnswered(registry, UnaryOperator.identity(), minutes(3));
        }
        CertificationRequest unknown = request;
        assertThat(unknown.submissionReadiness()).isInstanceOf(SubmissionReadiness.Barred.class);

        // when / then: whichever caller forgets to ask first, the request is not accepted
        assertThatThrownBy(() -> unknown.submitted(submission(unknown))).isInstanceOf(StepRefusedException.class)
                .hasMessageContaining("holds no person with IIN").hasMessageNotContaining(APPLICANT.iin().value());
    }

    @Test
    void steps_returnNewStates_andLeaveTheVersionToTheRepository() {
        // given
        CertificationRequest started = RequestFixtures.started();

        // when
        CertificationRequest requested = started.consentRequested("REF-1", "OTP", minutes(1));

        // then
        assertThat(started.status()).isEqualTo(RequestStatus.AWAITING_CONSENT);
        assertThat(started.state().consent()).isEqualTo(Consent.NONE);
        assertThat(started.state().history()).hasSize(1);
        assertThat(requested.version()).isEqualTo(started.version());
        assertThat(requested).isEqualTo(started).hasSameHashCodeAs(started);
    }

    // ------------------------------------------------------------------ illegal transitions

    @Test
    void consentSteps_afterConsentWasAnswered_throwIllegalState() {
        // given
        CertificationRequest given = RequestFixtures.awaitingRegistries();
        CertificationRequest declined = RequestFixtures.started().consentDeclined(minutes(1));

        // when / then
        assertThatThrownBy(() -> given.consentRequested("REF-2", "OTP", minutes(5)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> given.consentGiven(minutes(5))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> given.consentDeclined(minutes(5))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> declined.consentGiven(minutes(5))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void registrySteps_outsideAwaitingRegistries_throwIllegalState() {
        // given
        CertificationRequest started = RequestFixtures.started();
        CertificationRequest complete = RequestFixtures.awaitingDocuments();

        // when / then
        assertThatThrownBy(() -> started.registryAnswered(StateRegistry.EDUCATION, UnaryOperator.identity(),
                minutes(5))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> started.registryFailed(StateRegistry.EDUCATION, "down", minutes(5), minutes(6)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> complete.registryAnswered(StateRegistry.EDUCATION, UnaryOperator.identity(),
                minutes(5))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void registryAnswered_forARegistryNotAsked_throwsIllegalState_R67() {
        // given
        CertificationRequest foreign = RequestFixtures.awaitingRegistries(RequestFixtures.foreignForm());

        // when / then
        assertThatThrownBy(() -> foreign.registryAnswered(StateRegistry.EMPLOYMENT, f -> f, minutes(3)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("EMPLOYMENT");
    }

    @Test
    void submitted_beforeTheRegistriesAnswered_throwsIllegalState() {
        // given
        CertificationRequest started = RequestFixtures.started();
        CertificationRequest waiting = RequestFixtures.awaitingRegistries();

        // when / then
        assertThatThrownBy(() -> started.submitted(submission(started))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> waiting.submitted(submission(waiting))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void attachedOrSubmitted_afterAcceptance_throwIllegalState() {
        // given
        CertificationRequest request = RequestFixtures.awaitingDocuments();
        CertificationRequest accepted = request.submitted(submission(request));

        // when / then
        assertThatThrownBy(() -> accepted.attached(RequestFixtures.pdf(DocumentCode.DIPLOMA)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> accepted.submitted(submission(request))).isInstanceOf(IllegalStateException.class);
    }

    private static Submission submission(CertificationRequest request) {
        Evaluation evaluation = CertificationRules.standard().evaluate(request.dossierOn(RequestFixtures.TODAY,
                Optional.of(T0)));
        return new Submission(T0, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 27), request.contentDigest(),
                "SIGNED:" + request.contentDigest(), evaluation);
    }
}
