package kz.medcert.adapters.web.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import kz.medcert.domain.access.Actor;
import org.junit.jupiter.api.Test;

class SessionsTest {
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-20T05:00:00Z"));
    private final Sessions sessions = new Sessions(clock);

    @Test
    void signingInStartsANewSession_andTheAnonymousOneEnds() {
        WebSession anonymous = sessions.anonymous();

        WebSession signedIn = sessions.signIn(new Actor.Admin("ADM-1"), Optional.of(anonymous));

        assertThat(signedIn.id()).isNotEqualTo(anonymous.id());
        assertThat(signedIn.csrfToken()).isNotEqualTo(anonymous.csrfToken());
        assertThat(sessions.find(anonymous.id())).isEmpty();
        assertThat(sessions.find(signedIn.id())).flatMap(WebSession::actor).contains(new Actor.Admin("ADM-1"));
    }

    @Test
    void aSessionUnusedForLongerThanTheIdleTimeEnds_butUseKeepsItAlive() {
        WebSession session = sessions.signIn(new Actor.Admin("ADM-1"), Optional.empty());

        clock.advance(Sessions.IDLE.minusMinutes(1));
        assertThat(sessions.find(session.id())).isPresent();
        clock.advance(Sessions.IDLE.minusMinutes(1));
        assertThat(sessions.find(session.id())).isPresent();
        clock.advance(Sessions.IDLE.plusSeconds(1));
        assertThat(sessions.find(session.id())).isEmpty();
    }

    @Test
    void theCsrfTokenMustBeTheSessionsOwn() {
        WebSession session = sessions.anonymous();
        WebSession other = sessions.anonymous();

        assertThat(Sessions.csrfMatches(session, session.csrfToken())).isTrue();
        assertThat(Sessions.csrfMatches(session, other.csrfToken())).isFalse();
        assertThat(Sessions.csrfMatches(session, null)).isFalse();
        assertThat(Sessions.csrfMatches(session, "")).isFalse();
    }

    @Test
    void anUnknownIdIsNoSession() {
        assertThat(sessions.find("forged")).isEmpty();
        assertThat(sessions.find(null)).isEmpty();
    }

    @Test
    void aFlowsValueIsTakenOnce() {
        WebSession session = sessions.anonymous();
        session.put("oidc.state", "abc");

        assertThat(session.take("oidc.state")).contains("abc");
        assertThat(session.take("oidc.state")).isEmpty();
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
