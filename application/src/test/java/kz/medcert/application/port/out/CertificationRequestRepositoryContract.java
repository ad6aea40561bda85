package kz.medcert.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kz.medcert.application.testing.RequestFixtures;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.request.Attachment;
import kz.medcert.domain.request.CertificationRequest;
import kz.medcert.domain.request.MediaType;
import kz.medcert.domain.request.RequestId;
import kz.medcert.domain.request.RequestStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CertificationRequestRepository} promises: versions from 1, writes only at the version read
 * (optimistic locking), stored values not shared with callers, and the queue of requests awaiting registries.
 * Extend it with a fresh, empty repository per test.
 */
public abstract class CertificationRequestRepositoryContract {
    protected static final Instant T0 = Instant.parse("2026-11-20T05:00:00Z");

    private CertificationRequestRepository repository;

    protected abstract CertificationRequestRepository emptyRepository();

    @BeforeEach
    void freshRepository() {
        repository = emptyRepository();
    }

    private static Attachment pdfAttachment(byte[] content, Instant at) {
        return new Attachment(UUID.randomUUID(), DocumentCode.DIPLOMA, Optional.empty(), "diploma.pdf", MediaType.PDF,
                content.length, "ab".repeat(32), false, Optional.empty(), at);
    }

    private CertificationRequest awaitingRegistries(Instant startedAt) {
        CertificationRequest stored = repository.add(RequestFixtures.newRequest(startedAt));
        stored = repository.update(stored.consentRequested("REF", "OTP", startedAt));
        return repository.update(stored.consentGiven(startedAt));
    }

    @Test
    void startedBy_givesAPageOfTheApplicantsRequests_newestFirst_withTheTotal() {
        List<CertificationRequest> mine = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            mine.add(repository.add(RequestFixtures.newRequest(T0.plusSeconds(60L * i))));
        }
        var applicant = mine.get(0).state().applicant().iin();

        CertificationRequestRepository.RequestPage first = repository.startedBy(applicant, 0, 2);
        CertificationRequestRepository.RequestPage rest = repository.startedBy(applicant, 2, 2);

