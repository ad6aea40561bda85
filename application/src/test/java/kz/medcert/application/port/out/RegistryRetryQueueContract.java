package kz.medcert.application.port.out;

import static kz.medcert.application.testing.JourneyFixtures.STARTED;
import static kz.medcert.application.testing.JourneyFixtures.awaitingDocuments;
import static kz.medcert.application.testing.JourneyFixtures.awaitingDocumentsWithoutEducation;
import static kz.medcert.application.testing.JourneyFixtures.awaitingRegistries;
import static kz.medcert.application.testing.JourneyFixtures.started;
import static kz.medcert.application.testing.JourneyFixtures.startedAt;
import static kz.medcert.application.testing.JourneyFixtures.submitted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import kz.medcert.domain.request.CertificationRequest;
import kz.medcert.domain.request.RequestId;
import kz.medcert.domain.request.RequestStatus;
import kz.medcert.domain.request.StateRegistry;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RegistryRetryQueue} promises: the requests that still ask a registry, oldest change first; for
 * several instances of the service on one store, claims that no two instances hold at once and that lapse, and the
 * hold on a request that a write just left waiting for its registries (R21, R70).
 */
public abstract class RegistryRetryQueueContract extends RequestStoreContract {
    @Test
    void claimDue_listsOnlyWaitingRequests_oldestFirst() {
        Instant t = Instant.parse("2025-01-10T06:00:00Z");
        RequestId later = waiting(t.plusSeconds(600)).id();
        RequestId earlier = waiting(t).id();
        RequestId latest = waiting(t.plusSeconds(1200)).id();
        requests().add(startedAt(t.minusSeconds(3600)));
        requests().save(awaitingDocuments(waiting(t.minusSeconds(7200))));
        pastTheSettleTime();

        assertThat(retryQueue().claimDue(10)).containsExactly(earlier, later, latest);
        assertThat(retryQueue().claimDue(2)).containsExactly(earlier, later);
    }

    @Test
    void claimDue_putsARequestThatJustChangedBehindOnesThatWaitedLonger() {
        Instant t = Instant.parse("2025-01-10T06:00:00Z");
        CertificationRequest first = waiting(t);
        CertificationRequest second = waiting(t.plusSeconds(30));
        requests().save(first.registryFailed(first.registriesDue(t).get(0), "timeout", t.plusSeconds(600),
                t.plusSeconds(900)));
        pastTheSettleTime();

        assertThat(retryQueue().claimDue(10)).containsExactly(second.id(), first.id());
    }

    @Test
    void claimDue_listsARequestGoneOnWithoutAnUnavailableRegistry_untilItAnswers_R21_R70() {
        Instant t = Instant.parse("2025-01-10T06:00:00Z");
        CertificationRequest given = requests().save(awaitingDocumentsWithoutEducation(waiting(t)));
        assertThat(given.status()).isEqualTo(RequestStatus.AWAITING_DOCUMENTS);
        assertThat(retryQueue().claimDue(10)).containsExactly(given.id());

        CertificationRequest accepted = requests().save(submitted(given));
        assertThat(accepted.status()).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(retryQueue().claimDue(10)).containsExactly(given.id());

        Instant later = accepted.state().submission().orElseThrow().submittedAt().plusSeconds(3600);
        CertificationRequest answered = requests().save(accepted.registryAnswered(StateRegistry.EDUCATION,
                f -> f, later));

        assertThat(retryQueue().claimDue(10)).isEmpty();
        assertThat(requests().find(given.id()).orElseThrow().state()).isEqualTo(answered.state());
        assertThat(answered.state().fetches()).filteredOn(f -> f.registry() == StateRegistry.EDUCATION)
                .singleElement().satisfies(f -> assertThat(f.answeredLate()).isTrue());
    }

    @Test
    void claimDue_refusesALimitBelowOne() {
        assertThatThrownBy(() -> retryQueue().claimDue(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void claimDue_ofTwoInstances_neverHandsOneRequestToBoth_andAStoppedInstancesClaimsLapse()
            throws InterruptedException {
        Instant t = Instant.parse("2025-01-10T06:00:00Z");
        List<RequestId> waiting = List.of(waiting(t).id(), waiting(t.plusSeconds(60)).id(),
                waiting(t.plusSeconds(120)).id());
        RequestStorePorts first = anotherInstance(Duration.ofSeconds(2));
        RequestStorePorts second = anotherInstance(Duration.ofSeconds(2));
        pastTheSettleTime();

        List<RequestId> claimedByFirst = first.retryQueue().claimDue(2);
        List<RequestId> claimedBySecond = second.retryQueue().claimDue(10);

        assertThat(claimedByFirst).containsExactly(waiting.get(0), waiting.get(1));
        assertThat(claimedBySecond).containsExactly(waiting.get(2));
        assertThat(first.retryQueue().claimDue(10)).as("its own claims, renewed").containsExactly(waiting.get(0),
                waiting.get(1));
        Thread.sleep(2_500); // the second stops renewing: its claim lapses
        assertThat(first.retryQueue().claimDue(10)).containsExactlyElementsOf(waiting);
        assertThat(second.retryQueue().claimDue(10)).isEmpty();
    }

    @Test
    void aRequestThatJustBeganToWait_isLeftToItsWriter_untilTheRegistriesAnswersAreWritten() {
        RequestStorePorts writer = anotherInstance(Duration.ofMinutes(1), Duration.ofMinutes(1));
        RequestStorePorts worker = anotherInstance(Duration.ofMinutes(1));
        CertificationRequest consented = writer.requests().save(awaitingRegistries(writer.requests().add(started())));

        assertThat(worker.retryQueue().claimDue(10)).as("the writer asks the registries now").isEmpty();
        assertThat(writer.retryQueue().claimDue(10)).as("not even the writer's own worker").isEmpty();

        writer.requests().save(consented.registryFailed(consented.registriesDue(STARTED).get(0), "down",
                STARTED.plusSeconds(5), STARTED.plusSeconds(35)));
        assertThat(worker.retryQueue().claimDue(10)).containsExactly(consented.id());
    }
}
