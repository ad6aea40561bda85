package kz.medcert.adapters.http.dto;

import kz.medcert.domain.audit.ChainCheck;

/**
 * {@code GET /api/v1/admin/audit/verification}: whether the audit chain verifies. Intact: how many entries, how many
 * of them (at the start) were sealed before the service had its key, and the head it ends at. Broken: how many
 * entries verified before the first broken one, and that one.
 */
public record AuditChainResponse(boolean intact, long entries, Long plainEntries, Head head, FirstBroken firstBroken) {

    public record Head(long sequence, String hash) {
    }

    /** @param breach ALTERED_CONTENT, BROKEN_LINK, MISSING_ENTRY, OUT_OF_ORDER or NOT_KEYED */
    public record FirstBroken(long sequence, String breach, String explanation) {
    }

    public static AuditChainResponse from(ChainCheck check) {
        return check.fold(
                intact -> new AuditChainResponse(true, intact.entries(), intact.plainEntries(),
                        new Head(intact.head().sequence(), intact.head().hash()), null),
                broken -> new AuditChainResponse(false, broken.verified(), null, null,
                        new FirstBroken(broken.sequence(), broken.breach().name(), broken.explanation())));
    }
}
