package kz.medcert.e2e;

import com.google.inject.Injector;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kz.medcert.application.port.out.AuditTrail;
import kz.medcert.application.port.out.CertificateRegister;
import kz.medcert.application.port.out.RequestAttachments;
import kz.medcert.application.port.out.Requests;
import kz.medcert.domain.audit.AuditEntry;
import kz.medcert.domain.audit.AuditedStep;
import kz.medcert.domain.audit.ChainCheck;
import kz.medcert.domain.certificate.CertificateNumber;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.request.Attachment;
import kz.medcert.domain.request.CertificationRequest;
import kz.medcert.domain.request.RequestId;
import org.jdbi.v3.core.Jdbi;

/**
 * No partial record: reads the database of a running service through its own ports and finds every way a write could
 * have been left half done — a request that does not read back, a step without its audit entry (or an entry without
 * its step), a broken audit chain, an attachment listed without its bytes (or bytes that no request lists, or that do
 * not match their SHA-256), a register entry that does not read back — and every acknowledged write that is missing.
 */
final class StoredRecords {
    private final Requests requests;
    private final RequestAttachments attachments;
    private final AuditTrail audit;
    private final CertificateRegister register;
    private final Jdbi jdbi;
    private final List<String> problems = new ArrayList<>();

    StoredRecords(Injector injector) {
        this.requests = injector.getInstance(Requests.class);
        this.attachments = injector.getInstance(RequestAttachments.class);
        this.audit = injector.getInstance(AuditTrail.class);
        this.register = injector.getInstance(CertificateRegister.class);
        this.jdbi = injector.getInstance(Jdbi.class);
    }

    /** What is wrong with the stored records, in words; empty when nothing is. Also counts what was checked. */
    Report check(FuzzWorld.Ledger ledger) {
        Map<String, CertificationRequest> stored = new HashMap<>();
        List<String[]> rows = jdbi.withHandle(h -> h.createQuery("SELECT id, status FROM certification_request")
                .map((rs, ctx) -> new String[] {rs.getString("id"), rs.getString("status")}).list());
        long historyEntries = 0;
        long attachments = 0;
        for (String[] row : rows) {
            Optional<CertificationRequest> read = read(row[0]);
            if (read.isEmpty()) {
                continue;
            }
            CertificationRequest request = read.get();
            stored.put(row[0], request);
            if (!request.status().name().equals(row[1])) {
                problems.add("request " + row[0] + ": status column " + row[1] + " but state " + request.status());
            }
            historyEntries += request.state().history().size();
            checkTrail(request);
            for (Attachment attachment : request.state().attachments()) {
                attachments++;
                checkContent(request.id(), attachment);
            }
        }
        checkOrphans(stored);
        ChainCheck chain = audit.verifyAll();
        if (!chain.isIntact()) {
            problems.add("audit chain broken: " + chain);
        }
        long auditRows = jdbi.withHandle(h -> h.createQuery("SELECT request_id FROM audit_log").mapTo(String.class)
                .stream().filter(id -> !isJournalSubject(id)).count());
        if (auditRows != historyEntries) {
            problems.add("audit log holds " + auditRows + " entries, the requests' histories " + historyEntries);
        }
        List<String> numbers = jdbi.withHandle(h -> h.createQuery("SELECT number FROM issued_certificate")
                .mapTo(String.class).list());
        numbers.forEach(this::checkCertificate);
        checkOneCurrentCertificatePerSpecialty();
        checkAcknowledged(ledger, stored);
        return new Report(rows.size(), historyEntries, attachments, numbers.size(), List.copyOf(problems));
    }

    /** What was checked, and what is wrong. */
    record Report(int requests, long auditEntries, long attachments, int certificates, List<String> problems) {
        @Override
        public String toString() {
            return requests + " requests, " + auditEntries + " audit entries, " + attachments + " attachments, "
                    + certificates + " register entries";
        }
    }

    private Optional<CertificationRequest> read(String id) {
        try {
            Optional<CertificationRequest> request = requests.find(RequestId.parse(id));
            if (request.isEmpty()) {
                problems.add("request " + id + " is listed but does not read back");
            }
            return request;
        } catch (RuntimeException e) {
            problems.add("request " + id + " does not read back: " + e);
            return Optional.empty();
        }
    }

    // one audit entry per history entry, the same step, in the same order
    private void checkTrail(CertificationRequest request) {
        List<AuditEntry> trail = audit.trailOf(request.id());
        var history = request.state().history();
        if (trail.size() != history.size()) {
            problems.add("request " + request.id() + ": " + history.size() + " history entries but " + trail.size()
                    + " audit entries");
            return;
        }
        for (int i = 0; i < trail.size(); i++) {
            AuditedStep expected = AuditedStep.of(request.id(), history.get(i));
            if (!trail.get(i).step().equals(expected)) {
                problems.add("request " + request.id() + ": audit entry " + i + " is " + trail.get(i).step()
                        + ", history says " + expected);
            }
        }
    }

