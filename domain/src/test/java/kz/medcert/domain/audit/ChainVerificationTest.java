package kz.medcert.domain.audit;

import static kz.medcert.domain.audit.AuditChainTest.REQUEST;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** Verifying the chain: each kind of tampering is found at the first entry it breaks, and named. */
class ChainVerificationTest {

    static List<AuditEntry> chain(int length) {
        List<AuditedStep> steps = new ArrayList<>();
        Instant at = Instant.parse("2024-12-02T04:00:00Z");
        for (int i = 1; i <= length; i++) {
            steps.add(new AuditedStep(REQUEST, at.plusSeconds(i), i % 2 == 0 ? "SYSTEM" : "APPLICANT 8504******18",
                    "EVENT_" + i, "detail " + i));
        }
        return AuditChain.appendAll(ChainHead.EMPTY, steps);
    }

    static AuditEntry withDetail(AuditEntry e, String detail) {
        return new AuditEntry(e.sequence(), e.requestId(), e.at(), e.actor(), e.event(), detail, e.previousHash(),
                e.hash());
    }

    static AuditEntry withHash(AuditEntry e, String hash) {
        return new AuditEntry(e.sequence(), e.requestId(), e.at(), e.actor(), e.event(), e.detail(), e.previousHash(),
                hash);
    }

    static ChainCheck.Broken broken(ChainCheck check) {
        assertThat(check.isIntact()).as("chain should be broken").isFalse();
        return (ChainCheck.Broken) check;
    }

    @Test
    void anIntactChain_verifies_upToItsHead() {
        List<AuditEntry> entries = chain(5);

        ChainCheck check = AuditChain.verify(entries);

        assertThat(check).isEqualTo(new ChainCheck.Intact(5, entries.get(4).head()));
    }

    @Test
    void anEmptyChain_isIntact() {
        assertThat(AuditChain.verify(List.of())).isEqualTo(new ChainCheck.Intact(0, ChainHead.EMPTY));
    }

    @Test
    void anAlteredDetail_isAlteredContent_atThatEntry() {
        List<AuditEntry> entries = new ArrayList<>(chain(5));
        entries.set(2, withDetail(entries.get(2), "detail 3, amended"));

        ChainCheck.Broken broken = broken(AuditChain.verify(entries));

        assertThat(broken.sequence()).isEqualTo(3);
        assertThat(broken.breach()).isEqualTo(Breach.ALTERED_CONTENT);
        assertThat(broken.verified()).isEqualTo(2);
        assertThat(broken.explanation()).contains("entry 3");
    }

    @Test
    void anEntryRewrittenWithAFreshHash_breaksTheLinkOfTheNextEntry() {
        List<AuditEntry> entries = new ArrayList<>(chain(5));
        AuditEntry original = entries.get(2);
        entries.set(2, AuditChain.append(entries.get(1), new AuditedStep(REQUEST, original.at(), original.actor(),
                original.event(), "rewritten")));

        ChainCheck.Broken broken = broken(AuditChain.verify(entries));

        assertThat(broken.sequence()).isEqualTo(4);
        assertThat(broken.breach()).isEqualTo(Breach.BROKEN_LINK);
    }

    @Test
    void aDeletedEntry_isAMissingEntry_namingItsSequence() {
        List<AuditEntry> entries = new ArrayList<>(chain(5));
        entries.remove(3);

        ChainCheck.Broken broken = broken(AuditChain.verify(entries));

        assertThat(broken.sequence()).isEqualTo(4);
        assertThat(broken.breach()).isEqualTo(Breach.MISSING_ENTRY);
        assertThat(broken.explanation()).startsWith("entry 4 is missing");
    }

    @Test
    void severalDeletedEntries_areNamedAsARange() {
        List<AuditEntry> entries = new ArrayList<>(chain(6));
        entries.subList(1, 4).clear();

        ChainCheck.Broken broken = broken(AuditChain.verify(entries));

        assertThat(broken.sequence()).isEqualTo(2);
        assertThat(broken.explanation()).startsWith("entries 2 to 4 are missing");
    }

    @Test
    void aDeletedFirstEntry_isAMissingEntry1() {
        List<AuditEntry> entries = new ArrayList<>(chain(3));
        entries.remove(0);

        ChainCheck.Broken broken = broken(AuditChain.verify(entries));

        assertThat(broken.sequence()).isEqualTo(1);
        assertThat(broken.breach()).isEqualTo(Breach.MISSING_ENTRY);
    }

    @Test
    void twoSwappedHashes_areAlteredContent_atTheFirstOfThem() {
        List<AuditEntry> entries = new ArrayList<>(chain(5));
        AuditEntry second = entries.get(1);
        AuditEntry fourth = entries.get(3);
        entries.set(1, withHash(second, fourth.hash()));
        entries.set(3, withHash(fourth, second.hash()));

        ChainCheck.Broken broken = broken(AuditChain.verify(entries));

        assertThat(broken.sequence()).isEqualTo(2);
        assertThat(broken.breach()).isEqualTo(Breach.ALTERED_CONTENT);
    }

