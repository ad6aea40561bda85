package kz.medcert.domain.audit;

import static kz.medcert.domain.audit.AuditChainTest.REQUEST;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The keyed chain: entries sealed with HMAC-SHA256 under the audit key. Whoever changes an entry and recomputes the
 * hashes without the key is found where they started; a plain start (entries from before the key) is accepted only
 * as vouched for by the keyed entries after it.
 */
class KeyedChainVerificationTest {
    private static final AuditKey KEY = hmac("k".repeat(32));
    private static final AuditKey OTHER = hmac("o".repeat(32));

    /** HMAC-SHA256, as the adapter computes it (the domain itself holds no crypto library). */
    static AuditKey hmac(String secret) {
        javax.crypto.spec.SecretKeySpec key = new javax.crypto.spec.SecretKeySpec(
                secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        return encoding -> {
            try {
                javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
                mac.init(key);
                return java.util.HexFormat.of().formatHex(mac.doFinal(encoding));
            } catch (java.security.GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static List<AuditedStep> steps(int from, int to) {
        List<AuditedStep> steps = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            steps.add(new AuditedStep(REQUEST, Instant.parse("2026-11-20T05:00:00Z").plusSeconds(i), "SYSTEM",
                    "EVENT_" + i, "detail " + i));
        }
        return steps;
    }

    /** {@code plain} entries from before the key, then {@code keyed} ones. */
    private static List<AuditEntry> chain(int plain, int keyed) {
        List<AuditEntry> entries = new ArrayList<>(AuditChain.appendAll(ChainHead.EMPTY, steps(1, plain)));
        ChainHead head = entries.isEmpty() ? ChainHead.EMPTY : entries.get(entries.size() - 1).head();
        entries.addAll(AuditChain.appendAll(head, steps(plain + 1, plain + keyed), KEY));
        return entries;
    }

    /** What a writer without the key can do: change entry {@code at} and recompute it and the rest, plain. */
    private static List<AuditEntry> rewrittenFrom(List<AuditEntry> entries, int at, AuditKey key) {
        List<AuditEntry> forged = new ArrayList<>(entries.subList(0, at - 1));
        ChainHead head = forged.isEmpty() ? ChainHead.EMPTY : forged.get(forged.size() - 1).head();
        for (AuditEntry e : entries.subList(at - 1, entries.size())) {
            AuditedStep step = e.sequence() == at ? new AuditedStep(e.requestId(), e.at(), e.actor(), e.event(),
                    "rewritten") : e.step();
            AuditEntry entry = key == null ? AuditChain.append(head, step) : AuditChain.append(head, step, key);
            forged.add(entry);
            head = entry.head();
        }
        return forged;
    }

    @Test
    void aKeyedChain_verifiesWithItsKey_andIsNotPlain() {
        List<AuditEntry> entries = chain(0, 6);

        assertThat(AuditChain.verify(entries, KEY)).isEqualTo(new ChainCheck.Intact(6, entries.get(5).head(), 0));
        assertThat(entries).allMatch(e -> e.sealedWith(KEY)).noneMatch(AuditEntry::sealed);
        assertThat(AuditChain.verify(entries).isIntact()).as("without the key nothing is vouched for").isFalse();
    }

    @Test
    void rewrittenAndRecomputedWithoutTheKey_isFoundWhereTheRewriteStarts() {
        List<AuditEntry> forged = rewrittenFrom(chain(0, 120), 100, null);

        ChainCheck.Broken broken = (ChainCheck.Broken) AuditChain.verify(forged, KEY);

        assertThat(broken.sequence()).isEqualTo(100);
        assertThat(broken.breach()).isEqualTo(Breach.NOT_KEYED);
        assertThat(broken.verified()).isEqualTo(99);
        assertThat(AuditChain.verify(rewrittenFrom(chain(120, 0), 100, null)).isIntact())
                .as("the same rewrite of a plain chain went unnoticed").isTrue();
    }

    @Test
    void rewrittenWithAnotherKey_isAlteredContent() {
        ChainCheck.Broken broken = (ChainCheck.Broken) AuditChain.verify(rewrittenFrom(chain(0, 20), 7, OTHER), KEY);

        assertThat(broken.sequence()).isEqualTo(7);
        assertThat(broken.breach()).isEqualTo(Breach.ALTERED_CONTENT);
    }

    @Test
    void aPlainStart_isVouchedForByTheFirstKeyedEntry() {
        List<AuditEntry> entries = chain(10, 5);

        assertThat(AuditChain.verify(entries, KEY)).isEqualTo(new ChainCheck.Intact(15, entries.get(14).head(), 10));

        List<AuditEntry> forged = new ArrayList<>(rewrittenFrom(entries.subList(0, 10), 4, null));
        forged.addAll(entries.subList(10, 15));
        ChainCheck.Broken broken = (ChainCheck.Broken) AuditChain.verify(forged, KEY);
        assertThat(broken.sequence()).isEqualTo(11);
        assertThat(broken.breach()).isEqualTo(Breach.BROKEN_LINK);
    }

    @Test
    void aPlainChain_withTheKeyAtHand_mustEndKeyed() {
        List<AuditEntry> plain = chain(8, 0);
        ChainVerifier verifier = new ChainVerifier(KEY);
        plain.forEach(verifier::accept);

        ChainCheck.Broken broken = (ChainCheck.Broken) verifier.result(plain.get(7).head());

        assertThat(broken.breach()).isEqualTo(Breach.NOT_KEYED);
        assertThat(broken.sequence()).isEqualTo(8);
        assertThat(new ChainVerifier(KEY).result(ChainHead.EMPTY).isIntact()).isTrue();
    }

}
