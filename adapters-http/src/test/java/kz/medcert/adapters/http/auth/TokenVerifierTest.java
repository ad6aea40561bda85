package kz.medcert.adapters.http.auth;

import static kz.medcert.adapters.http.auth.Tokens.NOW;
import static kz.medcert.adapters.http.auth.Tokens.SECRET;
import static kz.medcert.adapters.http.auth.Tokens.SETTINGS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.crypto.DirectEncrypter;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.person.Iin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Development mode: HS256 with a shared secret; signature, times, issuer, audience and the actor's claims. */
class TokenVerifierTest {
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private final TokenVerifier verifier = TokenVerifier.sharedSecret(SECRET, SETTINGS, CLOCK);

    @Test
    void applicantToken_namesTheApplicantByIin() {
        Actor actor = verifier.verify(Tokens.hs256(Tokens.applicant(c -> c)));

        assertThat(actor).isEqualTo(new Actor.Applicant(Iin.parse(Tokens.IIN)));
    }

    @Test
    void officerToken_namesTheOfficerAndTheDepartment() {
        Actor actor = verifier.verify(Tokens.hs256(Tokens.applicant(c -> c.subject("OFF-7").claim("role", "OFFICER")
                .claim("department", "KARAGANDA"))));

        assertThat(actor).isEqualTo(new Actor.Officer("OFF-7", Department.of(Region.KARAGANDA)));
    }

    @Test
    void adminToken_namesTheAdministrator() {
        Actor actor = verifier.verify(Tokens.hs256(Tokens.applicant(c -> c.subject("admin.1").claim("role", "ADMIN"))));

        assertThat(actor).isEqualTo(new Actor.Admin("admin.1"));
    }

    @Test
    void devTokensRoundTrip_forEveryRole() {
        DevTokens tokens = new DevTokens(SECRET, SETTINGS, CLOCK);
        Actor applicant = new Actor.Applicant(Iin.parse(Tokens.IIN));
        Actor officer = new Actor.Officer("OFF-1", Department.of(Region.ALMATY_CITY));
        Actor admin = new Actor.Admin("ADM-1");

        assertThat(verifier.verify(tokens.mint(applicant))).isEqualTo(applicant);
        assertThat(verifier.verify(tokens.mint(officer))).isEqualTo(officer);
        assertThat(verifier.verify(tokens.mint(admin))).isEqualTo(admin);
    }

    @Test
    void devTokensAreValidTwelveHours() {
        String token = new DevTokens(SECRET, SETTINGS, CLOCK).mint(new Actor.Admin("ADM-1"));

        assertThat(at(NOW.plus(Duration.ofHours(12))).verify(token)).isEqualTo(new Actor.Admin("ADM-1"));
        assertThatThrownBy(() -> at(NOW.plus(Duration.ofHours(12)).plus(Duration.ofMinutes(2))).verify(token))
                .isInstanceOf(InvalidTokenException.class);
    }

