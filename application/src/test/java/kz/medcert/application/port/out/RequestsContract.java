package kz.medcert.application.port.out;

import static kz.medcert.application.testing.JourneyFixtures.STARTED;
import static kz.medcert.application.testing.JourneyFixtures.awaitingDocuments;
import static kz.medcert.application.testing.JourneyFixtures.awaitingRegistries;
import static kz.medcert.application.testing.JourneyFixtures.started;
import static kz.medcert.application.testing.JourneyFixtures.startedAt;
import static kz.medcert.application.testing.JourneyFixtures.submitted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import kz.medcert.application.port.in.ServiceText;
import kz.medcert.application.service.RequestInWords;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.evaluation.Ground;
import kz.medcert.domain.evaluation.Outcome;
import kz.medcert.domain.reference.Language;
import kz.medcert.domain.request.CertificationRequest;
import kz.medcert.domain.request.RefusalReasons;
import kz.medcert.domain.request.RequestId;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Requests} promises: versions from 1, saves only at the version read (optimistic locking) and
 * exactly one of two concurrent writers winning, each save whole or not at all (with the notifications it carries,
 * in the outbox), stored values equal to what was saved and shared with no caller.
 */
public abstract class RequestsContract extends RequestStoreContract {
    @Test
    void add_returnsTheRequestAtVersion1() {
        CertificationRequest request = started();

        CertificationRequest stored = requests().add(request);

        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.state()).isEqualTo(request.state().atVersion(1));
    }

    @Test
    void add_refusesASecondRequestWithTheSameId() {
        CertificationRequest request = started();
        CertificationRequest stored = requests().save(awaitingRegistries(requests().add(request)));

        assertThatThrownBy(() -> requests().add(request)).isInstanceOf(IllegalStateException.class);

        assertThat(requests().find(request.id()).orElseThrow().state()).isEqualTo(stored.state());
    }

    @Test
    void find_returnsAnEqualState_ofANewRequest() {
        CertificationRequest stored = requests().add(started());

        CertificationRequest found = requests().find(stored.id()).orElseThrow();

        assertThat(found.state()).isEqualTo(stored.state());
    }

    @Test
    void find_returnsAnEqualState_ofASubmittedRequestWithARefusal() {
        CertificationRequest stored = requests().add(started());
        stored = requests().save(awaitingRegistries(stored));
        stored = requests().save(awaitingDocuments(stored));
        CertificationRequest submitted = submitted(stored);

        CertificationRequest saved = requests().save(submitted);
        CertificationRequest found = requests().find(saved.id()).orElseThrow();

        assertThat(found.state()).isEqualTo(submitted.state().atVersion(4));
        Outcome outcome = found.state().submission().orElseThrow().evaluation().outcome();
        assertThat(outcome).isInstanceOf(Outcome.Refusal.class);
        assertThat(found.contentDigest()).isEqualTo(submitted.contentDigest());
    }

    @Test
    void find_returnsAnEqualState_ofAProposedHeardAndFinalRefusal_R91() {
        CertificationRequest accepted = acceptedIn(Region.KARAGANDA);
        RefusalReasons reasons = new RefusalReasons(List.of(Ground.GROUND_4_COURT_PROHIBITION), List.of(),
                "Приговор суда о запрещении деятельности; тыйым салу туралы сот үкімі.");
        CertificationRequest proposed = requests().save(accepted.refusalProposed(reasons,
                LocalDate.of(2024, 12, 5), "OFFICER 9 KARAGANDA", STARTED.plusSeconds(7200)));
        CertificationRequest objected = requests().save(proposed.objected("Решение обжаловано.",
                LocalDate.of(2024, 12, 4), "APPLICANT 87******73", STARTED.plusSeconds(9000)));

        assertThat(decisionQueue().awaitingDecision(Optional.of(Department.of(Region.KARAGANDA)), TODAY, 0, 10).page())
                .extracting(CertificationRequest::id).contains(objected.id());
        CertificationRequest refused = requests().save(objected.refused(reasons, LocalDate.of(2024, 12, 4),
                "OFFICER 9 KARAGANDA", STARTED.plusSeconds(9600)));

        assertThat(requests().find(refused.id()).orElseThrow().state()).isEqualTo(refused.state());
        assertThat(decisionQueue().awaitingDecision(Optional.empty(), TODAY, 0, 10).page())
                .extracting(CertificationRequest::id).doesNotContain(refused.id());
    }

    @Test
    void find_returnsTheAmendedForm_R21_R70() {
        CertificationRequest waiting = waiting(Instant.parse("2025-01-10T06:00:00Z"));
        var form = waiting.state().form().toBuilder().assessment(new kz.medcert.domain.dossier.AssessmentResult(
                waiting.state().form().declaredSpecialty(), java.time.LocalDate.of(2024, 10, 1), true)).build();

        CertificationRequest amended = requests().save(waiting.formAmended(form,
                waiting.state().details(), waiting.state().startedAt().plusSeconds(200), "APPLICANT ********1234"));

        assertThat(requests().find(waiting.id()).orElseThrow().state()).isEqualTo(amended.state());
        assertThat(amended.state().form().assessments()).hasSize(1);
    }

    /** A store may answer a write with the request it wrote rather than reading it back: the two must not differ. */
    @Test
    void eachWrite_answersTheRequestAsFindThenReadsIt() {
        CertificationRequest added = requests().add(started());
        assertThat(added.state()).isEqualTo(requests().find(added.id()).orElseThrow().state());
        CertificationRequest waiting = requests().save(awaitingRegistries(added));
        assertThat(waiting.state()).isEqualTo(requests().find(added.id()).orElseThrow().state());
        CertificationRequest documents = requests().save(awaitingDocuments(waiting));
        CertificationRequest submitted = submitted(documents);

        CertificationRequest accepted = requests().saveWithNotifications(submitted,
                List.of(notice(submitted, Notification.Kind.REQUEST_ACCEPTED, Language.RU)));

        CertificationRequest found = requests().find(added.id()).orElseThrow();
        assertThat(accepted.state()).isEqualTo(found.state()).isEqualTo(submitted.state().atVersion(4));
        assertThat(accepted.contentDigest()).isEqualTo(found.contentDigest());
    }

    @Test
    void find_isEmpty_forAnUnknownId() {
        requests().add(started());

        assertThat(requests().find(new RequestId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void save_incrementsTheVersion() {
        CertificationRequest stored = requests().add(started());

        CertificationRequest second = requests().save(awaitingRegistries(stored));
        CertificationRequest third = requests().save(awaitingDocuments(second));

        assertThat(second.version()).isEqualTo(2);
        assertThat(third.version()).isEqualTo(3);
        assertThat(requests().find(stored.id()).orElseThrow().version()).isEqualTo(3);
    }

    @Test
    void save_throwsConcurrentUpdate_whenTheRequestIsStale_andChangesNothing() {
        CertificationRequest stored = requests().add(started());
        CertificationRequest current = requests().save(awaitingRegistries(stored));

        assertThatThrownBy(() -> requests().save(stored.consentRequested("OTP-2", "SMS", Instant.now())))
                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(requests().find(stored.id()).orElseThrow().state()).isEqualTo(current.state());
    }

    @Test
    void save_throwsConcurrentUpdate_forARequestNeverAdded() {
        CertificationRequest unknown = started();

        assertThatThrownBy(() -> requests().save(awaitingRegistries(unknown)))
                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(requests().find(unknown.id())).isEmpty();
    }

    @Test
    void save_letsExactlyOneOfTwoConcurrentWritersWin() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                CertificationRequest stored = requests().add(started());
                CertificationRequest declined = stored.consentDeclined(Instant.now());
                CertificationRequest given = awaitingRegistries(stored);
                CyclicBarrier together = new CyclicBarrier(2);

                List<CompletableFuture<CertificationRequest>> writers = List.of(
                        CompletableFuture.supplyAsync(() -> updateAfter(together, declined), threads),
                        CompletableFuture.supplyAsync(() -> updateAfter(together, given), threads));

                List<CertificationRequest> winners = new ArrayList<>();
                List<Throwable> losers = new ArrayList<>();
                for (CompletableFuture<CertificationRequest> writer : writers) {
                    writer.handle((won, failure) -> failure == null ? winners.add(won) : losers.add(failure.getCause()))
                            .get(30, TimeUnit.SECONDS);
                }
                assertThat(winners).hasSize(1);
                assertThat(losers).singleElement().isInstanceOf(ConcurrentUpdateException.class);
                assertThat(requests().find(stored.id()).orElseThrow().state())
                        .isEqualTo(winners.get(0).state()).extracting(s -> s.version()).isEqualTo(2L);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private CertificationRequest updateAfter(CyclicBarrier together, CertificationRequest request) {
        try {
            together.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return requests().save(request);
    }

    @Test
    void saveWithNotifications_storesThemInTheOutbox_writtenInTheRecipientsLanguage_dueAtOnce() {
        CertificationRequest waiting = requests().save(awaitingRegistries(requests().add(started())));
        CertificationRequest documents = awaitingDocuments(waiting);

        requests().saveWithNotifications(documents,
                List.of(notice(documents, Notification.Kind.REQUEST_ACCEPTED, Language.KK)));

        assertThat(outbox().backlog()).isEqualTo(1);
        assertThat(outbox().claimDue(10)).singleElement().satisfies(n -> {
            assertThat(n.recipient()).isEqualTo(documents.state().applicant().iin());
            assertThat(n.kind()).isEqualTo(Notification.Kind.REQUEST_ACCEPTED);
            assertThat(n.language()).isEqualTo(Language.KK);
            assertThat(n.subject()).isEqualTo("MedCert: " + RequestInWords.named(
                    ServiceText.NOTIFY_SUBJECT_REQUEST_ACCEPTED.message(), documents).in(Language.KK));
            assertThat(n.body()).contains("қабылданды", "09.12.2024");
            assertThat(n.sms()).contains("MedCert", "қабылданды");
            assertThat(n.attempts()).isZero();
            assertThat(n.mailSent()).isFalse();
            assertThat(n.smsSent()).isFalse();
        });
    }

    @Test
    void aStaleSave_storesNoNotification() {
        CertificationRequest waiting = requests().save(awaitingRegistries(requests().add(started())));
        requests().save(awaitingDocuments(waiting));
        CertificationRequest stale = awaitingDocuments(waiting);

        assertThatThrownBy(() -> requests().saveWithNotifications(stale, List.of(notice(stale,
                Notification.Kind.REQUEST_ACCEPTED, Language.RU)))).isInstanceOf(ConcurrentUpdateException.class);

        assertThat(outbox().backlog()).isZero();
        assertThat(outbox().claimDue(10)).isEmpty();
    }
}
