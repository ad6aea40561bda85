package kz.medcert.adapters.http.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObject;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.proc.SingleKeyJWSKeySelector;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimNames;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.nio.file.Path;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import javax.crypto.spec.SecretKeySpec;
import kz.medcert.domain.access.Actor;

/**
 * Verifies a bearer token (a signed JWT) and tells who is acting. Exactly one algorithm is accepted, fixed by the key
 * from configuration: HS256 with a shared secret (development), or RS256 with an RSA public key or a JWKS file
 * (production). Unsigned ({@code alg: none}) and encrypted tokens, and tokens signed with any other algorithm, are
 * refused; then {@code exp} (required), {@code nbf}, {@code iat}, {@code iss} and {@code aud} are checked on the
 * injected clock (see {@link ClaimsCheck}), and the actor is read from {@code sub}, {@code role} and
 * {@code department} (see {@link ActorClaims}).
 */
public final class TokenVerifier {
    /** A shared secret shorter than this would weaken HS256 (RFC 7518 §3.2). */
    public static final int MIN_SECRET_BYTES = 32;
    /** Far above any token we issue; a longer header is not parsed at all. */
    static final int MAX_TOKEN_CHARS = 8 * 1024;

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    private final String description;

    private TokenVerifier(JWSKeySelector<SecurityContext> keys, TokenSettings settings, Clock clock,
                          String description) {
        processor.setJWSKeySelector(keys);
        processor.setJWTClaimsSetVerifier(new ClaimsCheck(Objects.requireNonNull(settings, "settings"),
                Objects.requireNonNull(clock, "clock")));
        this.description = description;
    }

    /** HS256 with {@code secret} (at least {@value #MIN_SECRET_BYTES} bytes): for development only. */
    public static TokenVerifier sharedSecret(byte[] secret, TokenSettings settings, Clock clock) {
        SecretKeySpec key = new SecretKeySpec(requireSecret(secret), "HmacSHA256");
        return new TokenVerifier(new SingleKeyJWSKeySelector<>(JWSAlgorithm.HS256, key), settings, clock,
                "HS256 with a shared secret");
    }

    /** RS256 with the RSA public key of a PEM file ({@code -----BEGIN PUBLIC KEY-----}). */
    public static TokenVerifier rsaPublicKeyFile(Path pemFile, TokenSettings settings, Clock clock) {
        return rsaPublicKey(RsaKeys.fromPem(pemFile), settings, clock);
    }

    /** RS256 with the RSA signing keys of a JWKS file; a token's {@code kid} picks among them. */
    public static TokenVerifier jwksFile(Path jwksFile, TokenSettings settings, Clock clock) {
        return jwks(RsaKeys.fromJwks(jwksFile), settings, clock);
    }

    /** RS256 with one RSA public key, whatever {@code kid} a token names. */
    public static TokenVerifier rsaPublicKey(RSAPublicKey key, TokenSettings settings, Clock clock) {
        return new TokenVerifier(new SingleKeyJWSKeySelector<>(JWSAlgorithm.RS256,
                RsaKeys.checked(key, "RSA public key")), settings, clock, "RS256 with an RSA public key");
    }

    public static TokenVerifier jwks(JWKSet keys, TokenSettings settings, Clock clock) {
        JWKSet set = RsaKeys.signingKeys(keys, "JWK set");
        return new TokenVerifier(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, new ImmutableJWKSet<>(set)),
                settings, clock, "RS256 with " + set.size() + " key(s) of a JWK set");
    }

    /** Refuses every token: for an API whose configuration gives no key. */
    public static TokenVerifier refusingAll() {
        return new TokenVerifier((header, context) -> List.of(), new TokenSettings("none", "none"),
                Clock.systemUTC(), "no key: every token is refused");
    }

    /**
     * The actor the token names.
     *
     * @throws InvalidTokenException when the token is not accepted, saying why (for the log, not for the caller)
     */
    public Actor verify(String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_CHARS) {
            throw new InvalidTokenException("empty or oversized token");
        }
        JWTClaimsSet claims;
        try {
            JWT jwt = JWTParser.parse(token);
            claims = processor.process(jwt, null);
            requireTextSubject(jwt);
        } catch (ParseException e) {
            throw new InvalidTokenException("not a JWT: " + e.getMessage());
        } catch (BadJOSEException | JOSEException e) {
            throw new InvalidTokenException(e.getMessage());
        } catch (InvalidTokenException e) {
            throw e;
        } catch (RuntimeException e) {
            // the parser trusts some shapes it should check: a header of JSON null throws a NullPointerException
            // (found by the endpoint fuzzer); whatever the library cannot read is not a token we accept
            throw new InvalidTokenException("unreadable token: " + e);
        }
        return ActorClaims.actor(claims);
    }

    // The library reads a numeric sub as its decimal text; an identity provider that sends one is not the one we know.
    private static void requireTextSubject(JWT jwt) throws ParseException {
        Object subject = jwt instanceof JOSEObject signed && signed.getPayload() != null
                ? signed.getPayload().toJSONObject().get(JWTClaimNames.SUBJECT) : null;
        if (subject != null && !(subject instanceof String)) {
            throw new InvalidTokenException("sub is not a string");
        }
    }

    /** How tokens are verified, for the start-up log. */
    @Override
    public String toString() {
        return description;
    }

    static byte[] requireSecret(byte[] secret) {
        Objects.requireNonNull(secret, "secret");
        if (secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("the shared secret must have at least " + MIN_SECRET_BYTES
                    + " bytes, has " + secret.length);
        }
        return secret.clone();
    }
}