    static Stream<Arguments> badClaims() {
        return Stream.of(
                bad("no exp", c -> c.expirationTime(null)),
                bad("expired beyond the skew", c -> c.expirationTime(Date.from(NOW.minusSeconds(61)))),
                bad("not yet valid beyond the skew", c -> c.notBeforeTime(Date.from(NOW.plusSeconds(61)))),
                bad("issued in the future beyond the skew", c -> c.issueTime(Date.from(NOW.plusSeconds(61)))),
                bad("another issuer", c -> c.issuer("https://evil.test")),
                bad("no issuer", c -> c.issuer(null)),
                bad("another audience", c -> c.audience("other-api")),
                bad("no audience", c -> c.audience((String) null)),
                bad("no subject", c -> c.subject(null)),
                bad("subject a number (the IIN's digits)", c -> c.claim("sub", Long.parseLong(Tokens.IIN))),
                bad("subject a list", c -> c.claim("sub", List.of(Tokens.IIN))),
                bad("expires beyond the longest lifetime (12 h) and the skew",
                        c -> c.expirationTime(Date.from(NOW.plus(Duration.ofHours(12)).plusSeconds(61)))),
                bad("valid for a year", c -> c.expirationTime(Date.from(NOW.plus(Duration.ofDays(365))))),
                bad("no role", c -> c.claim("role", null)),
                bad("unknown role", c -> c.claim("role", "ROOT")),
                bad("lower-case role", c -> c.claim("role", "applicant")),
                bad("role not a string", c -> c.claim("role", 1)),
                bad("applicant with a wrong check digit", c -> c.subject("850412413719")),
                bad("applicant with an IIN padded by spaces", c -> c.subject(" " + Tokens.IIN)),
                bad("applicant with no IIN", c -> c.subject("OFF-7")),
                bad("officer without department", c -> c.subject("OFF-7").claim("role", "OFFICER")),
                bad("officer of an unknown department", c -> c.subject("OFF-7").claim("role", "OFFICER")
                        .claim("department", "ATLANTIS")),
                bad("officer id with a line break", c -> c.subject("OFF-7\nADMIN").claim("role", "OFFICER")
                        .claim("department", "ASTANA")),
                bad("admin id with spaces", c -> c.subject("root admin").claim("role", "ADMIN")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badClaims")
    void tokenWithBadClaims_isRefused(String name, UnaryOperator<JWTClaimsSet.Builder> change) {
        String token = Tokens.hs256(Tokens.applicant(change));

        assertThatThrownBy(() -> verifier.verify(token)).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void aTokenValidForTheLongestLifetime_isAccepted_andTheLifetimeIsConfigurable() {
        String twelveHours = Tokens.hs256(Tokens.applicant(c -> c.expirationTime(Date.from(NOW.plus(
                Duration.ofHours(12))))));

        assertThat(verifier.verify(twelveHours)).isInstanceOf(Actor.Applicant.class);
        assertThatThrownBy(() -> TokenVerifier.sharedSecret(SECRET, SETTINGS.withMaxLifetime(Duration.ofHours(1)),
                CLOCK).verify(twelveHours)).isInstanceOf(InvalidTokenException.class).hasMessageContaining("lifetime");
    }

    @Test
    void devTokensNeverOutliveTheLongestLifetime() {
        TokenSettings hour = SETTINGS.withMaxLifetime(Duration.ofHours(1));
        DevTokens tokens = new DevTokens(SECRET, hour, CLOCK);

        assertThat(TokenVerifier.sharedSecret(SECRET, hour, CLOCK).verify(tokens.mint(new Actor.Admin("ADM-1"))))
                .isEqualTo(new Actor.Admin("ADM-1"));
        assertThatThrownBy(() -> tokens.mint(new Actor.Admin("ADM-1"), Duration.ofHours(2)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void timesWithinTheClockSkew_areAccepted() {
        String token = Tokens.hs256(Tokens.applicant(c -> c.expirationTime(Date.from(NOW.minusSeconds(59)))
                .notBeforeTime(Date.from(NOW.plusSeconds(59))).issueTime(Date.from(NOW.plusSeconds(59)))));

        assertThat(verifier.verify(token)).isInstanceOf(Actor.Applicant.class);
    }

    @Test
    void audienceAmongOthers_isAccepted() {
        String token = Tokens.hs256(Tokens.applicant(c -> c.audience(List.of("portal", "medcert-api"))));

        assertThat(verifier.verify(token)).isInstanceOf(Actor.Applicant.class);
    }

    @Test
    void tokenSignedWithAnotherSecret_isRefused() {
        String token = Tokens.hs256(Tokens.applicant(c -> c),
                "another-secret-that-is-also-32-bytes-long".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> verifier.verify(token)).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void tamperedPayload_isRefused() {
        String[] parts = Tokens.hs256(Tokens.applicant(c -> c)).split("\\.");
        String admin = Base64.getUrlEncoder().withoutPadding().encodeToString(Tokens.applicant(
                c -> c.subject("ADM-1").claim("role", "ADMIN")).toString().getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> verifier.verify(parts[0] + "." + admin + "." + parts[2]))
                .isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void unsignedToken_algNone_isRefused() {
        String plain = new PlainJWT(Tokens.applicant(c -> c)).serialize();

        assertThatThrownBy(() -> verifier.verify(plain)).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void rs256Token_againstTheSharedSecret_isRefused() {
        String token = Tokens.rs256(Tokens.applicant(c -> c), Tokens.rsaKey("k1", 2048));

        assertThatThrownBy(() -> verifier.verify(token)).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void encryptedToken_isRefused() throws JOSEException {
        EncryptedJWT jwe = new EncryptedJWT(new JWEHeader(JWEAlgorithm.DIR, EncryptionMethod.A256GCM),
                Tokens.applicant(c -> c));
        jwe.encrypt(new DirectEncrypter(Arrays.copyOf(SECRET, 32)));

        assertThatThrownBy(() -> verifier.verify(jwe.serialize())).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void garbageEmptyAndOversizedTokens_areRefused() {
        assertThatThrownBy(() -> verifier.verify("not-a-jwt")).isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> verifier.verify("")).isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> verifier.verify(null)).isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> verifier.verify("a".repeat(9000))).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void headersThatAreNotJsonObjects_areRefused_notAServerError() {
        for (String header : List.of("null", "[]", "\"HS256\"", "42", "{\"alg\": null}")) {
            String encoded = Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(header.getBytes(StandardCharsets.UTF_8));
            String token = encoded + ".eyJzdWIiOiJ4In0.c2ln";
            assertThatThrownBy(() -> verifier.verify(token)).as(header).isInstanceOf(InvalidTokenException.class);
        }
    }

    @Test
    void secretShorterThan32Bytes_isRefused() {
        byte[] shortSecret = "31-bytes-is-one-byte-too-short!".getBytes(StandardCharsets.UTF_8);

        assertThat(shortSecret).hasSize(31);
        assertThatThrownBy(() -> TokenVerifier.sharedSecret(shortSecret, SETTINGS, CLOCK))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DevTokens(shortSecret, SETTINGS, CLOCK))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void verifierWithoutKey_refusesEveryToken() {
        String token = new DevTokens(SECRET, SETTINGS, Clock.systemUTC()).mint(new Actor.Admin("ADM-1"));

        assertThatThrownBy(() -> TokenVerifier.refusingAll().verify(token)).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void theServiceItselfHoldsNoToken() {
        DevTokens tokens = new DevTokens(SECRET, SETTINGS, CLOCK);

        assertThatThrownBy(() -> tokens.mint(new Actor.Automated("registry-retry")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static TokenVerifier at(Instant now) {
        return TokenVerifier.sharedSecret(SECRET, SETTINGS, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static Arguments bad(String name, UnaryOperator<JWTClaimsSet.Builder> change) {
        return Arguments.of(name, change);
    }
}
