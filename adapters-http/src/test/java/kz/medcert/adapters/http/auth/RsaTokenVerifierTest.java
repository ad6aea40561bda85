package kz.medcert.adapters.http.auth;

import static kz.medcert.adapters.http.auth.Tokens.NOW;
import static kz.medcert.adapters.http.auth.Tokens.SETTINGS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.person.Iin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Production mode: RS256 with an RSA public key from a PEM file or a JWKS file, with generated key pairs. */
class RsaTokenVerifierTest {
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final RSAKey KEY = Tokens.rsaKey("k1", 2048);
    private static final RSAKey OTHER_KEY = Tokens.rsaKey("k2", 2048);
    private static final Actor APPLICANT = new Actor.Applicant(Iin.parse(Tokens.IIN));

    @TempDir
    Path dir;

    @Test
    void pemPublicKey_acceptsTokensOfItsPrivateKey_only() throws Exception {
        TokenVerifier verifier = TokenVerifier.rsaPublicKeyFile(pem(KEY), SETTINGS, CLOCK);

        assertThat(verifier.verify(Tokens.rs256(Tokens.applicant(c -> c), KEY))).isEqualTo(APPLICANT);
        assertThatThrownBy(() -> verifier.verify(Tokens.rs256(Tokens.applicant(c -> c), OTHER_KEY)))
                .isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void pemPublicKey_stillChecksTheClaims() throws Exception {
        TokenVerifier verifier = TokenVerifier.rsaPublicKeyFile(pem(KEY), SETTINGS, CLOCK);

        assertThatThrownBy(() -> verifier.verify(Tokens.rs256(Tokens.applicant(c -> c.issuer("https://evil.test")),
                KEY))).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void jwks_picksTheKeyByKid_andRefusesAnUnknownOne() throws Exception {
        TokenVerifier verifier = TokenVerifier.jwksFile(jwks(KEY, OTHER_KEY), SETTINGS, CLOCK);
        RSAKey unknown = Tokens.rsaKey("k3", 2048);

        assertThat(verifier.verify(Tokens.rs256(Tokens.applicant(c -> c), KEY))).isEqualTo(APPLICANT);
        assertThat(verifier.verify(Tokens.rs256(Tokens.applicant(c -> c), OTHER_KEY))).isEqualTo(APPLICANT);
        assertThatThrownBy(() -> verifier.verify(Tokens.rs256(Tokens.applicant(c -> c), unknown)))
                .isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void jwks_ignoresPrivatePartsAndEncryptionKeys() throws Exception {
        RSAKey encryption = new RSAKey.Builder(Tokens.rsaKey("enc", 2048)).keyUse(KeyUse.ENCRYPTION).build();
        Path file = dir.resolve("jwks.json");
        Files.writeString(file, new JWKSet(List.of(KEY, encryption)).toString(false));
        TokenVerifier verifier = TokenVerifier.jwksFile(file, SETTINGS, CLOCK);

        assertThat(verifier.verify(Tokens.rs256(Tokens.applicant(c -> c), KEY))).isEqualTo(APPLICANT);
        assertThatThrownBy(() -> verifier.verify(Tokens.rs256(Tokens.applicant(c -> c), encryption)))
                .isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void hs256Token_againstTheRsaKey_isRefused_evenSignedWithThePublicKeyAsSecret() throws Exception {
        TokenVerifier verifier = TokenVerifier.rsaPublicKeyFile(pem(KEY), SETTINGS, CLOCK);
        SignedJWT confused = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), Tokens.applicant(c -> c));
        confused.sign(new MACSigner(Files.readAllBytes(pem(KEY))));

        assertThatThrownBy(() -> verifier.verify(confused.serialize())).isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> verifier.verify(Tokens.hs256(Tokens.applicant(c -> c))))
                .isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void keysShorterThan2048Bits_areRefusedAtStart() throws Exception {
        RSAKey weak = Tokens.rsaKey("weak", 1024);

        assertThatThrownBy(() -> TokenVerifier.rsaPublicKeyFile(pem(weak), SETTINGS, CLOCK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2048");
        assertThatThrownBy(() -> TokenVerifier.jwksFile(jwks(weak), SETTINGS, CLOCK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2048");
    }

    @Test
    void unreadableKeyFiles_areRefusedAtStart() throws IOException {
        Path garbage = dir.resolve("garbage.pem");
        Files.writeString(garbage, "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n");
        Path empty = dir.resolve("empty.json");
        Files.writeString(empty, "{\"keys\": []}");

        assertThatThrownBy(() -> TokenVerifier.rsaPublicKeyFile(garbage, SETTINGS, CLOCK))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TokenVerifier.rsaPublicKeyFile(dir.resolve("missing.pem"), SETTINGS, CLOCK))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TokenVerifier.jwksFile(empty, SETTINGS, CLOCK))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private Path pem(RSAKey key) throws JOSEException, IOException {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(key.toRSAPublicKey().getEncoded());
        Path file = dir.resolve(key.getKeyID() + ".pem");
        Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n" + base64 + "\n-----END PUBLIC KEY-----\n");
        return file;
    }

    private Path jwks(RSAKey... keys) throws IOException {
        Path file = dir.resolve("jwks-" + keys.length + ".json");
        Files.writeString(file, new JWKSet(List.of(keys)).toString());
        return file;
    }
}
