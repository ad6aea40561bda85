package kz.medcert.domain.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The hash chain of the audit log: each entry's hash covers its content and the hash of the entry before it, so
 * that altering, deleting, inserting or reordering an entry breaks the chain from that entry on.
 *
 * <p>The hash is taken over a canonical encoding in which every field is length-prefixed (see {@link #encode}), so
 * that no two different entries share an encoding: moving text from one field to the next changes the hash. Entries
 * are <em>keyed</em>: the hash is an HMAC-SHA256 under the {@link AuditKey}, kept outside the database, so that a
 * writer of the database cannot recompute the chain after a change. Entries written before the service had a key are
 * <em>plain</em>: SHA-256 alone, under the first layout; they remain verifiable, but only as the start of a chain
 * whose first keyed entry links to them (see {@link ChainVerifier}).
 */
public final class AuditChain {
    /** The previous hash of the first entry. */
    public static final String GENESIS_HASH = "0".repeat(64);

    // Names the encoding, so that a future change of layout cannot produce the hash of an entry of the old one.
    private static final byte[] TAG = "medcert-audit-entry/1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] KEYED_TAG = "medcert-audit-entry/2+hmac-sha256".getBytes(StandardCharsets.US_ASCII);
    private static final DateTimeFormatter UTC_MICROS = DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private AuditChain() {
    }

    /**
     * The plain entry (SHA-256 alone, as before the service had a key) that records {@code step} after
     * {@code previous}, the current head of the chain.
     */
    public static AuditEntry append(ChainHead previous, AuditedStep step) {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(step, "step");
        long sequence = Math.addExact(previous.sequence(), 1);
        String hash = hash(encode(TAG, sequence, step, previous.hash()));
        return new AuditEntry(sequence, step.requestId(), step.at(), step.actor(), step.event(), step.detail(),
                previous.hash(), hash);
    }

    /** The keyed entry that records {@code step} after {@code previous}: its hash is an HMAC under {@code key}. */
    public static AuditEntry append(ChainHead previous, AuditedStep step, AuditKey key) {
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(key, "key");
        long sequence = Math.addExact(previous.sequence(), 1);
        String hash = key.seal(encode(KEYED_TAG, sequence, step, previous.hash()));
        return new AuditEntry(sequence, step.requestId(), step.at(), step.actor(), step.event(), step.detail(),
                previous.hash(), hash);
    }

    /** The entry that records {@code step} after the entry {@code previous}. */
    public static AuditEntry append(AuditEntry previous, AuditedStep step) {
        return append(previous.head(), step);
    }

    /** The plain entries that record {@code steps}, in order, after {@code previous}. */
    public static List<AuditEntry> appendAll(ChainHead previous, List<AuditedStep> steps) {
        return appendAll(previous, steps, null);
    }

    /** The keyed entries that record {@code steps}, in order, after {@code previous}; plain ones if key is null. */
    public static List<AuditEntry> appendAll(ChainHead previous, List<AuditedStep> steps, AuditKey key) {
        List<AuditEntry> entries = new ArrayList<>(steps.size());
        ChainHead head = previous;
        for (AuditedStep step : steps) {
            AuditEntry entry = key == null ? append(head, step) : append(head, step, key);
            entries.add(entry);
            head = entry.head();
        }
        return entries;
    }

    /**
     * Checks a whole chain, from its first entry (sequence 1), in the order given; entries given out of sequence
     * order are reported as reordered where the first of them stands.
     */
    public static ChainCheck verify(List<AuditEntry> entries) {
        return verify(entries, new ChainVerifier());
    }

    /** As {@link #verify(List)}, with the key: every entry after the plain ones it starts with must be keyed. */
    public static ChainCheck verify(List<AuditEntry> entries, AuditKey key) {
        return verify(entries, new ChainVerifier(key));
    }

    private static ChainCheck verify(List<AuditEntry> entries, ChainVerifier verifier) {
        int misplaced = firstMisplaced(entries);
        int end = misplaced < 0 ? entries.size() : misplaced;
        for (int i = 0; i < end; i++) {
            if (!verifier.accept(entries.get(i))) {
                return verifier.result();
            }
        }
        return misplaced < 0 ? verifier.result() : verifier.outOfOrder(entries.get(misplaced));
    }

    /** The hash a plain {@code entry} should carry, computed from its content and its previous hash. */
    public static String hashOf(AuditEntry entry) {
        return hash(encode(TAG, entry.sequence(), entry.step(), entry.previousHash()));
    }

    /** The hash a keyed {@code entry} should carry under {@code key}. */
    public static String hashOf(AuditEntry entry, AuditKey key) {
        return key.seal(encode(KEYED_TAG, entry.sequence(), entry.step(), entry.previousHash()));
    }

    /**
     * The canonical encoding: a tag naming the layout (and for keyed entries the HMAC), then each field as its UTF-8
     * byte length (4 bytes, big-endian) followed by its UTF-8 bytes: sequence (decimal), request id, time (ISO-8601
     * UTC with microseconds), actor, event, detail, previous hash.
     */
    static byte[] encode(long sequence, AuditedStep step, String previousHash) {
        return encode(TAG, sequence, step, previousHash);
    }

    private static byte[] encode(byte[] tag, long sequence, AuditedStep step, String previousHash) {
        List<byte[]> fields = List.of(Long.toString(sequence).getBytes(StandardCharsets.UTF_8),
                step.requestId().value().toString().getBytes(StandardCharsets.UTF_8),
                utc(step.at()).getBytes(StandardCharsets.UTF_8),
                step.actor().getBytes(StandardCharsets.UTF_8),
                step.event().getBytes(StandardCharsets.UTF_8),
                step.detail().getBytes(StandardCharsets.UTF_8),
                previousHash.getBytes(StandardCharsets.UTF_8));
        int size = tag.length + fields.stream().mapToInt(f -> Integer.BYTES + f.length).sum();
        ByteBuffer buffer = ByteBuffer.allocate(size).put(tag);
        fields.forEach(f -> buffer.putInt(f.length).put(f));
        return buffer.array();
    }

    // The first position whose entry is not the one sorting by sequence number would put there; -1 when sorted.
    private static int firstMisplaced(List<AuditEntry> entries) {
        long[] sorted = entries.stream().mapToLong(AuditEntry::sequence).sorted().toArray();
        for (int i = 0; i < sorted.length; i++) {
            if (entries.get(i).sequence() != sorted[i]) {
                return i;
            }
        }
        return -1;
    }

    static String utc(Instant at) {
        return UTC_MICROS.format(at);
    }

    private static String hash(byte[] encoding) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(encoding));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
