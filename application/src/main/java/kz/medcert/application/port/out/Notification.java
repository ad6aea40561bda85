package kz.medcert.application.port.out;

import java.time.Instant;
import java.util.Objects;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.reference.Language;
import kz.medcert.domain.reference.Message;

/**
 * A status change the applicant or holder is told about (R80: the personal account shows the status; a notification
 * points them to it). {@code reference} names the request or certificate; {@code text} says what changed (for a
 * refusal with its motivation, for a preliminary one until when they may object), worded in the service's message
 * bundle, to be written in {@code language}, the recipient's.
 */
public record Notification(Iin recipient, Kind kind, String reference, Message text, Language language, Instant at) {
    public Notification {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(at, "at");
    }

    /** The text in the recipient's language. */
    public String detail() {
        return text.in(language);
    }

    public enum Kind {
        /** R22: the request was accepted and registered. */
        REQUEST_ACCEPTED,
        /** R75: a certificate was issued (by an officer or automatically, R14). */
        CERTIFICATE_ISSUED,
        /** R91: a refusal is proposed; the applicant may object until the date in the detail. */
        REFUSAL_PROPOSED,
        /** R75, R91: the refusal is final. */
        REFUSED,
        /** R88, R89: the certificate was revoked. */
        CERTIFICATE_REVOKED
    }
}
