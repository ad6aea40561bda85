package kz.medcert.domain.request;

import static kz.medcert.domain.request.RequestFixtures.APPLICANT;
import static kz.medcert.domain.request.RequestFixtures.T0;
import static kz.medcert.domain.request.RequestFixtures.minutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.evaluation.CertificationRules;
import kz.medcert.domain.evaluation.Evaluation;
import org.junit.jupiter.api.Test;

/** Every step of a request records who took it, as a non-personal audit label; without one it is the system. */
class HistoryActorTest {
    private static final String BY = new Actor.Applicant(APPLICANT.iin()).auditLabel();
    private static final String RETRY = new Actor.Automated("registry-retry").auditLabel();

    @Test
    void everyTransitionRecordsTheActorItIsGiven() {
        // given
        CertificationRequest request = CertificationRequest.start(new RequestId(UUID.randomUUID()), APPLICANT,
                RequestFixtures.domesticFormBuilder().build(), T0, BY);

        // when
        request = request.consentRequested("REF-1", "OTP", minutes(1), BY).consentGiven(minutes(2), BY);
        StateRegistry first = request.registriesDue(minutes(3)).get(0);
        request = request.registryFailed(first, "down", minutes(3), minutes(4), BY);
        for (StateRegistry registry : request.registriesDue(minutes(5))) {
            request = request.registryAnswered(registry,
                    RequestFixtures.holdsTheApplicant(registry, UnaryOperator.identity()), minutes(5), RETRY);
        }
        request = request.attached(RequestFixtures.pdf(DocumentCode.DIPLOMA), BY);
        request = request.submitted(submission(request), BY);

        // then
        assertThat(request.state().history()).extracting(HistoryEntry::event).containsSubsequence("STARTED",
                "CONSENT_REQUESTED", "CONSENT_GIVEN", "FETCH_FAILED", "FETCHED", "ATTACHED", "ACCEPTED");
        // what a registry answer settles (here: the region as declared, R71) is recorded by whoever asked it
        java.util.Set<String> fromAnswers = java.util.Set.of("FETCHED", "REGION_AS_DECLARED");
        assertThat(request.state().history()).filteredOn(e -> !fromAnswers.contains(e.event()))
                .extracting(HistoryEntry::actor).containsOnly(BY);
        assertThat(request.state().history()).filteredOn(e -> fromAnswers.contains(e.event()))
                .extracting(HistoryEntry::actor).containsOnly(RETRY);
        assertThat(BY).doesNotContain(APPLICANT.iin().value());
    }

    @Test
    void transitionsWithoutAnActorRecordTheSystem() {
        // when
        CertificationRequest request = RequestFixtures.started().consentRequested("REF-1", "OTP", minutes(1))
                .consentDeclined(minutes(2));

        // then
        assertThat(request.state().history()).extracting(HistoryEntry::actor).containsOnly(HistoryEntry.SYSTEM);
    }

    @Test
    void applicantKeepsTheRegionOfResidence_orNoneWhenNotGiven() {
        // when
        Applicant withRegion = new Applicant(APPLICANT.iin(), APPLICANT.name(), Region.KARAGANDA);
        Applicant without = new Applicant(APPLICANT.iin(), APPLICANT.name());

        // then
        assertThat(withRegion.region()).contains(Region.KARAGANDA);
        assertThat(without.region()).isEmpty();
        assertThatThrownBy(() -> new Applicant(APPLICANT.iin(), APPLICANT.name(), (Optional<Region>) null))
                .isInstanceOf(NullPointerException.class);
    }

    private static Submission submission(CertificationRequest request) {
        Evaluation evaluation = CertificationRules.standard().evaluate(request.dossierOn(RequestFixtures.TODAY,
                Optional.of(T0)));
        return new Submission(T0, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 27), request.contentDigest(),
                "SIGNED:" + request.contentDigest(), evaluation);
    }
}
