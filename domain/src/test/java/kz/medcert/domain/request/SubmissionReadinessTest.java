package kz.medcert.domain.request;

import static kz.medcert.domain.request.RequestFixtures.T0;
import static kz.medcert.domain.request.RequestFixtures.minutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.UnaryOperator;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.evaluation.CertificationRules;
import kz.medcert.domain.evaluation.Evaluation;
import kz.medcert.domain.reference.CountryCode;
import org.junit.jupiter.api.Test;

/** Whether a request may be submitted (R22), one answer for the use case and for the aggregate itself. */
class SubmissionReadinessTest {

    @Test
    void beforeTheConsent_orWhileARegistryHasNotAnswered_notYet_namingWhatItWaitsFor_R21_R22_R60() {
        assertThat(RequestFixtures.started().submissionReadiness()).isInstanceOfSatisfying(
                SubmissionReadiness.NotYet.class, n -> {
                    assertThat(n.status()).isEqualTo(RequestStatus.AWAITING_CONSENT);
                    assertThat(n.waitingFor()).isEmpty();
                });
        CertificationRequest awaiting = RequestFixtures.awaitingRegistries();
        assertThat(awaiting.submissionReadiness()).isInstanceOfSatisfying(SubmissionReadiness.NotYet.class,
                n -> assertThat(n.waitingFor()).hasSameSizeAs(awaiting.state().fetches()).isNotEmpty());
        assertThatThrownBy(() -> awaiting.submitted(submission(awaiting, "sig")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onceEveryRegistryAnswered_ready_andSubmittedOnce_thenAlreadySubmitted_recognisingItsSignature_R22() {
        CertificationRequest ready = answered(Optional.of(new PersonRecord(RequestFixtures.APPLICANT.iin(),
                RequestFixtures.APPLICANT.name(), CountryCode.KAZAKHSTAN, Optional.of(Region.ALMATY_CITY), false)));
        assertThat(ready.submissionReadiness()).isEqualTo(new SubmissionReadiness.Ready());

        CertificationRequest submitted = ready.submitted(submission(ready, "sig-1"));

        assertThat(submitted.submissionReadiness()).isInstanceOfSatisfying(
                SubmissionReadiness.AlreadySubmitted.class, a -> {
                    assertThat(a.signedWith("sig-1")).isTrue();
                    assertThat(a.signedWith("sig-2")).isFalse();
                });
        assertThatThrownBy(() -> submitted.submitted(submission(ready, "sig-2")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aDomesticApplicantTheStateDatabaseDoesNotHold_isBarred_namingWhy_R69_R71() {
        CertificationRequest barred = answered(Optional.empty());

        assertThat(barred.submissionReadiness()).isInstanceOfSatisfying(SubmissionReadiness.Barred.class,
                b -> assertThat(b.reason().toString()).contains("R69"));
    }

    /** Every registry answered; the state database of individuals with {@code person}. */
    private static CertificationRequest answered(Optional<PersonRecord> person) {
        CertificationRequest request = RequestFixtures.awaitingRegistries();
        for (StateRegistry registry : request.registriesDue(minutes(3))) {
            request = request.registryAnswered(registry, registry == StateRegistry.IDENTITY
                    ? f -> f.withPerson(person) : UnaryOperator.identity(), minutes(3));
        }
        return request;
    }

    private static Submission submission(CertificationRequest request, String signature) {
        Evaluation evaluation = CertificationRules.standard().evaluate(request.dossierOn(RequestFixtures.TODAY,
                Optional.of(T0)));
        return new Submission(T0, RequestFixtures.TODAY, LocalDate.of(2026, 11, 27), request.contentDigest(),
                signature, evaluation);
    }
}
