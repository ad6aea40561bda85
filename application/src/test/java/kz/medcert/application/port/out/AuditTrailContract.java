package kz.medcert.application.port.out;

import static kz.medcert.application.testing.JourneyFixtures.attachUpload;
import static kz.medcert.application.testing.JourneyFixtures.attachment;
import static kz.medcert.application.testing.JourneyFixtures.awaitingDocuments;
import static kz.medcert.application.testing.JourneyFixtures.awaitingRegistries;
import static kz.medcert.application.testing.JourneyFixtures.pdf;
import static kz.medcert.application.testing.JourneyFixtures.started;
import static kz.medcert.application.testing.JourneyFixtures.submitted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import kz.medcert.application.testing.JourneyFixtures;
import kz.medcert.domain.audit.AuditChain;
import kz.medcert.domain.audit.AuditEntry;
import kz.medcert.domain.audit.AuditedStep;
import kz.medcert.domain.audit.ChainCheck;
import kz.medcert.domain.audit.ChainHead;
import kz.medcert.domain.request.CertificationRequest;
import kz.medcert.domain.request.HistoryEntry;
import kz.medcert.domain.request.RequestId;
import kz.medcert.domain.request.RequestState;
import org.junit.jupiter.api.Test;

/**
 * What the audit log promises through its ports: every write of a request ({@link Requests},
 * {@link RequestAttachments}) appends exactly the request's new history entries (nothing when the write fails), the
 * {@link AuditJournal} appends administrators' operations to the same chain, and the {@link AuditTrail} reads each subject's entries in order and
 * verifies the one linear chain. Run against the in-memory fakes (application) and the JDBI adapter on HSQLDB and
 * PostgreSQL (adapters-persistence, which adds what only a database shows: changes made behind the service's back).
 */
public abstract class AuditTrailContract extends AuditedStoreContract {
    protected static final String OFFICER = "OFFICER 7 ALMATY_CITY";
    protected static final String APPLICANT = "APPLICANT 8504******18";

    /** The request with one more step in its history, taken by {@code actor}. */
    protected static CertificationRequest withStep(CertificationRequest request, String event, String detail,
                                                   String actor) {
        RequestState s = request.state();
        List<HistoryEntry> history = new ArrayList<>(s.history());
        history.add(new HistoryEntry(s.startedAt().plusSeconds(3600 + history.size()), event, detail, actor));
        return CertificationRequest.restore(new RequestState(s.id(), s.applicant(), s.startedAt(), s.form(),
                s.consent(), s.fetches(), s.fetched(), s.attachments(), s.submission(), s.status(), history,
                s.version(), s.decision(), s.details(), s.statements()));
    }

    /** What the log records of each step of the request's history. */
    protected static List<AuditedStep> steps(CertificationRequest request) {
        return request.state().history().stream().map(entry -> AuditedStep.of(request.id(), entry)).toList();
    }

    /** A submitted request after 4 writes: 1 + 2 + 8 + 3 = 14 entries (seven registries answer, R69). */
    protected CertificationRequest journey() {
        CertificationRequest stored = requests().add(started());
        stored = requests().save(awaitingRegistries(stored));
        stored = requests().save(awaitingDocuments(stored));
        return requests().save(submitted(stored));
    }

    @Test
    void add_appendsTheFirstEntry_withItsActorEventAndDetail() {
        CertificationRequest stored = requests().add(started());

        List<AuditEntry> trail = trail().trailOf(stored.id());

        assertThat(trail).singleElement().satisfies(entry -> {
            assertThat(entry.sequence()).isEqualTo(1);
            assertThat(entry.event()).isEqualTo("STARTED");
            assertThat(entry.detail()).isEqualTo("DOMESTIC PEDIATRICS");
            assertThat(entry.actor()).isEqualTo(HistoryEntry.SYSTEM);
            assertThat(entry.at()).isEqualTo(Instant.parse("2024-12-02T04:00:00.123456Z"));
            assertThat(entry.previousHash()).isEqualTo(AuditChain.GENESIS_HASH);
            assertThat(entry.sealed()).isTrue();
        });
    }