    private void checkContent(RequestId id, Attachment attachment) {
        try {
            Optional<byte[]> content = attachments.content(id, attachment.id());
            if (content.isEmpty()) {
                problems.add("request " + id + ": attachment " + attachment.id() + " has no stored content");
            } else if (content.get().length != attachment.size()
                    || !sha256(content.get()).equals(attachment.sha256())) {
                problems.add("request " + id + ": attachment " + attachment.id() + " content does not match its "
                        + "size and SHA-256");
            }
        } catch (RuntimeException e) {
            problems.add("request " + id + ": attachment " + attachment.id() + " content unreadable: " + e);
        }
    }

    // content rows that no request lists (or names as replaced in its history); audit entries of requests not stored
    private void checkOrphans(Map<String, CertificationRequest> stored) {
        jdbi.withHandle(h -> h.createQuery("SELECT attachment_id, request_id FROM request_attachment_content")
                .map((rs, ctx) -> new String[] {rs.getString("attachment_id"), rs.getString("request_id")}).list())
                .forEach(row -> {
                    CertificationRequest request = stored.get(row[1]);
                    boolean listed = request != null && (request.state().attachments().stream()
                            .anyMatch(a -> a.id().equals(UUID.fromString(row[0])))
                            || request.state().history().stream().anyMatch(entry -> entry.event().equals("REPLACED")
                            && entry.detail().contains("(attachment " + row[0] + ")")));
                    if (!listed) {
                        problems.add("orphan content: attachment " + row[0] + " of request " + row[1]
                                + " is stored but not listed");
                    }
                });
        jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT request_id FROM audit_log").mapTo(String.class).list())
                .stream().filter(id -> !stored.containsKey(id) && !isJournalSubject(id))
                .forEach(id -> problems.add("orphan audit entries: request " + id + " is not stored"));
    }

    /**
     * Requests have random (version 4) ids; the steps that concern no request — a certificate's revocation, a register
     * import, an expiry export — are chained under name-based (version 3) subjects and have no history to match.
     */
    private static boolean isJournalSubject(String auditSubject) {
        return UUID.fromString(auditSubject).version() == 3;
    }

    // R14, R75, R79: however decisions raced, a holder has at most one entry per specialty neither replaced nor revoked
    private void checkOneCurrentCertificatePerSpecialty() {
        jdbi.withHandle(h -> h.createQuery("SELECT holder_iin, specialty, COUNT(*) AS current FROM issued_certificate "
                        + "WHERE superseded_by IS NULL AND revoked_on IS NULL GROUP BY holder_iin, specialty "
                        + "HAVING COUNT(*) > 1")
                .map((rs, ctx) -> rs.getLong("current") + " current certificates of one holder in "
                        + rs.getString("specialty")).list())
                .forEach(problems::add);
    }

    private void checkCertificate(String number) {
        try {
            if (register.find(new CertificateNumber(number)).isEmpty()) {
                problems.add("register entry " + number + " does not read back");
            }
        } catch (RuntimeException e) {
            problems.add("register entry " + number + " does not read back: " + e);
        }
    }

    /**
     * R19: a later copy for the same checklist item replaces an upload in the list (a fuzz case may send one); the
     * replaced copy is still acknowledged, so it must be named by a REPLACED entry of the history and its bytes kept.
     */
    private boolean replacedAndStored(CertificationRequest request, String attachmentId, String sha256) {
        boolean named = request.state().history().stream().anyMatch(e -> e.event().equals("REPLACED")
                && e.detail().contains("sha256=" + sha256 + " (attachment " + attachmentId + ")"));
        return named && jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM request_attachment_content "
                        + "WHERE attachment_id = :id AND request_id = :request AND sha256 = :sha256")
                .bind("id", UUID.fromString(attachmentId)).bind("request", request.id().value())
                .bind("sha256", sha256)
                .mapTo(Long.class).one()) == 1;
    }

    // nothing acknowledged to a client is lost
    private void checkAcknowledged(FuzzWorld.Ledger ledger, Map<String, CertificationRequest> stored) {
        ledger.requests.stream().filter(id -> !stored.containsKey(id))
                .forEach(id -> problems.add("acknowledged request " + id + " (201) is not stored"));
        ledger.attachments.forEach((attachmentId, at) -> {
            CertificationRequest request = stored.get(at[0]);
            boolean kept = request != null && (request.state().attachments().stream().anyMatch(
                    a -> a.id().toString().equals(attachmentId) && a.sha256().equals(at[1]))
                    || replacedAndStored(request, attachmentId, at[1]));
            if (!kept) {
                problems.add("acknowledged attachment " + attachmentId + " of request " + at[0] + " is not stored");
            }
        });
        // by what the request holds rather than its status, which later steps (a decision, a revocation) move on
        ledger.submitted.forEach(id -> {
            CertificationRequest request = stored.get(id);
            if (request == null || request.state().submission().isEmpty()) {
                problems.add("acknowledged submission of request " + id + " is not stored");
            }
        });
        ledger.issued.forEach((number, id) -> {
            CertificationRequest request = stored.get(id);
            Optional<IssuedCertificate> entry = register.find(new CertificateNumber(number));
            boolean recorded = request != null && request.state().history().stream()
                    .anyMatch(step -> step.detail().contains(number));
            if (!recorded || entry.isEmpty() || !entry.get().holder().equals(request.state().applicant().iin())) {
                problems.add("acknowledged issue of " + number + " for request " + id + " is not stored whole");
            }
        });
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
