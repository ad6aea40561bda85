package kz.medcert.adapters.persistence;

import static kz.medcert.adapters.persistence.RequestFixtures.attachment;
import static kz.medcert.adapters.persistence.RequestFixtures.awaitingDocuments;
import static kz.medcert.adapters.persistence.RequestFixtures.awaitingRegistries;
import static kz.medcert.adapters.persistence.RequestFixtures.pdf;
import static kz.medcert.adapters.persistence.RequestFixtures.STARTED;
import static kz.medcert.adapters.persistence.RequestFixtures.started;
import static kz.medcert.adapters.persistence.RequestFixtures.startedAt;
import static kz.medcert.adapters.persistence.RequestFixtures.submitted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import kz.medcert.application.port.out.CertificateRegister;
import kz.medcert.application.port.out.CertificationRequestRepository;
import kz.medcert.application.port.out.ConcurrentUpdateException;
import kz.medcert.application.port.out.DuplicateIdempotencyKeyException;
import kz.medcert.application.port.out.IdempotencyRecord;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.certificate.CertificateNumbers;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.evaluation.Ground;
import kz.medcert.domain.evaluation.Outcome;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.request.Applicant;
import kz.medcert.domain.request.CertificationRequest;
import kz.medcert.domain.request.Decision;
import kz.medcert.domain.request.RefusalReasons;
import kz.medcert.domain.request.RequestId;
import kz.medcert.domain.request.RequestState;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CertificationRequestRepository} promises. Each subclass hands out an empty repository per test.
 */
abstract class CertificationRequestRepositoryContract {
    /** How long a request that just began to wait is left to its writer; short, so that tests need not wait. */
    static final Duration SETTLE = Duration.ofMillis(5);

    /** An empty repository, fresh for each test. */
    protected abstract CertificationRequestRepository repository();

    /** The certificate register in the same database as {@link #repository()}. */
    protected abstract CertificateRegister register();

    /** The repository of another instance of the service on the same database, claiming retries for this lease. */
    protected CertificationRequestRepository anotherInstance(Duration retryLease) {
        return anotherInstance(retryLease, SETTLE);
    }

    /** As {@link #anotherInstance(Duration)}, leaving requests that just began to wait to their writer so long. */
    protected abstract CertificationRequestRepository anotherInstance(Duration retryLease, Duration settle);

    private CertificationRequest acceptedIn(Region region) {
        return acceptedIn(region, LocalDate.of(2024, 12, 9));
    }

    private CertificationRequest acceptedIn(Region region, LocalDate decisionDue) {
        CertificationRequest stored = repository().add(inRegion(started(), region));
        return repository().update(submitted(repository().update(awaitingDocuments(
                repository().update(awaitingRegistries(stored)))), decisionDue));
    }

    /** The day the queue is read on: the 5-day term of a request submitted on 2 December 2024 is running. */
    private static final LocalDate TODAY = LocalDate.of(2024, 12, 10);

    private IssuedCertificate certificateFor(CertificationRequest request) {
        RequestState s = request.state();
        Year year = Year.of(2024);
        return IssuedCertificate.issue(CertificateNumbers.issue(year, register().nextSerial(year)),
                s.applicant().iin(), s.applicant().name(), s.form().target(), Optional.empty(),
                Department.of(s.applicant().region().orElseThrow()), LocalDate.of(2024, 12, 3), Optional.empty());
    }

    @Test
    void addWithIdempotencyKey_remembersTheRequest_andASecondUseOfTheKeyStoresNothing() {
        CertificationRequest first = started();
        Iin owner = first.state().applicant().iin();
        repository().add(first, new IdempotencyRecord(owner, "key-1", "digest-1", first.id()));
        CertificationRequest retry = started();

        assertThatThrownBy(() -> repository().add(retry, new IdempotencyRecord(owner, "key-1", "digest-1",
                retry.id()))).isInstanceOf(DuplicateIdempotencyKeyException.class);

        assertThat(repository().findIdempotencyKey(owner, "key-1"))
                .contains(new IdempotencyRecord(owner, "key-1", "digest-1", first.id()));
        assertThat(repository().find(retry.id())).isEmpty();
        assertThat(repository().findIdempotencyKey(owner, "key-2")).isEmpty();
    }

