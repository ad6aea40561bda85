package kz.medcert.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.request.RequestId;

/**
 * The one-time codes sent for consent (R60, R61), kept where every instance of the service finds them: only a keyed
 * hash of each code, with its expiry and how many tries it has taken. The limits on asking and trying hold across
 * instances, because the checks and the changes are made together in the store.
 */
public interface ConsentChallenges {

    /**
     * Keeps {@code challenge} unless {@code limits} forbid a new code for its request or person at its issue time;
     * the check and the keeping are one step, so that two callers at once cannot both pass a limit.
     *
     * @return empty when kept, else how long until a code may be asked for again
     */
    Optional<Duration> open(ConsentChallenge challenge, ConsentLimits limits);

    Optional<ConsentChallenge> find(String reference);

    /**
     * Spends one try of the challenge if it has fewer than {@code maxTries} and has not expired at {@code now}.
     *
     * @return the tries spent so far, this one included; empty when none was left (or the code expired, or there is
     *         no such challenge)
     */
    OptionalInt spendTry(String reference, int maxTries, Instant now);

    /**
     * One code sent.
     *
     * @param codeHash the keyed hash of the code (lowercase hex), never the code
     * @param tries    how many codes were tried against it so far
     */
    record ConsentChallenge(String reference, RequestId requestId, Iin iin, String codeHash, Instant issuedAt,
                            Instant expiresAt, int tries) {
        public ConsentChallenge {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(requestId, "requestId");
            Objects.requireNonNull(iin, "iin");
            Objects.requireNonNull(codeHash, "codeHash");
            Objects.requireNonNull(issuedAt, "issuedAt");
            Objects.requireNonNull(expiresAt, "expiresAt");
            if (!expiresAt.isAfter(issuedAt)) {
                throw new IllegalArgumentException("a code expires after it is issued");
            }
            if (tries < 0) {
                throw new IllegalArgumentException("tries must not be negative, got " + tries);
            }
        }

        public boolean expiredAt(Instant now) {
            return !now.isBefore(expiresAt);
        }
    }
}
