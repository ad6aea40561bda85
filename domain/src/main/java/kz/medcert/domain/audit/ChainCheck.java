package kz.medcert.domain.audit;

import java.util.Objects;
import java.util.function.Function;

/** The result of verifying the audit chain: intact, or broken at a named entry for a named reason. */
public sealed interface ChainCheck {

    boolean isIntact();

    <R> R fold(Function<Intact, R> intact, Function<Broken, R> broken);

    /**
     * Every entry is sealed and linked to the one before it, from sequence 1 to {@code head}.
     *
     * @param plainEntries how many entries, at the start, are sealed without the key (written before the service had
     *                     one); the keyed entries after them vouch for them
     */
    record Intact(long entries, ChainHead head, long plainEntries) implements ChainCheck {
        public Intact {
            Objects.requireNonNull(head, "head");
            if (plainEntries < 0 || plainEntries > entries) {
                throw new IllegalArgumentException("plain entries must be between 0 and " + entries + ", got "
                        + plainEntries);
            }
        }

        /** A chain verified without a key: every entry counts as plain. */
        public Intact(long entries, ChainHead head) {
            this(entries, head, entries);
        }

        @Override
        public boolean isIntact() {
            return true;
        }

        @Override
        public <R> R fold(Function<Intact, R> intact, Function<Broken, R> broken) {
            return intact.apply(this);
        }
    }

    /**
     * The first broken entry.
     *
     * @param sequence    the sequence number of the first entry that does not verify (for a gap: the first missing)
     * @param explanation what was found, in words, for the report
     * @param verified    how many entries verified before it
     */
    record Broken(long sequence, Breach breach, String explanation, long verified) implements ChainCheck {
        public Broken {
            Objects.requireNonNull(breach, "breach");
            Objects.requireNonNull(explanation, "explanation");
        }

        @Override
        public boolean isIntact() {
            return false;
        }

        @Override
        public <R> R fold(Function<Intact, R> intact, Function<Broken, R> broken) {
            return broken.apply(this);
        }
    }
}
