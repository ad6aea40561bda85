package kz.medcert.domain.audit;

/** Why the audit chain is broken at an entry; the names are stable codes for reports and APIs. */
public enum Breach {
    /** The entry's hash is not the hash of its content: a field, its sequence number or its hash was changed. */
    ALTERED_CONTENT,
    /** The entry is sealed, but does not link to the entry before it: that one, or this one, was rewritten. */
    BROKEN_LINK,
    /** Sequence numbers skip: one or more entries were deleted (or the end of the log cut off). */
    MISSING_ENTRY,
    /** An entry comes after one with the same or a higher sequence number: the log was reordered or duplicated. */
    OUT_OF_ORDER,
    /**
     * The entry is sealed without the key where the key was due: after a keyed entry, or last in a keyed chain. Whoever
     * wrote it did not hold the key: the log was rewritten from there (or its keyed end cut off).
     */
    NOT_KEYED
}
