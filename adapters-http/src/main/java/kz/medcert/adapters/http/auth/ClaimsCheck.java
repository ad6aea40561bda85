package kz.medcert.adapters.http.auth;

import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.JWTClaimsSetVerifier;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * The claims every token must pass, on our clock: {@code exp} present, not past and not further out than the longest
 * lifetime, {@code nbf} and {@code iat} not in the future (each with the configured skew), {@code iss} and {@code aud}
 * as configured.
 */
final class ClaimsCheck implements JWTClaimsSetVerifier<SecurityContext> {
    private final TokenSettings settings;
    private final Clock clock;

    ClaimsCheck(TokenSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void verify(JWTClaimsSet claims, SecurityContext context) throws BadJWTException {
        Instant now = clock.instant();
        Date expires = claims.getExpirationTime();
        if (expires == null) {
            throw new BadJWTException("no exp claim");
        }
        if (now.isAfter(expires.toInstant().plus(settings.clockSkew()))) {
            throw new BadJWTException("expired at " + expires.toInstant());
        }
        if (expires.toInstant().isAfter(now.plus(settings.maxLifetime()).plus(settings.clockSkew()))) {
            throw new BadJWTException("expires at " + expires.toInstant() + ", beyond the longest lifetime of "
                    + settings.maxLifetime());
        }
        Date notBefore = claims.getNotBeforeTime();
        if (notBefore != null && now.plus(settings.clockSkew()).isBefore(notBefore.toInstant())) {
            throw new BadJWTException("not valid before " + notBefore.toInstant());
        }
        Date issued = claims.getIssueTime();
        if (issued != null && now.plus(settings.clockSkew()).isBefore(issued.toInstant())) {
            throw new BadJWTException("issued in the future, at " + issued.toInstant());
        }
        if (!settings.issuer().equals(claims.getIssuer())) {
            throw new BadJWTException("issuer is not " + settings.issuer());
        }
        List<String> audience = claims.getAudience();
        if (audience == null || !audience.contains(settings.audience())) {
            throw new BadJWTException("audience does not include " + settings.audience());
        }
    }
}
