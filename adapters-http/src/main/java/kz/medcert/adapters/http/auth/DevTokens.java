package kz.medcert.adapters.http.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.UUID;
import kz.medcert.domain.access.Actor;

/**
 * Mints HS256 tokens with the development shared secret, for the demo ({@code medcert-service.jar token ...}) and for
 * tests. Production tokens come from the identity provider, signed with its RSA key; nothing here can make them.
 */
public final class DevTokens {
    /** A working day and then some: long enough for a demo, short enough to expire before the next. */
    public static final Duration DEFAULT_VALIDITY = Duration.ofHours(12);

    private final MACSigner signer;
    private final TokenSettings settings;
    private final Clock clock;

    public DevTokens(byte[] secret, TokenSettings settings, Clock clock) {
        try {
            this.signer = new MACSigner(TokenVerifier.requireSecret(secret));
        } catch (JOSEException e) {
            throw new IllegalArgumentException("unusable shared secret: " + e.getMessage(), e);
        }
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A token for {@code actor}, valid for {@link #DEFAULT_VALIDITY} (12 hours), or the longest lifetime if shorter. */
    public String mint(Actor actor) {
        return mint(actor, DEFAULT_VALIDITY.compareTo(settings.maxLifetime()) > 0 ? settings.maxLifetime()
                : DEFAULT_VALIDITY);
    }

    /** A token for {@code actor}, valid from now for {@code validity}, which the longest lifetime must admit. */
    public String mint(Actor actor, Duration validity) {
        if (validity.compareTo(settings.maxLifetime()) > 0) {
            throw new IllegalArgumentException("a token valid " + validity + " would be refused: the longest lifetime "
                    + "is " + settings.maxLifetime());
        }
        Instant now = clock.instant();
        return sign(ActorClaims.claimsOf(actor).issuer(settings.issuer()).audience(settings.audience())
                .issueTime(Date.from(now)).notBeforeTime(Date.from(now)).expirationTime(Date.from(now.plus(validity)))
                .jwtID(UUID.randomUUID().toString()).build());
    }

    private String sign(JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(),
                claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a development token", e);
        }
        return jwt.serialize();
    }
}
