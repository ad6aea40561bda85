package kz.medcert.adapters.http.auth;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the RSA public keys that production tokens are verified with: one key in a PEM file ({@code BEGIN PUBLIC KEY},
 * as {@code openssl rsa -pubout} writes it), or a JWKS file (RFC 7517), of which only the public RSA signing keys are
 * kept. Keys shorter than 2048 bits are refused.
 */
final class RsaKeys {
    static final int MIN_BITS = 2048;
    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN PUBLIC KEY-----([A-Za-z0-9+/=\\s]+)-----END PUBLIC KEY-----");

    private RsaKeys() {
    }

    static RSAPublicKey fromPem(Path file) {
        String text = read(file);
        Matcher pem = PEM.matcher(text);
        if (!pem.find()) {
            throw new IllegalArgumentException(file + " holds no PEM public key (-----BEGIN PUBLIC KEY-----)");
        }
        PublicKey key;
        try {
            byte[] der = Base64.getMimeDecoder().decode(pem.group(1));
            key = KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException(file + " holds no readable RSA public key", e);
        }
        if (!(key instanceof RSAPublicKey rsa)) {
            throw new IllegalArgumentException(file + " holds no RSA public key");
        }
        return checked(rsa, file.toString());
    }

    static JWKSet fromJwks(Path file) {
        try {
            return signingKeys(JWKSet.parse(read(file)), file.toString());
        } catch (ParseException e) {
            throw new IllegalArgumentException(file + " is not a JWK set: " + e.getMessage(), e);
        }
    }

    /** The public RSA keys of {@code set} usable for signatures, each at least {@value #MIN_BITS} bits. */
    static JWKSet signingKeys(JWKSet set, String source) {
        List<JWK> keys = set.toPublicJWKSet().getKeys().stream()
                .filter(key -> key instanceof RSAKey)
                .filter(key -> key.getKeyUse() == null || KeyUse.SIGNATURE.equals(key.getKeyUse()))
                .toList();
        if (keys.isEmpty()) {
            throw new IllegalArgumentException(source + " holds no RSA signing key");
        }
        for (JWK key : keys) {
            if (key.size() < MIN_BITS) {
                throw new IllegalArgumentException(source + ": key " + key.getKeyID() + " has " + key.size()
                        + " bits; at least " + MIN_BITS + " are required");
            }
        }
        return new JWKSet(keys);
    }

    static RSAPublicKey checked(RSAPublicKey key, String source) {
        if (key.getModulus().bitLength() < MIN_BITS) {
            throw new IllegalArgumentException(source + ": the RSA key has " + key.getModulus().bitLength()
                    + " bits; at least " + MIN_BITS + " are required");
        }
        return key;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
