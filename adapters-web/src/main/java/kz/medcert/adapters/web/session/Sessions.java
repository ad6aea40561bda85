package kz.medcert.adapters.web.session;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import kz.medcert.domain.access.Actor;

/**
 * The sessions of the web front, in memory, by an unguessable id (256 random bits) that only the session cookie
 * carries. Signing in starts a new session (a new id: an id planted before sign-in is worth nothing after it);
 * signing out ends it. A session unused for {@link #IDLE} ends by itself.
 */
public final class Sessions {
    public static final Duration IDLE = Duration.ofHours(2);
    /** Beyond this many sessions, the idle ones are swept before a new one is made. */
    private static final int SWEEP_ABOVE = 10_000;

    private final Map<String, WebSession> byId = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    public Sessions(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The live session of this id; an unknown or idle one is none. */
    public Optional<WebSession> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        WebSession session = byId.get(id);
        Instant now = clock.instant();
        if (session == null) {
            return Optional.empty();
        }
        if (session.lastSeen().plus(IDLE).isBefore(now)) {
            byId.remove(id);
            return Optional.empty();
        }
        session.seen(now);
        return Optional.of(session);
    }

    /** A new session for a visitor not signed in (it carries the CSRF token of the sign-in forms). */
    public WebSession anonymous() {
        return create(Optional.empty());
    }

    /** A new session for {@code actor}; {@code previous} (the anonymous one) ends. */
    public WebSession signIn(Actor actor, Optional<WebSession> previous) {
        previous.ifPresent(this::end);
        return create(Optional.of(actor));
    }

    public void end(WebSession session) {
        byId.remove(session.id());
    }

    /** Whether {@code sent} is the session's CSRF token (compared in constant time). */
    public static boolean csrfMatches(WebSession session, String sent) {
        return sent != null && MessageDigest.isEqual(session.csrfToken().getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                sent.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    int size() {
        return byId.size();
    }

    private WebSession create(Optional<Actor> actor) {
        Instant now = clock.instant();
        if (byId.size() > SWEEP_ABOVE) {
            byId.values().removeIf(s -> s.lastSeen().plus(IDLE).isBefore(now));
        }
        WebSession session = new WebSession(token(), actor, token(), now);
        byId.put(session.id(), session);
        return session;
    }

    private String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
