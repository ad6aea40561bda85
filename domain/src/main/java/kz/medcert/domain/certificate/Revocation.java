package kz.medcert.domain.certificate;

import java.time.LocalDate;
import java.util.Objects;

/** Why and when an officer revoked a certificate, e.g. a court decision prohibiting the activity (R88, R89). */
public record Revocation(LocalDate revokedOn, String ground, String reason, String revokedBy) {
    public Revocation {
        Objects.requireNonNull(revokedOn, "revokedOn");
        Objects.requireNonNull(ground, "ground");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(revokedBy, "revokedBy");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a revocation states its reason");
        }
    }
}
