package kz.medcert.adapters.web.session;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import kz.medcert.domain.access.Actor;

/**
 * One browser's session: who is signed in (if anyone), the token every form must carry back (CSRF), and short-lived
 * values of a flow in progress (the OpenID Connect state, nonce and PKCE verifier; a flash message). Held in memory
 * only: a restart signs everyone out, and nothing the service acknowledged is lost by it.
 */
public final class WebSession {
    private final String id;
    private final Optional<Actor> actor;
    private final String csrfToken;
    private final Map<String, String> values = new ConcurrentHashMap<>();
    private volatile Instant lastSeen;

    WebSession(String id, Optional<Actor> actor, String csrfToken, Instant now) {
        this.id = Objects.requireNonNull(id, "id");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.csrfToken = Objects.requireNonNull(csrfToken, "csrfToken");
        this.lastSeen = now;
    }

    public String id() {
        return id;
    }

    public Optional<Actor> actor() {
        return actor;
    }

    public String csrfToken() {
        return csrfToken;
    }

    Instant lastSeen() {
        return lastSeen;
    }

    void seen(Instant now) {
        lastSeen = now;
    }

    public void put(String key, String value) {
        values.put(key, value);
    }

    /** Reads and forgets a value (a flow's state is used once). */
    public Optional<String> take(String key) {
        return Optional.ofNullable(values.remove(key));
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }
}
