package kz.medcert.application.port.out;

import java.time.Instant;
import java.util.Objects;
import kz.medcert.application.port.in.ServiceText;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.reference.Language;
import kz.medcert.domain.reference.Message;

/**
 * A status change the applicant or holder is told about (R80: the personal account shows the status; a notification
 * points them to it). {@code reference} names the request or certificate; {@code subject} says in a line what changed
 * and {@code text} in full (for a refusal with its motivation, for a preliminary one until when they may object),
 * worded in the service's message bundle, to be written in {@code language}, the recipient's. It is stored in the
 * outbox with the change that causes it ({@link Requests#saveWithNotifications}) and sent from there ({@link Outbox}).
 */
public record Notification(Iin recipient, Kind kind, String reference, Message subject, Message text,
                           Language language, Instant at) {
    public Notification {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(at, "at");
    }

    /** The text in the recipient's language. */
    public String detail() {
        return text.in(language);
    }

    /** The subject line in the recipient's language (an e-mail's subject). */
    public String subjectLine() {
        return "MedCert: " + subject.in(language);
    }

    /** The short text message in the recipient's language: the subject, and where to read the rest. */
    public String smsText() {
        return ServiceText.NOTIFY_SMS.message().with("subject", subject).in(language);
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
        CERTIFICATE_REVOKED,
        /** A fixed-term certificate's end is near and no later certificate confirms it yet. */
        CERTIFICATE_EXPIRING
    }
}