    @Test
    void twoSwappedEntries_areOutOfOrder() {
        List<AuditEntry> entries = new ArrayList<>(chain(5));
        Collections.swap(entries, 1, 3);

        ChainCheck.Broken broken = broken(AuditChain.verify(entries));

        assertThat(broken.sequence()).isEqualTo(2);
        assertThat(broken.breach()).isEqualTo(Breach.OUT_OF_ORDER);
        assertThat(broken.explanation()).startsWith("entry 4 stands where entry 2 belongs");
    }

    @Test
    void anAlteredEntry_beforeAReordering_isReportedFirst() {
        List<AuditEntry> entries = new ArrayList<>(chain(5));
        entries.set(0, withDetail(entries.get(0), "changed"));
        Collections.swap(entries, 2, 3);

        ChainCheck.Broken broken = broken(AuditChain.verify(entries));

        assertThat(broken.sequence()).isEqualTo(1);
        assertThat(broken.breach()).isEqualTo(Breach.ALTERED_CONTENT);
    }

    @Test
    void aRepeatedEntry_isOutOfOrder() {
        List<AuditEntry> entries = new ArrayList<>(chain(3));
        entries.add(2, entries.get(1));

        ChainCheck.Broken broken = broken(AuditChain.verify(entries));

        assertThat(broken.sequence()).isEqualTo(2);
        assertThat(broken.breach()).isEqualTo(Breach.OUT_OF_ORDER);
    }

    @Test
    void aFirstEntryThatDoesNotStartFrom64Zeros_isABrokenLink() {
        AuditEntry forged = AuditChain.append(new ChainHead(0, "f".repeat(64)),
                new AuditedStep(REQUEST, Instant.EPOCH, "SYSTEM", "STARTED", "x"));

        ChainCheck.Broken broken = broken(AuditChain.verify(List.of(forged)));

        assertThat(broken.sequence()).isEqualTo(1);
        assertThat(broken.breach()).isEqualTo(Breach.BROKEN_LINK);
        assertThat(broken.explanation()).contains("the start of the chain");
    }

    @Test
    void result_againstTheRecordedHead_findsTheLastEntriesDeleted() {
        List<AuditEntry> entries = chain(5);
        ChainVerifier verifier = new ChainVerifier();
        entries.subList(0, 3).forEach(verifier::accept);

        ChainCheck.Broken broken = broken(verifier.result(entries.get(4).head()));

        assertThat(broken.sequence()).isEqualTo(4);
        assertThat(broken.breach()).isEqualTo(Breach.MISSING_ENTRY);
        assertThat(verifier.result()).isEqualTo(new ChainCheck.Intact(3, entries.get(2).head()));
    }

    @Test
    void result_againstTheRecordedHead_findsTheLastEntryRewritten() {
        List<AuditEntry> entries = new ArrayList<>(chain(3));
        AuditEntry last = entries.get(2);
        entries.set(2, AuditChain.append(entries.get(1), new AuditedStep(REQUEST, last.at(), last.actor(),
                last.event(), "rewritten")));
        ChainVerifier verifier = new ChainVerifier();
        entries.forEach(verifier::accept);

        ChainCheck.Broken broken = broken(verifier.result(last.head()));

        assertThat(broken.sequence()).isEqualTo(3);
        assertThat(broken.breach()).isEqualTo(Breach.ALTERED_CONTENT);
    }

    @Test
    void result_againstTheRecordedHead_isIntact_whenTheChainEndsThere() {
        List<AuditEntry> entries = chain(4);
        ChainVerifier verifier = new ChainVerifier();
        entries.forEach(verifier::accept);

        assertThat(verifier.result(entries.get(3).head())).isEqualTo(new ChainCheck.Intact(4, entries.get(3).head()));
    }

    @Test
    void accept_stopsAtTheFirstBreak() {
        List<AuditEntry> entries = new ArrayList<>(chain(4));
        entries.set(1, withDetail(entries.get(1), "changed"));
        ChainVerifier verifier = new ChainVerifier();

        assertThat(verifier.accept(entries.get(0))).isTrue();
        assertThat(verifier.accept(entries.get(1))).isFalse();
        assertThat(verifier.accept(entries.get(2))).isFalse();

        assertThat(broken(verifier.result()).sequence()).isEqualTo(2);
    }

    @RepeatedTest(50)
    void anyOneTampering_isFound_atTheEntryItBreaks(RepetitionInfo repetition) {
        long seed = 0xA0D17L * repetition.getCurrentRepetition();
        Random random = new Random(seed);
        int length = 2 + random.nextInt(30);
        int index = random.nextInt(length);
        List<AuditEntry> entries = new ArrayList<>(chain(length));
        AuditEntry target = entries.get(index);
        int kind = random.nextInt(3);
        long expected = target.sequence();
        Breach breach;
        if (kind == 0) {
            entries.set(index, withDetail(target, target.detail() + random.nextInt(10)));
            breach = Breach.ALTERED_CONTENT;
        } else if (kind == 1 && index < length - 1) {
            entries.remove(index);
            breach = Breach.MISSING_ENTRY;
        } else {
            entries.set(index, withHash(target, AuditChain.GENESIS_HASH));
            breach = Breach.ALTERED_CONTENT;
        }

        ChainCheck.Broken broken = broken(AuditChain.verify(entries));

        assertThat(broken.sequence()).as("seed %d", seed).isEqualTo(expected);
        assertThat(broken.breach()).as("seed %d", seed).isEqualTo(breach);
    }
}
