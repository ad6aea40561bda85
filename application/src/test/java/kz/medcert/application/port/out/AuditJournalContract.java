package kz.medcert.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

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
import kz.medcert.domain.audit.AuditEntry;
import kz.medcert.domain.audit.AuditedStep;
import kz.medcert.domain.audit.ChainCheck;
import kz.medcert.domain.audit.ChainHead;
import kz.medcert.domain.request.RequestId;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AuditJournal} promises: an administrator's operation is appended under its own id to the one
 * hash chain, after the last entry there is, and is read back through the {@link AuditTrail} of the same log like a
 * request's steps, in the order appended, as soon as {@code append} returns; appenders at once still leave one linear
 * chain. The log need not be empty: each case starts from the head it finds. Extend it with a journal and the read
 * side of its log.
 */
public abstract class AuditJournalContract {
    private static final Instant T0 = Instant.parse("2026-11-20T05:00:00Z");
    private static final String ADMIN = "ADMIN ADM-1";

    /** The journal under test. */
    protected abstract AuditJournal journal();

    /** The read side of the log the journal appends to. */
    protected abstract AuditTrail trail();

    private static RequestId operation(String name) {
        return new RequestId(UUID.nameUUIDFromBytes((name + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8)));
    }

    private static AuditedStep step(RequestId operation, int second, String event, String detail) {
        return new AuditedStep(operation, T0.plusSeconds(second), ADMIN, event, detail);
    }

    private ChainCheck.Intact intact() {
        ChainCheck check = trail().verifyAll();
        assertThat(check).as("the log's chain should verify").isInstanceOf(ChainCheck.Intact.class);
        return (ChainCheck.Intact) check;
    }

    @Test
    void anAppendedStep_isReadBackUnderItsOwnId_asGiven_onceAppendReturns() {
        RequestId export = operation("an export");
        AuditedStep exported = step(export, 0, "HOLDERS_EXPORTED", "rows=12 format=csv, Қазақ 😀");

        journal().append(exported);

        assertThat(trail().trailOf(export)).extracting(AuditEntry::step).containsExactly(exported);
        assertThat(trail().trailOf(operation("never journaled"))).isEmpty();
    }

    @Test
    void eachEntry_isChainedAfterTheLastOneInTheLog() {
        ChainCheck.Intact before = intact();
        RequestId importId = operation("an import");

        journal().append(step(importId, 0, "REGISTER_IMPORT_STARTED", "file register.csv"));
        journal().append(step(importId, 60, "REGISTER_IMPORT_FINISHED", "file register.csv read=3 imported=3"));

        List<AuditEntry> entries = trail().trailOf(importId);
        assertThat(entries).extracting(AuditEntry::sequence)
                .containsExactly(before.head().sequence() + 1, before.head().sequence() + 2);
        assertThat(entries.get(0).previousHash()).isEqualTo(before.head().hash());
        assertThat(entries.get(1).previousHash()).isEqualTo(entries.get(0).hash());
        ChainCheck.Intact after = intact();
        assertThat(after.entries()).isEqualTo(before.entries() + 2);
        assertThat(after.head()).isEqualTo(entries.get(1).head());
        assertThat(after.head()).isNotEqualTo(ChainHead.EMPTY);
    }

    @Test
    void twoOperations_eachReadInTheOrderAppended_andApart() {
        RequestId first = operation("first import");
        RequestId second = operation("second import");

        journal().append(step(first, 0, "REGISTER_IMPORT_STARTED", "file a.csv"));
        journal().append(step(second, 1, "REGISTER_IMPORT_STARTED", "file b.csv"));
        journal().append(step(first, 2, "REGISTER_IMPORT_FINISHED", "file a.csv read=1 imported=1"));
        journal().append(step(second, 3, "REGISTER_IMPORT_FAILED", "file b.csv line 4"));

        assertThat(trail().trailOf(first)).extracting(AuditEntry::detail)
                .containsExactly("file a.csv", "file a.csv read=1 imported=1");
        assertThat(trail().trailOf(second)).extracting(AuditEntry::event)
                .containsExactly("REGISTER_IMPORT_STARTED", "REGISTER_IMPORT_FAILED");
    }

    @Test
    void appendersAtOnce_leaveOneLinearChain_withEveryEntry() throws Exception {
        ChainCheck.Intact before = intact();
        int appenders = 4;
        int each = 5;
        ExecutorService threads = Executors.newFixedThreadPool(appenders);
        List<RequestId> operations = new ArrayList<>();
        try {
            CyclicBarrier together = new CyclicBarrier(appenders);
            List<CompletableFuture<Void>> running = new ArrayList<>();
            for (int a = 0; a < appenders; a++) {
                RequestId operation = operation("export " + a);
                operations.add(operation);
                running.add(CompletableFuture.runAsync(() -> {
                    await(together);
                    for (int i = 0; i < each; i++) {
                        journal().append(step(operation, i, "HOLDERS_EXPORTED", "part " + i));
                    }
                }, threads));
            }
            for (CompletableFuture<Void> appender : running) {
                appender.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(intact().entries()).isEqualTo(before.entries() + (long) appenders * each);
        for (RequestId operation : operations) {
            assertThat(trail().trailOf(operation)).extracting(AuditEntry::detail)
                    .containsExactly("part 0", "part 1", "part 2", "part 3", "part 4");
        }
    }

    private static void await(CyclicBarrier together) {
        try {
            together.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
