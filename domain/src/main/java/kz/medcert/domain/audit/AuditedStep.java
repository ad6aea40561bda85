package kz.medcert.domain.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import kz.medcert.domain.request.HistoryEntry;
import kz.medcert.domain.request.RequestId;

/**
 * What the audit log records about one step of a request: when, who (a non-personal audit label), what, and the
 * detail (which carries the consent gateway's reference for consent steps).
 *
 * <p>What is recorded is what any SQL database stores exactly, so that an entry read back hashes as it did when it was
 * appended: the time is kept to the microsecond (the precision of an SQL timestamp), and text is kept as well-formed
 * Unicode without NUL characters (each NUL or unpaired surrogate becomes U+FFFD, which PostgreSQL text can hold).
 */
public record AuditedStep(RequestId requestId, Instant at, String actor, String event, String detail) {

    public AuditedStep {
        Objects.requireNonNull(requestId, "requestId");
        at = Objects.requireNonNull(at, "at").truncatedTo(ChronoUnit.MICROS);
        actor = storable(Objects.requireNonNull(actor, "actor"));
        event = storable(Objects.requireNonNull(event, "event"));
        detail = storable(Objects.requireNonNull(detail, "detail"));
    }

    /** The step recorded by {@code entry} of request {@code requestId}'s history. */
    public static AuditedStep of(RequestId requestId, HistoryEntry entry) {
        return new AuditedStep(requestId, entry.at(), entry.actor(), entry.event(), entry.detail());
    }

    private static String storable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pairedHigh = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            boolean bad = c == 0 || (Character.isSurrogate(c) && !pairedHigh);
            if (bad && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(bad ? '\uFFFD' : c);
                if (pairedHigh) {
                    out.append(text.charAt(i + 1));
                }
            }
            if (pairedHigh) {
                i++;
            }
        }
        return out == null ? text : out.toString();
    }
}