    @Test
    void eachStateChange_appendsExactlyItsNewEntries() {
        CertificationRequest stored = requests().add(started());
        List<Integer> sizes = new ArrayList<>(List.of(trail().trailOf(stored.id()).size()));

        stored = requests().save(awaitingRegistries(stored));
        sizes.add(trail().trailOf(stored.id()).size());
        stored = requests().save(awaitingDocuments(stored));
        sizes.add(trail().trailOf(stored.id()).size());
        stored = requests().save(submitted(stored));
        sizes.add(trail().trailOf(stored.id()).size());

        assertThat(sizes).containsExactly(1, 3, 11, 14);
        assertThat(trail().trailOf(stored.id())).extracting(AuditEntry::step).containsExactlyElementsOf(steps(stored));
        assertThat(trail().trailOf(stored.id())).extracting(AuditEntry::event).containsExactly("STARTED",
                "CONSENT_REQUESTED", "CONSENT_GIVEN", "FETCH_FAILED", "FETCHED", "FETCHED", "FETCHED", "FETCHED",
                "FETCHED", "FETCHED", "FETCHED", "ATTACHED", "ATTACHED", "ACCEPTED");
    }

    @Test
    void registryPulls_areInTheTrail_withTheRegistryAndTheFailure() {
        CertificationRequest stored = journey();

        List<AuditEntry> trail = trail().trailOf(stored.id());

        // R60, R61: each pull names the consent it rests on
        assertThat(trail).filteredOn(e -> e.event().equals("FETCH_FAILED")).singleElement()
                .extracting(AuditEntry::detail).asString().startsWith("EDUCATION: timeout after 5 s; retry at ")
                .endsWith("; consent OTP-77120");
        assertThat(trail).filteredOn(e -> e.event().equals("FETCHED")).extracting(AuditEntry::detail)
                .containsExactly("EDUCATION; consent OTP-77120", "CERTIFICATES; consent OTP-77120",
                        "NAME_CHANGES; consent OTP-77120", "ASSESSMENTS; consent OTP-77120",
                        "EMPLOYMENT; consent OTP-77120", "IDENTITY; consent OTP-77120",
                        "PROHIBITIONS; consent OTP-77120");
    }

    @Test
    void theConsentReference_isInTheTrail() {
        CertificationRequest stored = requests().save(awaitingRegistries(requests().add(started())));

        List<AuditEntry> trail = trail().trailOf(stored.id());

        assertThat(trail).filteredOn(e -> e.event().equals("CONSENT_REQUESTED")).singleElement()
                .extracting(AuditEntry::detail).isEqualTo("SMS OTP-77120");
    }

    @Test
    void theActorOfEachStep_isInTheTrail() {
        CertificationRequest stored = requests().add(started());
        stored = requests().save(withStep(stored, "CONSENT_REQUESTED", "SMS OTP-1", APPLICANT));

        requests().save(withStep(stored, "REVIEWED", "documents complete", OFFICER));

        assertThat(trail().trailOf(stored.id())).extracting(AuditEntry::actor)
                .containsExactly(HistoryEntry.SYSTEM, APPLICANT, OFFICER);
    }

    @Test
    void anUploadWithContent_appendsItsEntry() {
        CertificationRequest stored = requests().add(started());
        byte[] content = pdf(10_000, 3);
        UUID attachmentId = UUID.randomUUID();

        CertificationRequest attached = attachUpload(attachments(), stored, attachmentId, content);

        assertThat(trail().trailOf(stored.id())).extracting(AuditEntry::step)
                .containsExactlyElementsOf(steps(attached));
        assertThat(trail().trailOf(stored.id()).get(1).detail()).contains("sha256=" + JourneyFixtures.sha256(content));
    }

    @Test
    void theChain_verifies_acrossRequests() {
        CertificationRequest first = journey();
        CertificationRequest second = requests().save(awaitingRegistries(requests().add(started())));

        ChainCheck check = trail().verifyAll();

        assertThat(check).isInstanceOf(ChainCheck.Intact.class);
        assertThat(((ChainCheck.Intact) check).entries()).isEqualTo(14 + 3);
        assertThat(((ChainCheck.Intact) check).head().sequence()).isEqualTo(17);
        assertThat(trail().trailOf(first.id())).hasSize(14);
        assertThat(trail().trailOf(second.id())).hasSize(3);
    }

