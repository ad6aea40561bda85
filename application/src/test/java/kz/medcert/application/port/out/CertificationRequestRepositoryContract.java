package kz.medcert.application.port.out;

import static kz.medcert.application.testing.JourneyFixtures.STARTED;
import static kz.medcert.application.testing.JourneyFixtures.attachment;
import static kz.medcert.application.testing.JourneyFixtures.awaitingDocuments;
import static kz.medcert.application.testing.JourneyFixtures.awaitingDocumentsWithoutEducation;
import static kz.medcert.application.testing.JourneyFixtures.awaitingRegistries;
import static kz.medcert.application.testing.JourneyFixtures.inRegion;
import static kz.medcert.application.testing.JourneyFixtures.pdf;
import static kz.medcert.application.testing.JourneyFixtures.started;
import static kz.medcert.application.testing.JourneyFixtures.startedAt;
import static kz.medcert.application.testing.JourneyFixtures.submitted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import kz.medcert.application.testing.JourneyFixtures;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.certificate.CertificateNumbers;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.evaluation.Ground;
import kz.medcert.domain.evaluation.Outcome;
import kz.medcert.application.port.in.ServiceText;
import kz.medcert.application.service.RequestInWords;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.person.Sex;
import kz.medcert.domain.reference.Language;
import kz.medcert.domain.reference.Message;
import kz.medcert.domain.request.Applicant;
import kz.medcert.domain.request.CertificationRequest;
import kz.medcert.domain.request.Decision;
import kz.medcert.domain.request.Motivation;
import kz.medcert.domain.request.RefusalReasons;
import kz.medcert.domain.request.RequestId;
import kz.medcert.domain.reference.SpecialtyCode;
import kz.medcert.domain.request.RequestStatus;
import kz.medcert.domain.request.RequestState;
import kz.medcert.domain.request.StateRegistry;
import kz.medcert.domain.request.RequestStatus;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CertificationRequestRepository} promises: versions from 1, writes only at the version read
 * (optimistic locking), each write whole or not at all (with the idempotency key, the register entry and the marking
 * of the earlier entry it replaces, or the attachment's bytes it carries), stored values shared with no caller, the
 * two queues (awaiting registries, awaiting a decision) and an applicant's own requests; a certificate's serial drawn
 * in the decision's transaction, so that a lost race burns none; and, for several instances of the service on one
 * store, retry claims that no two instances hold at once and that lapse, and the hold on a request that a write just
 * left waiting for its registries. Run against the in-memory fake (application) and the JDBI adapter on HSQLDB and
 * PostgreSQL (adapters-persistence), so that service tests on the fake test what production does.
 */
public abstract class CertificationRequestRepositoryContract {
    /** The day the queue is read on: the 5-day term of a request submitted on 2 December 2024 is running. */
    private static final LocalDate TODAY = LocalDate.of(2024, 12, 10);

    /** The repository under test, empty at the start of each test (the same instance throughout one test). */
    protected abstract CertificationRequestRepository repository();

    /** The certificate register in the same store as {@link #repository()}, empty at the start of each test. */
    protected abstract CertificateRegister register();

    /** The outbox in the same store as {@link #repository()}, empty at the start of each test. */
    protected abstract Outbox outbox();

    /** The outbox as another instance of the service on the same store sees it: claims of its own. */
    protected abstract Outbox outboxOfAnotherInstance();

    /**
     * How long a request that a write just left waiting for registries is left to that write's instance; short, so
     * that tests need not wait. {@link #repository()} is built with it.
     */
    public static final Duration SETTLE = Duration.ofMillis(5);

    /** The repository of another instance of the service on the same store, claiming retries for this lease. */
    protected CertificationRequestRepository anotherInstance(Duration retryLease) {
        return anotherInstance(retryLease, SETTLE);
    }

    /** As {@link #anotherInstance(Duration)}, leaving requests that just began to wait to their writer so long. */
    protected abstract CertificationRequestRepository anotherInstance(Duration retryLease, Duration settle);

    private CertificationRequest acceptedIn(Region region) {
        return acceptedIn(region, LocalDate.of(2024, 12, 9));
    }

    private CertificationRequest acceptedIn(Region region, LocalDate decisionDue) {
        return JourneyFixtures.acceptedIn(repository(), region, decisionDue);
    }

    private IssuedCertificate certificateFor(CertificationRequest request) {
        RequestState s = request.state();
        Year year = Year.of(2024);
        return IssuedCertificate.issue(CertificateNumbers.issue(year, register().nextSerial(year)),
                s.applicant().iin(), s.applicant().name(), s.form().target(), Optional.empty(),
                Department.of(s.applicant().region().orElseThrow()), LocalDate.of(2024, 12, 3), Optional.empty());
    }

    /** The officer issues; where the rules found grounds, with a written override (R74, R91). */
    private static CertificationRequest issue(CertificationRequest accepted, IssuedCertificate certificate, String by,
                                              java.time.Instant at) {
        boolean refused = !accepted.state().submission().orElseThrow().evaluation().outcome().isEligible();
        return accepted.issued(certificate.number(), certificate.issuedOn(), refused
                ? java.util.Optional.of(Motivation.of(null, "Документы проверены.", null))
                : java.util.Optional.empty(), by, at);
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

        CertificationRequest issued = repository().update(issue(accepted, certificate, "OFFICER 1 ALMATY_CITY",
                STARTED.plusSeconds(7200)), certificate);

        assertThat(repository().find(accepted.id()).orElseThrow().state()).isEqualTo(issued.state());
        assertThat(issued.state().decision()).hasValueSatisfying(d -> assertThat(((Decision.Issued) d).number())
                .isEqualTo(certificate.number()));
        assertThat(register().find(certificate.number())).contains(certificate);
    }

    @Test
    void updateWithCertificate_marksTheHoldersEarlierCertificateInTheSpecialty_asReplaced_R14_R75() {
        CertificationRequest accepted = acceptedIn(Region.ALMATY_CITY);
        IssuedCertificate earlier = earlierCertificateOf(accepted);
        register().add(earlier);
        IssuedCertificate certificate = certificateFor(accepted);

        repository().update(issue(accepted, certificate, "OFFICER 1 ALMATY_CITY",
                STARTED.plusSeconds(7200)), certificate);

        assertThat(register().find(earlier.number())).contains(earlier.supersededBy(certificate));
        assertThat(register().find(certificate.number())).contains(certificate);
    }

    @Test
    void updateWithCertificate_whenTheRequestIsStale_marksNothing() {
        CertificationRequest accepted = acceptedIn(Region.ALMATY_CITY);
        IssuedCertificate earlier = earlierCertificateOf(accepted);
        register().add(earlier);
        IssuedCertificate certificate = certificateFor(accepted);
        repository().update(accepted.refusalProposed(new RefusalReasons(List.of(Ground.GROUND_4_COURT_PROHIBITION),
                List.of(), "Приговор суда."), LocalDate.of(2024, 12, 5), "OFFICER 9", STARTED.plusSeconds(60)));

        assertThatThrownBy(() -> repository().update(issue(accepted, certificate, "OFFICER 1", STARTED),
                certificate)).isInstanceOf(ConcurrentUpdateException.class);

        assertThat(register().find(earlier.number())).contains(earlier);
    }

    private IssuedCertificate earlierCertificateOf(CertificationRequest request) {
        RequestState s = request.state();
        Year year = Year.of(2019);
        return IssuedCertificate.issue(CertificateNumbers.issue(year, register().nextSerial(year)),
                s.applicant().iin(), s.applicant().name(), s.form().target(), Optional.empty(),
                Department.of(s.applicant().region().orElseThrow()), LocalDate.of(2019, 12, 3), Optional.empty());
    }

    @Test
    void startedBy_givesAPageOfTheApplicantsRequests_newestFirst_withTheTotal() {
        List<CertificationRequest> mine = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            mine.add(repository().add(startedAt(STARTED.plusSeconds(3600L * i))));
        }
        CertificationRequest another = repository().add(inApplicant(startedAt(STARTED.plusSeconds(99_999)),
                Iin.of(LocalDate.of(1990, 1, 2), Sex.MALE, 77)));
        Iin applicant = mine.get(0).state().applicant().iin();

        RequestIds first = ids(repository().startedBy(applicant, 0, 2));
        RequestIds last = ids(repository().startedBy(applicant, 4, 2));

        assertThat(first.ids()).containsExactly(mine.get(4).id(), mine.get(3).id());
        assertThat(first.total()).isEqualTo(5);
        assertThat(last.ids()).containsExactly(mine.get(0).id());
        assertThat(ids(repository().startedBy(applicant, 5, 2)).ids()).isEmpty();
        assertThat(ids(repository().startedBy(another.state().applicant().iin(), 0, 10)).ids())
                .containsExactly(another.id());
        assertThat(ids(repository().startedBy(Iin.of(LocalDate.of(1990, 1, 3), Sex.FEMALE, 78), 0, 10)))
                .isEqualTo(new RequestIds(List.of(), 0));
        assertThat(repository().startedBy(applicant, 0, 1).page()).singleElement()
                .satisfies(r -> assertThat(r.state()).isEqualTo(mine.get(4).state()));
        assertThatThrownBy(() -> repository().startedBy(applicant, -1, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void latestStartedBy_isTheFirstOfStartedBy_evenAmongRequestsStartedAtOneMoment() {
        List<CertificationRequest> mine = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            mine.add(repository().add(startedAt(STARTED.plusSeconds(3600L * i))));
        }
        Iin applicant = mine.get(0).state().applicant().iin();
        assertThat(repository().latestStartedBy(applicant).map(CertificationRequest::id)).contains(mine.get(2).id());
        for (int i = 0; i < 4; i++) {
            repository().add(startedAt(STARTED.plusSeconds(7200L)));
        }
        Iin another = Iin.of(LocalDate.of(1990, 1, 2), Sex.MALE, 77);
        repository().add(inApplicant(startedAt(STARTED.plusSeconds(99_999)), another));

        assertThat(repository().latestStartedBy(applicant).map(CertificationRequest::id))
                .contains(repository().startedBy(applicant, 0, 1).page().get(0).id());
        assertThat(repository().latestStartedBy(applicant).orElseThrow().state())
                .isEqualTo(repository().startedBy(applicant, 0, 1).page().get(0).state());
        assertThat(repository().latestStartedBy(Iin.of(LocalDate.of(1990, 1, 3), Sex.FEMALE, 78))).isEmpty();
    }

    /** A page of {@link CertificationRequestRepository#startedBy} by its ids, to compare whole. */
    private record RequestIds(List<RequestId> ids, long total) {
    }

    private static RequestIds ids(CertificationRequestRepository.RequestPage page) {
        return new RequestIds(page.page().stream().map(CertificationRequest::id).toList(), page.total());
    }

    private static CertificationRequest inApplicant(CertificationRequest r, Iin iin) {
        RequestState s = r.state();
        return CertificationRequest.restore(new RequestState(s.id(),
                new Applicant(iin, s.applicant().name(), s.applicant().region()),
                s.startedAt(), s.form(), s.consent(), s.fetches(), s.fetched(), s.attachments(), s.submission(),
                s.status(), s.history(), s.version()));
    }

    @Test
    void updateWithCertificate_whenTheRequestIsStale_registersNothing() {
        CertificationRequest accepted = acceptedIn(Region.ALMATY_CITY);
        IssuedCertificate first = certificateFor(accepted);
        IssuedCertificate second = certificateFor(accepted);
        repository().update(issue(accepted, first, "OFFICER 1", STARTED), first);

        assertThatThrownBy(() -> repository().update(issue(accepted, second, "OFFICER 2", STARTED), second))
                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(register().find(second.number())).isEmpty();
    }

    /** Issues {@code request} through {@link CertificationRequestRepository#updateIssuing}, drafting its entry. */
    private CertificationRequestRepository.IssuedRequest issueDrawing(CertificationRequest request, String officer) {
        RequestState s = request.state();
        Year year = Year.of(2024);
        return repository().updateIssuing(year, serial -> {
            IssuedCertificate certificate = IssuedCertificate.issue(CertificateNumbers.issue(year, serial),
                    s.applicant().iin(), s.applicant().name(), s.form().target(), Optional.empty(),
                    Department.of(s.applicant().region().orElseThrow()), LocalDate.of(2024, 12, 3),
                    Optional.empty());
            return new CertificationRequestRepository.IssuedRequest(issue(request, certificate, officer,
                    STARTED.plusSeconds(7200)), certificate);
        });
    }

    private static long serialOf(CertificationRequestRepository.IssuedRequest issued) {
        return CertificateNumbers.serialOf(issued.certificate().number()).orElseThrow().serial();
    }

    @Test
    void updateIssuing_storesTheDecisionAndTheEntry_numberedWithTheNextSerial_R75() {
        CertificationRequest accepted = acceptedIn(Region.ALMATY_CITY);

        CertificationRequestRepository.IssuedRequest issued = issueDrawing(accepted, "OFFICER 1 ALMATY_CITY");

        assertThat(repository().find(accepted.id()).orElseThrow().state()).isEqualTo(issued.request().state());
        assertThat(register().find(issued.certificate().number())).contains(issued.certificate());
        assertThat(issueDrawing(acceptedIn(Region.ASTANA), "OFFICER 2 ASTANA").certificate().number())
                .isNotEqualTo(issued.certificate().number());
    }

    @Test
    void updateIssuing_marksTheHoldersEarlierCertificateInTheSpecialty_asReplaced_R14_R75() {
        CertificationRequest accepted = acceptedIn(Region.ALMATY_CITY);
        IssuedCertificate earlier = earlierCertificateOf(accepted);
        register().add(earlier);

        CertificationRequestRepository.IssuedRequest issued = issueDrawing(accepted, "OFFICER 1 ALMATY_CITY");

        assertThat(register().find(earlier.number())).contains(earlier.supersededBy(issued.certificate()));
    }

    @Test
    void updateIssuing_aDecisionThatLosesItsRace_givesItsSerialBack_soSerialsHaveNoGaps() {
        CertificationRequest accepted = acceptedIn(Region.ALMATY_CITY);
        long first = serialOf(issueDrawing(accepted, "OFFICER 1"));

        assertThatThrownBy(() -> issueDrawing(accepted, "OFFICER 2")).isInstanceOf(ConcurrentUpdateException.class);

        assertThat(serialOf(issueDrawing(acceptedIn(Region.ALMATY_CITY), "OFFICER 3"))).isEqualTo(first + 1);
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
            assertThat(serialOf(issueDrawing(acceptedIn(Region.ASTANA), "OFFICER 5")))
                    .isEqualTo(Collections.max(serials) + 1);
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
        return issueDrawing(request, officer);
    }

    @Test
    void storedUploads_countsTheCopiesStoredForTheRequestAndTheirBytes_andNoOtherRequests() {
        CertificationRequest stored = repository().add(started());
        CertificationRequest other = repository().add(started());
        assertThat(repository().storedUploads(stored.id()))
                .isEqualTo(new CertificationRequestRepository.StoredUploads(0, 0));
        byte[] first = pdf(1_000, 1);
        byte[] second = pdf(2_500, 2);
        UUID firstId = UUID.randomUUID();
        UUID secondId = UUID.randomUUID();
        UUID othersId = UUID.randomUUID();
        stored = repository().update(stored.attached(attachment(firstId, first, Instant.now())), firstId, first);
        repository().update(stored.attached(attachment(secondId, second, Instant.now())), secondId, second);
        repository().update(other.attached(attachment(othersId, first, Instant.now())), othersId, first);

        assertThat(repository().storedUploads(stored.id()))
                .isEqualTo(new CertificationRequestRepository.StoredUploads(2, 3_500));
        assertThat(repository().storedUploads(other.id()))
                .isEqualTo(new CertificationRequestRepository.StoredUploads(1, 1_000));
    }

    @Test
    void updateWithCertificate_whoseNumberIsTaken_leavesTheRequestUndecided() {
        CertificationRequest accepted = acceptedIn(Region.ALMATY_CITY);
        IssuedCertificate certificate = certificateFor(accepted);
        register().add(certificate);

        assertThatThrownBy(() -> repository().update(issue(accepted, certificate, "OFFICER 1", STARTED),
                certificate)).isInstanceOf(IllegalStateException.class);

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

    @Test
    void awaitingDecision_narrowsToOneStatus_andToOneDeclaredSpecialty_withTheTotalsOfTheNarrowedQueue_R71_R73() {
        CertificationRequest accepted = acceptedIn(Region.ALMATY_CITY, LocalDate.of(2024, 12, 11));
        CertificationRequest heard = acceptedIn(Region.ALMATY_CITY, LocalDate.of(2024, 12, 6));
        CertificationRequest proposed = repository().update(heard.refusalProposed(new RefusalReasons(
                List.of(Ground.GROUND_2_REQUIREMENTS_NOT_MET), List.of(), "Требования не выполнены."),
                LocalDate.of(2024, 12, 12), "OFFICER 1 ALMATY_CITY", STARTED.plusSeconds(7200)));
        Optional<Department> almaty = Optional.of(Department.of(Region.ALMATY_CITY));
        SpecialtyCode declared = accepted.state().form().declaredSpecialty();
        SpecialtyCode other = SpecialtyCode.of(declared.value().equals("NEUROLOGY") ? "PEDIATRICS" : "NEUROLOGY");

        var onlyAccepted = repository().awaitingDecision(almaty, Optional.of(RequestStatus.ACCEPTED), Optional.empty(),
                TODAY, 0, 10);
        var onlyProposed = repository().awaitingDecision(almaty, Optional.of(RequestStatus.REFUSAL_PROPOSED),
                Optional.empty(), TODAY, 0, 10);
        var declaredOnes = repository().awaitingDecision(almaty, Optional.empty(), Optional.of(declared), TODAY, 0, 10);
        var otherOnes = repository().awaitingDecision(Optional.empty(), Optional.empty(), Optional.of(other), TODAY, 0,
                10);
        var notAwaiting = repository().awaitingDecision(almaty, Optional.of(RequestStatus.ISSUED), Optional.empty(),
                TODAY, 0, 10);

        assertThat(onlyAccepted.page()).extracting(CertificationRequest::id).containsExactly(accepted.id());
        assertThat(onlyAccepted.total()).isEqualTo(1);
        assertThat(onlyProposed.page()).extracting(CertificationRequest::id).containsExactly(proposed.id());
        // on 10 December the decision due on the 6th is overdue
        assertThat(List.of(onlyProposed.total(), onlyProposed.overdue())).containsExactly(1L, 1L);
        assertThat(declaredOnes.page()).extracting(CertificationRequest::id)
                .containsExactly(proposed.id(), accepted.id());
        assertThat(otherOnes.page()).isEmpty();
        assertThat(otherOnes.total()).isZero();
        assertThat(notAwaiting.page()).isEmpty();
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
    void twoCertificatesOfOneHolderInOneSpecialtyIssuedAtOnce_leaveOneCurrent_R14_R75() throws Exception {
        CertificationRequest first = acceptedIn(Region.ALMATY_CITY);
        register().add(earlierCertificateOf(first));
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                List<CertificationRequest> accepted = List.of(round == 0 ? first : acceptedIn(Region.ALMATY_CITY),
                        acceptedIn(Region.ALMATY_CITY));
                CyclicBarrier together = new CyclicBarrier(2);
                List<CompletableFuture<CertificationRequest>> decisions = new ArrayList<>();
                for (CertificationRequest request : accepted) {
                    IssuedCertificate certificate = certificateFor(request);
                    CertificationRequest issued = issue(request, certificate, "OFFICER 1 ALMATY_CITY",
                            STARTED.plusSeconds(7200));
                    decisions.add(CompletableFuture.supplyAsync(() -> {
                        awaitQuietly(together);
                        return repository().update(issued, certificate);
                    }, threads));
                }
                for (CompletableFuture<CertificationRequest> decision : decisions) {
                    decision.get(30, TimeUnit.SECONDS);
                }

                List<IssuedCertificate> held = register().heldBy(first.state().applicant().iin());
                assertThat(held).as("round " + round).hasSize(3 + 2 * round);
                assertThat(held.stream().filter(c -> c.supersession().isEmpty() && c.revocation().isEmpty()))
                        .as("round " + round).singleElement()
                        .isEqualTo(held.stream().max(IssuedCertificate.REGISTER_ORDER).orElseThrow());
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static void awaitQuietly(CyclicBarrier barrier) {
        try {
            barrier.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
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
    void awaitingRegistries_putsARequestThatJustChangedBehindOnesThatWaitedLonger() {
        Instant t = Instant.parse("2025-01-10T06:00:00Z");
        CertificationRequest first = waiting(t);
        CertificationRequest second = waiting(t.plusSeconds(30));
        repository().update(first.registryFailed(first.registriesDue(t).get(0), "timeout", t.plusSeconds(600),
                t.plusSeconds(900)));
        pastTheSettleTime();

        assertThat(repository().awaitingRegistries(10)).containsExactly(second.id(), first.id());
    }

    @Test
    void awaitingRegistries_listsARequestGoneOnWithoutAnUnavailableRegistry_untilItAnswers_R21_R70() {
        Instant t = Instant.parse("2025-01-10T06:00:00Z");
        CertificationRequest given = repository().update(awaitingDocumentsWithoutEducation(waiting(t)));
        assertThat(given.status()).isEqualTo(RequestStatus.AWAITING_DOCUMENTS);
        assertThat(repository().awaitingRegistries(10)).containsExactly(given.id());

        CertificationRequest accepted = repository().update(submitted(given));
        assertThat(accepted.status()).isEqualTo(RequestStatus.ACCEPTED);
        assertThat(repository().awaitingRegistries(10)).containsExactly(given.id());

        Instant later = accepted.state().submission().orElseThrow().submittedAt().plusSeconds(3600);
        CertificationRequest answered = repository().update(accepted.registryAnswered(StateRegistry.EDUCATION,
                f -> f, later));

        assertThat(repository().awaitingRegistries(10)).isEmpty();
        assertThat(repository().find(given.id()).orElseThrow().state()).isEqualTo(answered.state());
        assertThat(answered.state().fetches()).filteredOn(f -> f.registry() == StateRegistry.EDUCATION)
                .singleElement().satisfies(f -> assertThat(f.answeredLate()).isTrue());
    }

    @Test
    void find_returnsTheAmendedForm_R21_R70() {
        CertificationRequest waiting = waiting(Instant.parse("2025-01-10T06:00:00Z"));
        var form = waiting.state().form().toBuilder().assessment(new kz.medcert.domain.dossier.AssessmentResult(
                waiting.state().form().declaredSpecialty(), java.time.LocalDate.of(2024, 10, 1), true)).build();

        CertificationRequest amended = repository().update(waiting.formAmended(form,
                waiting.state().details(), waiting.state().startedAt().plusSeconds(200), "APPLICANT ********1234"));

        assertThat(repository().find(waiting.id()).orElseThrow().state()).isEqualTo(amended.state());
        assertThat(amended.state().form().assessments()).hasSize(1);
    }

    @Test
    void awaitingRegistries_refusesALimitBelowOne() {
        assertThatThrownBy(() -> repository().awaitingRegistries(0)).isInstanceOf(IllegalArgumentException.class);
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
        Thread.sleep(2_500); // the second stops renewing: its claim lapses
        assertThat(first.awaitingRegistries(10)).containsExactlyElementsOf(waiting);
        assertThat(second.awaitingRegistries(10)).isEmpty();
    }

    @Test
    void aRequestThatJustBeganToWait_isLeftToItsWriter_untilTheRegistriesAnswersAreWritten() {
        CertificationRequestRepository writer = anotherInstance(Duration.ofMinutes(1), Duration.ofMinutes(1));
        CertificationRequestRepository worker = anotherInstance(Duration.ofMinutes(1));
        CertificationRequest consented = writer.update(awaitingRegistries(writer.add(started())));

        assertThat(worker.awaitingRegistries(10)).as("the writer asks the registries now").isEmpty();
        assertThat(writer.awaitingRegistries(10)).as("not even the writer's own worker").isEmpty();

        writer.update(consented.registryFailed(consented.registriesDue(STARTED).get(0), "down",
                STARTED.plusSeconds(5), STARTED.plusSeconds(35)));
        assertThat(worker.awaitingRegistries(10)).containsExactly(consented.id());
    }

    private static Notification notice(CertificationRequest request, Notification.Kind kind, Language language) {
        return new Notification(request.state().applicant().iin(), kind, "request " + request.id(),
                RequestInWords.named(ServiceText.NOTIFY_SUBJECT_REQUEST_ACCEPTED.message(), request),
                RequestInWords.named(ServiceText.NOTIFY_REQUEST_ACCEPTED.message(), request)
                        .with("due", LocalDate.of(2024, 12, 9)), language, STARTED.plusSeconds(60));
    }

    @Test
    void updateWithNotifications_storesThemInTheOutbox_writtenInTheRecipientsLanguage_dueAtOnce() {
        CertificationRequest waiting = repository().update(awaitingRegistries(repository().add(started())));
        CertificationRequest documents = awaitingDocuments(waiting);

        repository().update(documents, List.of(notice(documents, Notification.Kind.REQUEST_ACCEPTED, Language.KK)));

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
    void aStaleUpdate_storesNoNotification() {
        CertificationRequest waiting = repository().update(awaitingRegistries(repository().add(started())));
        repository().update(awaitingDocuments(waiting));
        CertificationRequest stale = awaitingDocuments(waiting);

        assertThatThrownBy(() -> repository().update(stale, List.of(notice(stale, Notification.Kind.REQUEST_ACCEPTED,
                Language.RU)))).isInstanceOf(ConcurrentUpdateException.class);

        assertThat(outbox().backlog()).isZero();
        assertThat(outbox().claimDue(10)).isEmpty();
    }

    @Test
    void updateIssuing_storesTheDecisionsNotifications_andNoneWhenTheDecisionLosesItsRace() {
        CertificationRequest accepted = acceptedIn(Region.ALMATY_CITY);
        RequestState s = accepted.state();
        Year year = Year.of(2024);
        repository().updateIssuing(year, serial -> {
            IssuedCertificate certificate = IssuedCertificate.issue(CertificateNumbers.issue(year, serial),
                    s.applicant().iin(), s.applicant().name(), s.form().target(), Optional.empty(),
                    Department.of(Region.ALMATY_CITY), LocalDate.of(2024, 12, 3), Optional.empty());
            return new CertificationRequestRepository.IssuedRequest(issue(accepted, certificate, "OFFICER 1",
                    STARTED.plusSeconds(7200)), certificate,
                    List.of(notice(accepted, Notification.Kind.CERTIFICATE_ISSUED, Language.RU)));
        });
        assertThatThrownBy(() -> repository().updateIssuing(year, serial -> {
            IssuedCertificate certificate = IssuedCertificate.issue(CertificateNumbers.issue(year, serial),
                    s.applicant().iin(), s.applicant().name(), s.form().target(), Optional.empty(),
                    Department.of(Region.ALMATY_CITY), LocalDate.of(2024, 12, 3), Optional.empty());
            return new CertificationRequestRepository.IssuedRequest(issue(accepted, certificate, "OFFICER 2",
                    STARTED.plusSeconds(7300)), certificate,
                    List.of(notice(accepted, Notification.Kind.CERTIFICATE_ISSUED, Language.EN)));
        })).isInstanceOf(ConcurrentUpdateException.class);

        assertThat(outbox().claimDue(10)).singleElement()
                .satisfies(n -> assertThat(n.language()).isEqualTo(Language.RU));
    }

    @Test
    void aRevocationStoresItsNotification_andARepeatedOneNone() {
        CertificationRequest accepted = acceptedIn(Region.ALMATY_CITY);
        IssuedCertificate certificate = certificateFor(accepted);
        register().add(certificate);
        IssuedCertificate revoked = certificate.revoked(new kz.medcert.domain.certificate.Revocation(
                LocalDate.of(2025, 1, 10), Ground.GROUND_4_COURT_PROHIBITION.name(), "Приговор.", "OFFICER 1"));
        Notification notice = new Notification(certificate.holder(), Notification.Kind.CERTIFICATE_REVOKED,
                "certificate " + certificate.number().value(), Message.verbatim("revoked"),
                Message.verbatim("revoked"), Language.RU, STARTED);

        register().update(revoked, STARTED, List.of(notice));
        register().update(revoked, STARTED, List.of(notice));

        assertThat(outbox().backlog()).isEqualTo(1);
    }

    @Test
    void aClaimedNotification_isNotClaimedByAnotherInstance_untilItIsSettledOrItsClaimLapses() {
        CertificationRequest waiting = repository().update(awaitingRegistries(repository().add(started())));
        CertificationRequest documents = awaitingDocuments(waiting);
        repository().update(documents, List.of(notice(documents, Notification.Kind.REQUEST_ACCEPTED, Language.RU),
                notice(documents, Notification.Kind.REQUEST_ACCEPTED, Language.EN)));
        Outbox other = outboxOfAnotherInstance();

        List<Outbox.PendingNotification> mine = outbox().claimDue(1);
        List<Outbox.PendingNotification> theirs = other.claimDue(10);

        assertThat(mine).hasSize(1);
        assertThat(theirs).hasSize(1);
        assertThat(theirs.get(0).key()).isNotEqualTo(mine.get(0).key());
        assertThat(other.settle(mine.get(0).key(), new Outbox.Settlement.Sent(STARTED, true, false)))
                .as("only under its own claim").isFalse();
        assertThat(outbox().settle(mine.get(0).key(), new Outbox.Settlement.Sent(STARTED, true, false))).isTrue();
        assertThat(outbox().settle(mine.get(0).key(), new Outbox.Settlement.Sent(STARTED, true, false)))
                .as("a sent notification is settled once").isFalse();
        assertThat(outbox().backlog()).isEqualTo(1);
        assertThat(outbox().claimDue(10)).as("the other instance's claim holds").isEmpty();
    }

    @Test
    void aRetry_waitsItsTime_remembersTheChannelThatTookIt_andCountsTheAttempt() throws InterruptedException {
        CertificationRequest waiting = repository().update(awaitingRegistries(repository().add(started())));
        CertificationRequest documents = awaitingDocuments(waiting);
        repository().update(documents, List.of(notice(documents, Notification.Kind.REQUEST_ACCEPTED, Language.RU)));
        String key = outbox().claimDue(10).get(0).key();

        assertThat(outbox().settle(key, new Outbox.Settlement.Retry(Duration.ofMillis(300), "SMS: down", true,
                false))).isTrue();

        assertThat(outbox().claimDue(10)).as("not before its time").isEmpty();
        assertThat(outbox().backlog()).isEqualTo(1);
        Thread.sleep(400);
        assertThat(outbox().claimDue(10)).singleElement().satisfies(n -> {
            assertThat(n.key()).isEqualTo(key);
            assertThat(n.attempts()).isEqualTo(1);
            assertThat(n.mailSent()).isTrue();
            assertThat(n.smsSent()).isFalse();
        });
    }

    @Test
    void aFailedNotification_leavesTheBacklog_andIsNotTriedAgain() {
        CertificationRequest waiting = repository().update(awaitingRegistries(repository().add(started())));
        CertificationRequest documents = awaitingDocuments(waiting);
        repository().update(documents, List.of(notice(documents, Notification.Kind.REQUEST_ACCEPTED, Language.RU)));
        String key = outbox().claimDue(10).get(0).key();

        assertThat(outbox().settle(key, new Outbox.Settlement.Failed(STARTED, "no address", false, false))).isTrue();

        assertThat(outbox().backlog()).isZero();
        assertThat(outbox().claimDue(10)).isEmpty();
    }

    @Test
    void addOnce_storesAReminderOncePerKey() {
        CertificationRequest request = repository().add(started());
        Notification reminder = notice(request, Notification.Kind.CERTIFICATE_EXPIRING, Language.RU);

        assertThat(outbox().addOnce("expiring:KZ-1", reminder)).isTrue();
        assertThat(outbox().addOnce("expiring:KZ-1", reminder)).isFalse();
        assertThat(outbox().addOnce("expiring:KZ-2", reminder)).isTrue();

        assertThat(outbox().backlog()).isEqualTo(2);
    }

    @Test
    void twoInstancesClaimingAtOnce_neverClaimOneNotificationTwice() throws Exception {
        CertificationRequest waiting = repository().update(awaitingRegistries(repository().add(started())));
        CertificationRequest documents = awaitingDocuments(waiting);
        List<Notification> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.add(notice(documents, Notification.Kind.REQUEST_ACCEPTED, Language.RU));
        }
        repository().update(documents, many);
        Outbox first = outbox();
        Outbox second = outboxOfAnotherInstance();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier together = new CyclicBarrier(2);
            List<CompletableFuture<List<String>>> claims = new ArrayList<>();
            for (Outbox instance : List.of(first, second)) {
                claims.add(CompletableFuture.supplyAsync(() -> {
                    List<String> keys = new ArrayList<>();
                    try {
                        together.await(10, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    for (int round = 0; round < 8; round++) {
                        instance.claimDue(5).forEach(n -> {
                            keys.add(n.key());
                            instance.settle(n.key(), new Outbox.Settlement.Sent(STARTED, true, false));
                        });
                    }
                    return keys;
                }, pool));
            }
            List<String> all = new ArrayList<>();
            for (CompletableFuture<List<String>> claim : claims) {
                all.addAll(claim.get(60, TimeUnit.SECONDS));
            }
            assertThat(all).doesNotHaveDuplicates().hasSize(40);
        } finally {
            pool.shutdownNow();
        }
        assertThat(outbox().backlog()).isZero();
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
