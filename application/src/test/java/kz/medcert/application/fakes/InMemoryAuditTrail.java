package kz.medcert.application.fakes;

import java.util.ArrayList;
import java.util.List;
import kz.medcert.application.port.out.AuditJournal;
import kz.medcert.application.port.out.AuditTrail;
import kz.medcert.domain.audit.AuditChain;
import kz.medcert.domain.audit.AuditEntry;
import kz.medcert.domain.audit.AuditedStep;
import kz.medcert.domain.audit.ChainCheck;
import kz.medcert.domain.audit.ChainHead;
import kz.medcert.domain.audit.ChainVerifier;
import kz.medcert.domain.request.CertificationRequest;
import kz.medcert.domain.request.HistoryEntry;
import kz.medcert.domain.request.RequestId;

/** An audit log in memory, chained as the real one; tests append to it what a repository would have. */
public final class InMemoryAuditTrail implements AuditTrail, AuditJournal {
    private final List<AuditEntry> entries = new ArrayList<>();
    private ChainHead head = ChainHead.EMPTY;

    /** Appends one entry per history entry of {@code request}, as a repository does when it first stores it. */
    public synchronized void recordAll(CertificationRequest request) {
        request.state().history().forEach(entry -> record(request.id(), entry));
    }

    /**
     * Appends one entry per history entry not yet in the log for request {@code id} (the log already holds the
     * first ones), as a repository does when it stores a change of the request.
     */
    public synchronized void recordNew(RequestId id, List<HistoryEntry> history) {
        long recorded = entries.stream().filter(e -> e.requestId().equals(id)).count();
        history.stream().skip(recorded).forEach(entry -> record(id, entry));
    }

    public synchronized void record(RequestId id, HistoryEntry entry) {
        AuditEntry appended = AuditChain.append(head, AuditedStep.of(id, entry));
        entries.add(appended);
        head = appended.head();
    }

    @Override
    public synchronized List<AuditEntry> trailOf(RequestId id) {
        return entries.stream().filter(e -> e.requestId().equals(id)).toList();
    }

    @Override
    public synchronized ChainCheck verifyAll() {
        ChainVerifier verifier = new ChainVerifier();
        for (AuditEntry entry : entries) {
            if (!verifier.accept(entry)) {
                break;
            }
        }
        return verifier.result(head);
    }

    @Override
    public synchronized void append(AuditedStep step) {
        AuditEntry appended = AuditChain.append(head, step);
        entries.add(appended);
        head = appended.head();
    }

    /** Every entry, in order. */
    public synchronized List<AuditEntry> all() {
        return List.copyOf(entries);
    }
}