    @Test
    void anEmptyLog_verifies() {
        assertThat(trail().verifyAll()).isEqualTo(new ChainCheck.Intact(0, ChainHead.EMPTY));
        assertThat(trail().trailOf(new RequestId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void aStaleUpdate_appendsNothing() {
        CertificationRequest stored = requests().add(started());
        requests().save(awaitingRegistries(stored));
        ChainCheck before = trail().verifyAll();

        assertThatThrownBy(() -> requests().save(stored.consentRequested("OTP-2", "SMS", Instant.now())))
                .isInstanceOf(ConcurrentUpdateException.class);

        assertThat(trail().verifyAll()).isEqualTo(before);
        assertThat(trail().trailOf(stored.id())).extracting(AuditEntry::detail).doesNotContain("SMS OTP-2");
    }

    @Test
    void aFailedWrite_appendsNothing() {
        CertificationRequest stored = requests().add(started());
        byte[] content = pdf(5_000, 1);
        UUID attachmentId = UUID.randomUUID();
        CertificationRequest current = attachUpload(attachments(), stored, attachmentId, content);
        ChainCheck before = trail().verifyAll();

        assertThatThrownBy(() -> attachUpload(attachments(), current, attachmentId, content))

                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> requests().add(stored)).isInstanceOf(IllegalStateException.class);

        assertThat(trail().verifyAll()).isEqualTo(before);
        assertThat(trail().trailOf(stored.id())).hasSize(2);
    }

    @Test
    void textOutsideWellFormedUnicode_isStoredAsAudited_andVerifies() {
        CertificationRequest stored = requests().add(started());
        requests().save(withStep(stored, "FETCH_FAILED", "EDUCATION: bad \u0000 byte, lone \uD800, 😀 Қ",
                APPLICANT));

        List<AuditEntry> trail = trail().trailOf(stored.id());

        assertThat(trail.get(1).detail()).isEqualTo("EDUCATION: bad \uFFFD byte, lone \uFFFD, 😀 Қ");
        assertThat(trail().verifyAll().isIntact()).isTrue();
    }

    @Test
    void concurrentWritersOfDifferentRequests_produceOneLinearChain() throws Exception {
        int writers = 6;
        ExecutorService threads = Executors.newFixedThreadPool(writers);
        try {
            CyclicBarrier together = new CyclicBarrier(writers);
            List<CompletableFuture<CertificationRequest>> journeys = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                journeys.add(CompletableFuture.supplyAsync(() -> {
                    await(together);
                    return journey();
                }, threads));
            }

            List<CertificationRequest> finished = new ArrayList<>();
            for (CompletableFuture<CertificationRequest> journey : journeys) {
                finished.add(journey.get(60, TimeUnit.SECONDS));
            }

            assertThat(trail().verifyAll()).isInstanceOf(ChainCheck.Intact.class)
                    .extracting(check -> ((ChainCheck.Intact) check).entries()).isEqualTo(14L * writers);
            for (CertificationRequest request : finished) {
                assertThat(trail().trailOf(request.id())).extracting(AuditEntry::step)
                        .containsExactlyElementsOf(steps(request));
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void concurrentWritersOfOneRequest_leaveOnlyTheWinnersEntries() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                CertificationRequest stored = requests().add(started());
                CyclicBarrier together = new CyclicBarrier(2);
                CertificationRequest declined = stored.consentDeclined(Instant.now());
                CertificationRequest given = awaitingRegistries(stored);
                List<CompletableFuture<CertificationRequest>> writers = List.of(
                        CompletableFuture.supplyAsync(() -> updateAfter(together, declined), threads),
                        CompletableFuture.supplyAsync(() -> updateAfter(together, given), threads));

                List<CertificationRequest> winners = new ArrayList<>();
                for (CompletableFuture<CertificationRequest> writer : writers) {
                    writer.handle((won, failure) -> failure == null && winners.add(won)).get(30, TimeUnit.SECONDS);
                }

                assertThat(winners).hasSize(1);
                assertThat(trail().trailOf(stored.id())).extracting(AuditEntry::step)
                        .containsExactlyElementsOf(steps(winners.get(0)));
            }
            assertThat(trail().verifyAll().isIntact()).isTrue();
        } finally {
            threads.shutdownNow();
        }
    }

    private CertificationRequest updateAfter(CyclicBarrier together, CertificationRequest request) {
        await(together);
        return requests().save(request);
    }

    private static void await(CyclicBarrier together) {
        try {
            together.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anAdministratorsOperation_isJournaled_onTheSameChain_andReadLikeARequestsTrail() {
        CertificationRequest request = journey();
        RequestId importId = new RequestId(UUID.nameUUIDFromBytes("an import".getBytes(StandardCharsets.UTF_8)));

        journal().append(new AuditedStep(importId, Instant.parse("2026-11-20T05:00:00Z"), "ADMIN ADM-1",
                "REGISTER_IMPORT_STARTED", "file register.csv"));
        journal().append(new AuditedStep(importId, Instant.parse("2026-11-20T05:01:00Z"), "ADMIN ADM-1",
                "REGISTER_IMPORT_FINISHED", "file register.csv read=3 imported=3"));

        assertThat(trail().trailOf(importId)).extracting(AuditEntry::event)
                .containsExactly("REGISTER_IMPORT_STARTED", "REGISTER_IMPORT_FINISHED");
        assertThat(trail().trailOf(importId).get(0).sequence()).isEqualTo(steps(request).size() + 1);
        assertThat(trail().verifyAll().isIntact()).isTrue();
    }
}
