package kz.medcert.domain.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The hearing that administrative procedure requires before a refusal (Administrative Procedural Code art. 73; the
 * Order itself names none, see R91 in docs/interpretations.md): the applicant is notified of the preliminary decision
 * and may object until the end of {@code objectionsUntil}, a working day in Almaty time.
 */
public record Hearing(Instant notifiedAt, LocalDate objectionsUntil, Optional<Objection> objection) {

    public Hearing {
        Objects.requireNonNull(notifiedAt, "notifiedAt");
        Objects.requireNonNull(objectionsUntil, "objectionsUntil");
        Objects.requireNonNull(objection, "objection");
    }

    public static Hearing opened(Instant notifiedAt, LocalDate objectionsUntil) {
        return new Hearing(notifiedAt, objectionsUntil, Optional.empty());
    }

    /** The applicant may still object on {@code today}: no objection yet and the window has not ended. */
    public boolean openOn(LocalDate today) {
        return objection.isEmpty() && !today.isAfter(objectionsUntil);
    }

    /** The applicant has been heard: they objected, or the window ended without an objection. */
    public boolean heardBy(LocalDate today) {
        return !openOn(today);
    }

    Hearing withObjection(Objection value) {
        return new Hearing(notifiedAt, objectionsUntil, Optional.of(value));
    }
}