        assertThat(first.page()).extracting(CertificationRequest::id).containsExactly(mine.get(2).id(),
                mine.get(1).id());
        assertThat(first.total()).isEqualTo(3);
        assertThat(rest.page()).extracting(CertificationRequest::id).containsExactly(mine.get(0).id());
        assertThat(repository.startedBy(RequestFixtures.PEDIATRICIAN_IIN, 0, 2).page()).isEmpty();
    }

    @Test
    void add_storesANewRequestAtVersion1() {
        // given
        CertificationRequest request = RequestFixtures.newRequest(T0);

        // when
        CertificationRequest stored = repository.add(request);

        // then
        assertThat(stored.version()).isOne();
        assertThat(repository.find(request.id())).hasValueSatisfying(found -> {
            assertThat(found.version()).isOne();
            assertThat(found.state()).isEqualTo(request.state().atVersion(1));
        });
    }

    @Test
    void update_atTheVersionRead_storesTheNextVersion() {
        // given
        CertificationRequest stored = repository.add(RequestFixtures.newRequest(T0));

        // when
        CertificationRequest updated = repository.update(stored.consentRequested("REF-1", "OTP", T0));

        // then
        assertThat(updated.version()).isEqualTo(2);
        CertificationRequest found = repository.find(stored.id()).orElseThrow();
        assertThat(found.version()).isEqualTo(2);
        assertThat(found.state().consent().reference()).contains("REF-1");
    }

    @Test
    void update_ofAStaleVersion_throwsConcurrentUpdate_andKeepsTheNewerState() {
        // given
        CertificationRequest read = repository.add(RequestFixtures.newRequest(T0));
        repository.update(read.consentRequested("FIRST", "OTP", T0));

        // when / then
        assertThatThrownBy(() -> repository.update(read.consentDeclined(T0)))
                .isInstanceOf(ConcurrentUpdateException.class);
        CertificationRequest found = repository.find(read.id()).orElseThrow();
        assertThat(found.version()).isEqualTo(2);
        assertThat(found.state().consent().reference()).contains("FIRST");
        assertThat(found.status()).isEqualTo(RequestStatus.AWAITING_CONSENT);
    }

    @Test
    void update_ofARequestNeverAdded_throwsConcurrentUpdate() {
        // given
        CertificationRequest neverAdded = RequestFixtures.newRequest(T0);

        // when / then
        assertThatThrownBy(() -> repository.update(neverAdded)).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(repository.find(neverAdded.id())).isEmpty();
    }

    @Test
    void update_twoConcurrentWritersOfTheSameVersion_exactlyOneSucceeds() throws Exception {
        // given
        CertificationRequest read = repository.add(RequestFixtures.newRequest(T0));
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<CertificationRequest>> writers = List.of(
                () -> { start.await(); return repository.update(read.consentRequested("A", "OTP", T0)); },
                () -> { start.await(); return repository.update(read.consentDeclined(T0)); });
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<CertificationRequest>> futures = new ArrayList<>();

        // when
        try {
            writers.forEach(writer -> futures.add(pool.submit(writer)));
            start.countDown();
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }

        // then
        List<Throwable> failures = new ArrayList<>();
        for (Future<CertificationRequest> future : futures) {
            try {
                assertThat(future.get().version()).isEqualTo(2);
            } catch (ExecutionException e) {
                failures.add(e.getCause());
            }
        }
        assertThat(failures).singleElement().isInstanceOf(ConcurrentUpdateException.class);
        assertThat(repository.find(read.id()).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void updateWithAttachment_storesTheBytes_andNeitherSideSharesThem() {
        // given
        CertificationRequest read = repository.add(RequestFixtures.newRequest(T0));
        byte[] content = RequestFixtures.pdf("diploma");
        byte[] original = content.clone();
        Attachment attachment = pdfAttachment(content, T0);

        // when
        repository.update(read.attached(attachment), attachment.id(), content);
        content[0] = 'X';
        repository.attachmentContent(read.id(), attachment.id()).orElseThrow()[1] = 'Y';

        // then
        assertThat(repository.attachmentContent(read.id(), attachment.id())).hasValueSatisfying(stored ->
                assertThat(stored).isEqualTo(original));
        assertThat(repository.find(read.id()).orElseThrow().state().attachments()).containsExactly(attachment);
    }

    @Test
    void updateWithAttachment_ofAStaleVersion_storesNeitherRequestNorBytes() {
        // given
        CertificationRequest read = repository.add(RequestFixtures.newRequest(T0));
        repository.update(read.consentRequested("FIRST", "OTP", T0));
        Attachment attachment = pdfAttachment(RequestFixtures.pdf("d"), T0);

        // when / then
        assertThatThrownBy(() -> repository.update(read.attached(attachment), attachment.id(),
                RequestFixtures.pdf("d"))).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(repository.attachmentContent(read.id(), attachment.id())).isEmpty();
        assertThat(repository.find(read.id()).orElseThrow().state().attachments()).isEmpty();
    }

    @Test
    void find_andAttachmentContent_ofUnknownIds_areEmpty() {
        // given
        RequestId unknown = new RequestId(UUID.randomUUID());

        // when / then
        assertThat(repository.find(unknown)).isEmpty();
        assertThat(repository.attachmentContent(unknown, UUID.randomUUID())).isEmpty();
    }

    @Test
    void awaitingRegistries_putsARequestThatJustChangedBehindOnesThatWaitedLonger() {
        // given
        CertificationRequest first = awaitingRegistries(T0);
        CertificationRequest second = awaitingRegistries(T0.plusSeconds(30));
        repository.update(first.registryFailed(first.registriesDue(T0).get(0), "timeout", T0.plusSeconds(60),
                T0.plusSeconds(90)));

        // when
        List<RequestId> queue = repository.awaitingRegistries(10);

        // then
        assertThat(queue).containsExactly(second.id(), first.id());
    }

    @Test
    void awaitingRegistries_rejectsALimitBelowOne() {
        // when / then
        assertThatThrownBy(() -> repository.awaitingRegistries(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void awaitingRegistries_listsOnlyWaitingRequests_oldestFirst_atMostTheLimit() {
        // given
        CertificationRequest newer = awaitingRegistries(T0.plusSeconds(60));
        CertificationRequest older = awaitingRegistries(T0);
        CertificationRequest middle = awaitingRegistries(T0.plusSeconds(30));
        repository.add(RequestFixtures.newRequest(T0.minusSeconds(60)));

        // when
        List<RequestId> all = repository.awaitingRegistries(10);
        List<RequestId> firstTwo = repository.awaitingRegistries(2);

        // then
        assertThat(all).containsExactly(older.id(), middle.id(), newer.id());
        assertThat(firstTwo).containsExactly(older.id(), middle.id());
    }
}