    @Test
    void updateWithCertificate_storesTheDecisionAndTheRegisterEntryTogether_R75() {
        CertificationRequest accepted = acceptedIn(Region.ALMATY_CITY);
        IssuedCertificate certificate = certificateFor(accepted);

        CertificationRequest issued = repository().update(accepted.issued(certificate.number(),
                certificate.issuedOn(), "OFFICER 1 ALMATY_CITY", STARTED.plusSeconds(7200)), certificate);

        assertThat(repository().find(accepted.id()).orElseThrow().state()).isEqualTo(issued.state());
        assertThat(issued.state().decision()).contains(new Decision.Issued(certificate.number(),
                certificate.issuedOn(), false));
        assertThat(register().find(certificate.number())).contains(certificate);
    }

    @Test
    void updateWithCertificate_whenTheRequestIsStale_registersNothing() {
        CertificationRequest accepted = acceptedIn(Region.ALMATY_CITY);
        IssuedCertificate first = certificateFor(accepted);
        IssuedCertificate second = certificateFor(accepted);
        repository().update(accepted.issued(first.number(), first.issuedOn(), "OFFICER 1", STARTED), first);

        assertThatThrownBy(() -> repository().update(accepted.issued(second.number(), second.issuedOn(),
                "OFFICER 2", STARTED), second)).isInstanceOf(ConcurrentUpdateException.class);

        assertThat(register().find(second.number())).isEmpty();
    }

    /** Issues {@code request} through {@link CertificationRequestRepository#updateIssuing}, drafting its entry. */
    private CertificationRequestRepository.IssuedRequest issue(CertificationRequest request, String officer) {
        RequestState s = request.state();
        Year year = Year.of(2024);
        return repository().updateIssuing(year, serial -> {
            IssuedCertificate certificate = IssuedCertificate.issue(CertificateNumbers.issue(year, serial),
                    s.applicant().iin(), s.applicant().name(), s.form().target(), Optional.empty(),
                    Department.of(s.applicant().region().orElseThrow()), LocalDate.of(2024, 12, 3),
                    Optional.empty());
            return new CertificationRequestRepository.IssuedRequest(request.issued(certificate.number(),
                    certificate.issuedOn(), officer, STARTED.plusSeconds(7200)), certificate);
        });
    }

    private static long serialOf(CertificationRequestRepository.IssuedRequest issued) {
        return CertificateNumbers.serialOf(issued.certificate().number()).orElseThrow().serial();
    }

    @Test
    void updateIssuing_storesTheDecisionAndTheEntry_numberedWithTheNextSerial_R75() {
        CertificationRequest accepted = acceptedIn(Region.ALMATY_CITY);

        CertificationRequestRepository.IssuedRequest issued = issue(accepted, "OFFICER 1 ALMATY_CITY");

        assertThat(repository().find(accepted.id()).orElseThrow().state()).isEqualTo(issued.request().state());
        assertThat(register().find(issued.certificate().number())).contains(issued.certificate());
        assertThat(issue(acceptedIn(Region.ASTANA), "OFFICER 2 ASTANA").certificate().number())
                .isNotEqualTo(issued.certificate().number());
    }

    @Test
    void updateIssuing_aDecisionThatLosesItsRace_givesItsSerialBack_soSerialsHaveNoGaps() {
        CertificationRequest accepted = acceptedIn(Region.ALMATY_CITY);
        long first = serialOf(issue(accepted, "OFFICER 1"));

        assertThatThrownBy(() -> issue(accepted, "OFFICER 2")).isInstanceOf(ConcurrentUpdateException.class);

        assertThat(serialOf(issue(acceptedIn(Region.ALMATY_CITY), "OFFICER 3"))).isEqualTo(first + 1);
    }

