package kz.medcert.domain.audit;

import java.util.Objects;
import java.util.Optional;

/**
 * Verifies the audit chain one entry at a time, in sequence order, so that a log of any length can be streamed
 * through it; stops at the first broken entry.
 *
 * <p>With the {@link AuditKey}, the chain may start with plain entries (written before the service had the key), but
 * once an entry is keyed every later one must be, and the chain must end in a keyed entry: the first keyed entry's
 * HMAC covers the hash of the last plain one, so a plain start rewritten by a writer of the database no longer links,
 * and a chain rewritten without the key (plain entries after keyed ones, or no keyed end) is found out. Without a key
 * every entry must be plain (a chain of the time before keys).
 */
public final class ChainVerifier {
    private final AuditKey key;
    private ChainHead last = ChainHead.EMPTY;
    private long verified;
    private long plain;
    private boolean lastKeyed;
    private ChainCheck.Broken broken;

    /** Without a key: plain entries only. */
    public ChainVerifier() {
        this.key = null;
    }

    /** With the key: plain entries only before the first keyed one, and a keyed end. */
    public ChainVerifier(AuditKey key) {
        this.key = Objects.requireNonNull(key, "key");
    }

    /** Checks the next entry; false once the chain is broken (here or before), when there is no point going on. */
    public boolean accept(AuditEntry entry) {
        Objects.requireNonNull(entry, "entry");
        if (broken != null) {
            return false;
        }
        boolean keyed = key != null && entry.sealedWith(key);
        broken = check(entry, keyed).orElse(null);
        if (broken != null) {
            return false;
        }
        last = entry.head();
        verified++;
        lastKeyed = keyed;
        if (!keyed) {
            plain++;
        }
        return true;
    }

    /** The result over the entries accepted so far. */
    public ChainCheck result() {
        return broken != null ? broken : new ChainCheck.Intact(verified, last, plain);
    }

    /**
     * The result, also requiring that the chain ends at {@code recorded}, the head kept beside the log: only then is
     * the deletion of the last entries detected.
     */
    public ChainCheck result(ChainHead recorded) {
        Objects.requireNonNull(recorded, "recorded");
        if (broken != null) {
            return broken;
        }
        if (recorded.sequence() > last.sequence()) {
            return broken(last.sequence() + 1, Breach.MISSING_ENTRY, "the log ends at entry " + last.sequence()
                    + " but its head records entry " + recorded.sequence() + ": the last entries were deleted");
        }
        if (recorded.sequence() < last.sequence()) {
            return broken(recorded.sequence() + 1, Breach.BROKEN_LINK, "entries after " + recorded.sequence()
                    + " were not appended through the chain's head");
        }
        if (!recorded.hash().equals(last.hash())) {
            return broken(last.sequence(), Breach.ALTERED_CONTENT, "entry " + last.sequence()
                    + " is not the entry the chain's head records: it was rewritten");
        }
        if (key != null && verified > 0 && !lastKeyed) {
            return broken(last.sequence(), Breach.NOT_KEYED, "the chain ends in entry " + last.sequence()
                    + ", which is not sealed with the key: the keyed entries after it were cut off, or the chain was "
                    + "rewritten without the key (or the service has not yet started with its key)");
        }
        return result();
    }

    /** Reports {@code found}, the next entry in the order given, as standing where a lower-numbered entry belongs. */
    ChainCheck outOfOrder(AuditEntry found) {
        if (broken == null) {
            broken = broken(last.sequence() + 1, Breach.OUT_OF_ORDER, "entry " + found.sequence()
                    + " stands where entry " + (last.sequence() + 1) + " belongs: the entries were reordered");
        }
        return broken;
    }

    private Optional<ChainCheck.Broken> check(AuditEntry entry, boolean keyed) {
        long expected = last.sequence() + 1;
        if (entry.sequence() < expected) {
            return Optional.of(broken(entry.sequence(), Breach.OUT_OF_ORDER, "entry " + entry.sequence()
                    + " comes after entry " + last.sequence()));
        }
        if (entry.sequence() > expected) {
            String which = entry.sequence() == expected + 1 ? "entry " + expected + " is"
                    : "entries " + expected + " to " + (entry.sequence() - 1) + " are";
            return Optional.of(broken(expected, Breach.MISSING_ENTRY, which + " missing: entry "
                    + entry.sequence() + " follows entry " + last.sequence()));
        }
        if (!keyed && !entry.sealed()) {
            return Optional.of(broken(entry.sequence(), Breach.ALTERED_CONTENT, "entry " + entry.sequence()
                    + " does not match its hash: its content or hash was changed"));
        }
        if (!keyed && key != null && plain < verified) {
            return Optional.of(broken(entry.sequence(), Breach.NOT_KEYED, "entry " + entry.sequence()
                    + " follows keyed entries but is not sealed with the key: it was written by someone without it"));
        }
        if (!entry.previousHash().equals(last.hash())) {
            return Optional.of(broken(entry.sequence(), Breach.BROKEN_LINK, "entry " + entry.sequence()
                    + " does not link to " + (last.sequence() == 0 ? "the start of the chain"
                    : "entry " + last.sequence()) + ": one of them was rewritten"));
        }
        return Optional.empty();
    }

    private ChainCheck.Broken broken(long sequence, Breach breach, String explanation) {
        return new ChainCheck.Broken(sequence, breach, explanation, verified);
    }
}
