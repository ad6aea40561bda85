package kz.medcert.adapters.http.dto;

import java.time.Instant;
import kz.medcert.domain.audit.AuditEntry;

/** One entry of a request's audit trail: its place in the hash chain, when, who (an audit label), what and detail. */
public record AuditEntryResponse(long sequence, Instant at, String actor, String event, String detail,
                                 String previousHash, String hash) {

    public static AuditEntryResponse from(AuditEntry e) {
        return new AuditEntryResponse(e.sequence(), e.at(), e.actor(), e.event(), e.detail(), e.previousHash(),
                e.hash());
    }
}
