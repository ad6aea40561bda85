package kz.medcert.domain.request;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The consent record kept with a request (R60, R61): status, the gateway's reference and channel, and when it was
 * asked for and answered.
 */
public record Consent(ConsentStatus status, Optional<String> reference, Optional<String> channel,
                      Optional<Instant> requestedAt, Optional<Instant> answeredAt) {

    public static final Consent NONE = new Consent(ConsentStatus.NOT_REQUESTED, Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());

    public Consent {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(answeredAt, "answeredAt");
    }

    Consent requested(String ref, String via, Instant at) {
        return new Consent(ConsentStatus.REQUESTED, Optional.of(ref), Optional.of(via), Optional.of(at),
                Optional.empty());
    }

    Consent answered(ConsentStatus outcome, Instant at) {
        return new Consent(outcome, reference, channel, requestedAt, Optional.of(at));
    }

    public boolean given() {
        return status == ConsentStatus.GIVEN;
    }
}
