package kz.medcert.adapters.signature;

import java.time.Instant;

/** What a revocation source says of one certificate. */
sealed interface RevocationStatus {

    /** Not revoked, as {@code source} says. */
    record Good(String source) implements RevocationStatus {
    }

    /** Revoked at {@code at}, as {@code source} says. */
    record Revoked(Instant at, String source) implements RevocationStatus {
    }

    /** The source could not tell now ({@code why}): never a reason to accept, nor to refuse. */
    record Undetermined(String why) implements RevocationStatus {
    }

    /** No source is configured for this certificate. */
    record NotChecked() implements RevocationStatus {
    }
}
