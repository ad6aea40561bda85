package kz.medcert.adapters.http.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.function.UnaryOperator;

/** Tokens built claim by claim, signed with any key, for the verifier's tests. */
final class Tokens {
    static final byte[] SECRET = "a-development-secret-of-at-least-32-bytes".getBytes(StandardCharsets.UTF_8);
    static final TokenSettings SETTINGS = new TokenSettings("https://idp.test/medcert", "medcert-api");
    static final Instant NOW = Instant.parse("2026-11-20T05:00:00Z");
    static final String IIN = "850412413718";

    private Tokens() {
    }

    /** Valid claims of an applicant: issued now, valid an hour, for our issuer and audience. */
    static JWTClaimsSet.Builder applicantClaims() {
        return new JWTClaimsSet.Builder().subject(IIN).claim("role", "APPLICANT").issuer(SETTINGS.issuer())
                .audience(SETTINGS.audience()).issueTime(Date.from(NOW)).notBeforeTime(Date.from(NOW))
                .expirationTime(Date.from(NOW.plusSeconds(3600)));
    }

    static JWTClaimsSet applicant(UnaryOperator<JWTClaimsSet.Builder> change) {
        return change.apply(applicantClaims()).build();
    }

    static String hs256(JWTClaimsSet claims) {
        return hs256(claims, SECRET);
    }

    static String hs256(JWTClaimsSet claims, byte[] secret) {
        try {
            return sign(new JWSHeader(JWSAlgorithm.HS256), claims, new MACSigner(secret));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static String rs256(JWTClaimsSet claims, RSAKey key) {
        try {
            return sign(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims,
                    new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static RSAKey rsaKey(String keyId, int bits) {
        try {
            return new RSAKeyGenerator(bits, true).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(JWSHeader header, JWTClaimsSet claims, JWSSigner signer) throws JOSEException {
        SignedJWT jwt = new SignedJWT(header, claims);
        jwt.sign(signer);
        return jwt.serialize();
    }
}