    @Test
    void updateIssuing_atOnce_onOneRequestAndOnOthers_burnsNoSerial() throws Exception {
        CertificationRequest contested = acceptedIn(Region.ALMATY_CITY);
        List<CertificationRequest> others = List.of(acceptedIn(Region.ASTANA), acceptedIn(Region.KARAGANDA),
                acceptedIn(Region.ALMATY_CITY));
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            CyclicBarrier together = new CyclicBarrier(6);
            List<CompletableFuture<Long>> writers = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                String officer = "OFFICER " + i;
                writers.add(CompletableFuture.supplyAsync(() -> serialOf(issueAfter(together, contested, officer)),
                        threads));
            }
            for (CertificationRequest other : others) {
                writers.add(CompletableFuture.supplyAsync(() -> serialOf(issueAfter(together, other, "OFFICER 9")),
                        threads));
            }
            List<Long> serials = new ArrayList<>();
            List<Throwable> losers = new ArrayList<>();
            for (CompletableFuture<Long> writer : writers) {
                writer.handle((serial, failure) -> failure == null ? serials.add(serial)
                        : losers.add(failure.getCause())).get(60, TimeUnit.SECONDS);
            }

            assertThat(losers).hasSize(2).allMatch(ConcurrentUpdateException.class::isInstance);
            assertThat(serials).hasSize(4);
            assertThat(Collections.max(serials) - Collections.min(serials)).as("no serial burnt: %s", serials)
                    .isEqualTo(3);
            assertThat(serialOf(issue(acceptedIn(Region.ASTANA), "OFFICER 5"))).isEqualTo(Collections.max(serials)
                    + 1);
        } finally {
            threads.shutdownNow();
        }
    }

    private CertificationRequestRepository.IssuedRequest issueAfter(CyclicBarrier together,
                                                                    CertificationRequest request, String officer) {
        try {
            together.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return issue(request, officer);
    }

    @Test
    void updateWithCertificate_whoseNumberIsTaken_leavesTheRequestUndecided() {
        CertificationRequest accepted = acceptedIn(Region.ALMATY_CITY);
        IssuedCertificate certificate = certificateFor(accepted);
        register().add(certificate);

        assertThatThrownBy(() -> repository().update(accepted.issued(certificate.number(), certificate.issuedOn(),
                "OFFICER 1", STARTED), certificate)).isInstanceOf(IllegalStateException.class);

        assertThat(repository().find(accepted.id()).orElseThrow().state()).isEqualTo(accepted.state());
    }

    @Test
    void find_returnsAnEqualState_ofAProposedHeardAndFinalRefusal_R91() {
        CertificationRequest accepted = acceptedIn(Region.KARAGANDA);
        RefusalReasons reasons = new RefusalReasons(List.of(Ground.GROUND_4_COURT_PROHIBITION), List.of(),
                "Приговор суда о запрещении деятельности; тыйым салу туралы сот үкімі.");
        CertificationRequest proposed = repository().update(accepted.refusalProposed(reasons,
                LocalDate.of(2024, 12, 5), "OFFICER 9 KARAGANDA", STARTED.plusSeconds(7200)));
        CertificationRequest objected = repository().update(proposed.objected("Решение обжаловано.",
                LocalDate.of(2024, 12, 4), "APPLICANT 87******73", STARTED.plusSeconds(9000)));

        assertThat(repository().awaitingDecision(Optional.of(Department.of(Region.KARAGANDA)), TODAY, 0, 10).page())
                .extracting(CertificationRequest::id).contains(objected.id());
        CertificationRequest refused = repository().update(objected.refused(reasons, LocalDate.of(2024, 12, 4),
                "OFFICER 9 KARAGANDA", STARTED.plusSeconds(9600)));

        assertThat(repository().find(refused.id()).orElseThrow().state()).isEqualTo(refused.state());
        assertThat(repository().awaitingDecision(Optional.empty(), TODAY, 0, 10).page())
                .extracting(CertificationRequest::id).doesNotContain(refused.id());
    }

    @Test
    void add_returnsTheRequestAtVersion1() {
        CertificationRequest request = started();

        CertificationRequest stored = repository().add(request);

        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.state()).isEqualTo(request.state().atVersion(1));
    }

    @Test
    void find_returnsAnEqualState_ofANewRequest() {
        CertificationRequest stored = repository().add(started());

        CertificationRequest found = repository().find(stored.id()).orElseThrow();

        assertThat(found.state()).isEqualTo(stored.state());
    }

    @Test
    void find_returnsAnEqualState_ofASubmittedRequestWithARefusal() {
        CertificationRequest stored = repository().add(started());
        stored = repository().update(awaitingRegistries(stored));
        stored = repository().update(awaitingDocuments(stored));
        CertificationRequest submitted = submitted(stored);

        CertificationRequest saved = repository().update(submitted);
        CertificationRequest found = repository().find(saved.id()).orElseThrow();

        assertThat(found.state()).isEqualTo(submitted.state().atVersion(4));
        Outcome outcome = found.state().submission().orElseThrow().evaluation().outcome();
        assertThat(outcome).isInstanceOf(Outcome.Refusal.class);
        assertThat(found.contentDigest()).isEqualTo(submitted.contentDigest());
    }

    @Test
    void awaitingDecision_givesAPageOfTheDepartment_mostUrgentFirst_withTheTotals_R71_R73() {
        CertificationRequest later = acceptedIn(Region.ALMATY_CITY, LocalDate.of(2024, 12, 11));
        CertificationRequest sooner = acceptedIn(Region.ALMATY_CITY, LocalDate.of(2024, 12, 6));
        CertificationRequest middle = acceptedIn(Region.ALMATY_CITY, LocalDate.of(2024, 12, 9));
        CertificationRequest karaganda = acceptedIn(Region.KARAGANDA, LocalDate.of(2024, 12, 5));
        repository().add(inRegion(started(), Region.ALMATY_CITY)); // not yet accepted
        Optional<Department> almaty = Optional.of(Department.of(Region.ALMATY_CITY));

        var first = repository().awaitingDecision(almaty, TODAY, 0, 2);
        var rest = repository().awaitingDecision(almaty, TODAY, 2, 2);
        var all = repository().awaitingDecision(Optional.empty(), TODAY, 0, 10);

        assertThat(first.page()).extracting(CertificationRequest::id).containsExactly(sooner.id(), middle.id());
        assertThat(first.page().get(0).state()).isEqualTo(sooner.state());
        assertThat(rest.page()).extracting(CertificationRequest::id).containsExactly(later.id());
        // on 10 December the decisions due on the 6th and the 9th are overdue
        assertThat(List.of(first.total(), first.overdue(), rest.total())).containsExactly(3L, 2L, 3L);
        assertThat(all.page()).extracting(CertificationRequest::id)
                .containsExactly(karaganda.id(), sooner.id(), middle.id(), later.id());
        assertThat(List.of(all.total(), all.overdue())).containsExactly(4L, 3L);
        assertThat(repository().awaitingDecision(almaty, TODAY, 3, 2).page()).isEmpty();
    }

    private static CertificationRequest inRegion(CertificationRequest r, Region region) {
        RequestState s = r.state();
        return CertificationRequest.restore(new RequestState(s.id(),
                new Applicant(s.applicant().iin(), s.applicant().name(), region),
                s.startedAt(), s.form(), s.consent(), s.fetches(), s.fetched(), s.attachments(), s.submission(),
                s.status(), s.history(), s.version()));
    }

    @Test
    void update_incrementsTheVersion() {
        CertificationRequest stored = repository().add(started());

        CertificationRequest second = repository().update(awaitingRegistries(stored));
        CertificationRequest third = repository().update(awaitingDocuments(second));

        assertThat(second.version()).isEqualTo(2);
        assertThat(third.version()).isEqualTo(3);
        assertThat(repository().find(stored.id()).orElseThrow().version()).isEqualTo(3);
    }

    @Test
    void update_throwsConcurrentUpdate_whenTheRequestIsStale_andChangesNothing() {
        CertificationRequest stored = repository().add(started());
        CertificationRequest current = repository().update(awaitingRegistries(stored));

        assertThatThrownBy(() -> repository().update(stored.consentRequested("OTP-2", "SMS", Instant.now())))
                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(repository().find(stored.id()).orElseThrow().state()).isEqualTo(current.state());
    }

    @Test
    void update_throwsConcurrentUpdate_forARequestNeverAdded() {
        CertificationRequest unknown = started();

        assertThatThrownBy(() -> repository().update(awaitingRegistries(unknown)))
                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(repository().find(unknown.id())).isEmpty();
    }

    @Test
    void add_refusesASecondRequestWithTheSameId() {
        CertificationRequest request = started();
        CertificationRequest stored = repository().update(awaitingRegistries(repository().add(request)));

        assertThatThrownBy(() -> repository().add(request)).isInstanceOf(IllegalStateException.class);

        assertThat(repository().find(request.id()).orElseThrow().state()).isEqualTo(stored.state());
    }

    @Test
    void update_letsExactlyOneOfTwoConcurrentWritersWin() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                CertificationRequest stored = repository().add(started());
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
                assertThat(repository().find(stored.id()).orElseThrow().state())
                        .isEqualTo(winners.get(0).state()).extracting(s -> s.version()).isEqualTo(2L);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void attachmentContent_roundTripsByteForByte() {
        CertificationRequest stored = repository().add(started());
        byte[] content = pdf(1_500_000, 42);
        UUID attachmentId = UUID.randomUUID();

        CertificationRequest attached = repository().update(stored.attached(attachment(attachmentId, content,
                Instant.now())), attachmentId, content);

        assertThat(attached.version()).isEqualTo(2);
        assertThat(repository().attachmentContent(stored.id(), attachmentId)).hasValue(content);
        assertThat(repository().find(stored.id()).orElseThrow().state().attachments())
                .singleElement().extracting(a -> a.id()).isEqualTo(attachmentId);
    }

    @Test
    void update_withContent_storesNoContent_whenTheRequestIsStale() {
        CertificationRequest stored = repository().add(started());
        CertificationRequest current = repository().update(awaitingRegistries(stored));
        byte[] content = pdf(10_000, 1);
        UUID attachmentId = UUID.randomUUID();

        assertThatThrownBy(() -> repository().update(stored.attached(attachment(attachmentId, content,
                Instant.now())), attachmentId, content)).isInstanceOf(ConcurrentUpdateException.class);

        assertThat(repository().attachmentContent(stored.id(), attachmentId)).isEmpty();
        assertThat(repository().find(stored.id()).orElseThrow().state()).isEqualTo(current.state());
    }

    @Test
    void update_withContent_leavesTheRequestUnchanged_whenTheContentCannotBeStored() {
        CertificationRequest stored = repository().add(started());
        byte[] first = pdf(5_000, 1);
        UUID attachmentId = UUID.randomUUID();
        CertificationRequest current = repository().update(stored.attached(attachment(attachmentId, first,
                Instant.now())), attachmentId, first);
        byte[] second = pdf(6_000, 2);
        CertificationRequest again = current.attached(attachment(attachmentId, second, Instant.now()));

        assertThatThrownBy(() -> repository().update(again, attachmentId, second))
                .isInstanceOf(IllegalStateException.class);

        assertThat(repository().find(stored.id()).orElseThrow().state()).isEqualTo(current.state());
        assertThat(repository().attachmentContent(stored.id(), attachmentId)).hasValue(first);
    }

    @Test
    void update_withContent_refusesContentOfAnAttachmentTheRequestDoesNotList() {
        CertificationRequest stored = repository().add(started());
        byte[] content = pdf(1_000, 4);
        UUID unlisted = UUID.randomUUID();

        assertThatThrownBy(() -> repository().update(stored.attached(attachment(UUID.randomUUID(), content,
                Instant.now())), unlisted, content)).isInstanceOf(IllegalArgumentException.class);

        assertThat(repository().find(stored.id()).orElseThrow().state()).isEqualTo(stored.state());
        assertThat(repository().attachmentContent(stored.id(), unlisted)).isEmpty();
    }

    @Test
    void attachmentContent_sharesNoBytesWithTheCaller() {
        CertificationRequest stored = repository().add(started());
        byte[] content = pdf(1_000, 5);
        byte[] original = content.clone();
        UUID attachmentId = UUID.randomUUID();
        repository().update(stored.attached(attachment(attachmentId, content, Instant.now())), attachmentId, content);

        content[0] = 'X';
        repository().attachmentContent(stored.id(), attachmentId).orElseThrow()[1] = 'Y';

        assertThat(repository().attachmentContent(stored.id(), attachmentId)).hasValue(original);
    }

    @Test
    void find_isEmpty_forAnUnknownId() {
        repository().add(started());

        assertThat(repository().find(new RequestId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void attachmentContent_isEmpty_forAnUnknownAttachment_orAnotherRequest() {
        CertificationRequest stored = repository().add(started());
        CertificationRequest other = repository().add(started());
        byte[] content = pdf(1_000, 3);
        UUID attachmentId = UUID.randomUUID();
        repository().update(stored.attached(attachment(attachmentId, content, Instant.now())), attachmentId, content);

        assertThat(repository().attachmentContent(stored.id(), UUID.randomUUID())).isEmpty();
        assertThat(repository().attachmentContent(other.id(), attachmentId)).isEmpty();
    }

    @Test
    void awaitingRegistries_listsOnlyWaitingRequests_oldestFirst() {
        Instant t = Instant.parse("2025-01-10T06:00:00Z");
        RequestId later = waiting(t.plusSeconds(600)).id();
        RequestId earlier = waiting(t).id();
        RequestId latest = waiting(t.plusSeconds(1200)).id();
        repository().add(startedAt(t.minusSeconds(3600)));
        repository().update(awaitingDocuments(waiting(t.minusSeconds(7200))));
        pastTheSettleTime();

        assertThat(repository().awaitingRegistries(10)).containsExactly(earlier, later, latest);
        assertThat(repository().awaitingRegistries(2)).containsExactly(earlier, later);
    }

    @Test
    void awaitingRegistries_ofTwoInstances_neverHandsOneRequestToBoth_andAStoppedInstancesClaimsLapse()
            throws InterruptedException {
        Instant t = Instant.parse("2025-01-10T06:00:00Z");
        List<RequestId> waiting = List.of(waiting(t).id(), waiting(t.plusSeconds(60)).id(),
                waiting(t.plusSeconds(120)).id());
        CertificationRequestRepository first = anotherInstance(Duration.ofSeconds(2));
        CertificationRequestRepository second = anotherInstance(Duration.ofSeconds(2));
        pastTheSettleTime();

        List<RequestId> claimedByFirst = first.awaitingRegistries(2);
        List<RequestId> claimedBySecond = second.awaitingRegistries(10);

        assertThat(claimedByFirst).containsExactly(waiting.get(0), waiting.get(1));
        assertThat(claimedBySecond).containsExactly(waiting.get(2));
        assertThat(first.awaitingRegistries(10)).as("its own claims, renewed").containsExactly(waiting.get(0),
                waiting.get(1));
        Thread.sleep(2_500); // the second stops renewing: its claim lapses on the database's clock
        assertThat(first.awaitingRegistries(10)).containsExactlyElementsOf(waiting);
        assertThat(second.awaitingRegistries(10)).isEmpty();
    }

    @Test
    void aRequestThatJustBeganToWait_isLeftToItsWriter_untilTheRegistriesAnswersAreWritten() throws Exception {
        CertificationRequestRepository writer = anotherInstance(Duration.ofMinutes(1), Duration.ofMinutes(1));
        CertificationRequestRepository worker = anotherInstance(Duration.ofMinutes(1));
        CertificationRequest consented = writer.update(awaitingRegistries(writer.add(started())));

        assertThat(worker.awaitingRegistries(10)).as("the writer asks the registries now").isEmpty();
        assertThat(writer.awaitingRegistries(10)).as("not even the writer's own worker").isEmpty();

        writer.update(consented.registryFailed(kz.medcert.domain.request.StateRegistry.PROHIBITIONS, "down",
                STARTED.plusSeconds(5), STARTED.plusSeconds(35)));
        assertThat(worker.awaitingRegistries(10)).containsExactly(consented.id());
    }

    private static void pastTheSettleTime() {
        try {
            Thread.sleep(SETTLE.toMillis() * 4);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private CertificationRequest waiting(Instant startedAt) {
        return repository().update(awaitingRegistries(repository().add(startedAt(startedAt))));
    }

    private CertificationRequest updateAfter(CyclicBarrier together, CertificationRequest request) {
        try {
            together.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return repository().update(request);
    }
}
