package kz.medcert.application.fakes;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import kz.medcert.application.port.out.ConsentChallenges;
import kz.medcert.application.port.out.ConsentLimits;

/** Consent challenges in memory, held to the same contract as the database (ConsentChallengesContract). */
public final class InMemoryConsentChallenges implements ConsentChallenges {
    private final Map<String, ConsentChallenge> challenges = new LinkedHashMap<>();

    @Override
    public synchronized Optional<Duration> open(ConsentChallenge challenge, ConsentLimits limits) {
        if (challenges.containsKey(challenge.reference())) {
            throw new IllegalStateException("challenge " + challenge.reference() + " is already kept");
        }
        Instant since = challenge.issuedAt().minus(ConsentLimits.WINDOW);
        List<ConsentChallenge> recent = challenges.values().stream().filter(c -> c.issuedAt().isAfter(since)).toList();
        Optional<Duration> wait = limits.wait(
                recent.stream().filter(c -> c.requestId().equals(challenge.requestId())).map(c -> c.issuedAt()).toList(),
                recent.stream().filter(c -> c.iin().equals(challenge.iin())).map(c -> c.issuedAt()).toList(),
                challenge.issuedAt());
        if (wait.isEmpty()) {
            challenges.put(challenge.reference(), challenge);
        }
        return wait;
    }

    @Override
    public synchronized Optional<ConsentChallenge> find(String reference) {
        return Optional.ofNullable(challenges.get(reference));
    }

    @Override
    public synchronized OptionalInt spendTry(String reference, int maxTries, Instant now) {
        ConsentChallenge c = challenges.get(reference);
        if (c == null || c.tries() >= maxTries || c.expiredAt(now)) {
            return OptionalInt.empty();
        }
        challenges.put(reference, new ConsentChallenge(c.reference(), c.requestId(), c.iin(), c.codeHash(),
                c.issuedAt(), c.expiresAt(), c.tries() + 1));
        return OptionalInt.of(c.tries() + 1);
    }

    public synchronized int size() {
        return challenges.size();
    }
}
