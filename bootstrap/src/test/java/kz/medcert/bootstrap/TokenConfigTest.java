package kz.medcert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import kz.medcert.adapters.http.auth.InvalidTokenException;
import kz.medcert.adapters.http.auth.TokenVerifier;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.person.Iin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The MEDCERT_JWT_* configuration and the jar's {@code token} command. */
class TokenConfigTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T05:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void byDefault_hs256WithTheDemoSecret_andDevelopmentIssuerAndAudience() {
        TokenConfig config = TokenConfig.fromEnvironment(Map.of());

        assertThat(config.production()).isFalse();
        assertThat(config.usesDemoSecret()).isTrue();
        assertThat(config.issuer()).isEqualTo(TokenConfig.DEV_ISSUER);
        assertThat(config.audience()).isEqualTo(TokenConfig.DEV_AUDIENCE);
        assertThat(config.toString()).doesNotContain(TokenConfig.DEMO_SECRET);
    }

    @Test
    void configuredSecret_signsAndVerifies_andIsNeverPrinted() {
        String secret = "a-configured-secret-of-at-least-32-bytes";
        TokenConfig config = TokenConfig.fromEnvironment(Map.of("MEDCERT_JWT_SECRET", secret,
                "MEDCERT_JWT_ISSUER", "https://idp.test", "MEDCERT_JWT_AUDIENCE", "medcert"));
        Actor admin = new Actor.Admin("ADM-1");

        String token = config.devTokens(CLOCK).mint(admin);

        assertThat(config.verifier(CLOCK).verify(token)).isEqualTo(admin);
        assertThat(config.usesDemoSecret()).isFalse();
        assertThat(config.toString()).doesNotContain(secret);
        assertThatThrownBy(() -> TokenConfig.fromEnvironment(Map.of()).verifier(CLOCK).verify(token))
                .isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void theJwtVariablesAreStripped_asEveryOtherVariable_soASecretReadFromAFileWithItsNewlineSignsTheSame() {
        String secret = "a-configured-secret-of-at-least-32-bytes";
        TokenConfig padded = TokenConfig.fromEnvironment(Map.of("MEDCERT_JWT_SECRET", " " + secret + "\n",
                "MEDCERT_JWT_ISSUER", " https://idp.test\n", "MEDCERT_JWT_AUDIENCE", "medcert \t",
                "MEDCERT_JWT_MAX_LIFETIME", " PT1H "));
        TokenConfig plain = TokenConfig.fromEnvironment(Map.of("MEDCERT_JWT_SECRET", secret,
                "MEDCERT_JWT_ISSUER", "https://idp.test", "MEDCERT_JWT_AUDIENCE", "medcert",
                "MEDCERT_JWT_MAX_LIFETIME", "PT1H"));
        Actor admin = new Actor.Admin("ADM-1");

        assertThat(padded.issuer()).isEqualTo(Environment.value(Map.of("X", " https://idp.test\n"), "X").orElseThrow())
                .isEqualTo("https://idp.test");
        assertThat(padded.audience()).isEqualTo("medcert");
        assertThat(padded.maxLifetime()).isEqualTo(Duration.ofHours(1));
        assertThat(plain.verifier(CLOCK).verify(padded.devTokens(CLOCK).mint(admin))).isEqualTo(admin);
        assertThat(TokenConfig.fromEnvironment(Map.of("MEDCERT_JWT_ISSUER", "  ")).issuer())
                .isEqualTo(TokenConfig.DEV_ISSUER);
    }

    @Test
    void secretShorterThan32Bytes_isAConfigurationError() {
        assertThatThrownBy(() -> TokenConfig.fromEnvironment(Map.of("MEDCERT_JWT_SECRET", "too-short")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32").hasMessageNotContaining(
                        "too-short");
    }

    @Test
    void productionKey_disablesHs256_andTheTokenCommand() throws Exception {
        Path pem = pem();
        TokenConfig config = TokenConfig.fromEnvironment(Map.of("MEDCERT_JWT_PUBLIC_KEY_FILE", pem.toString(),
                "MEDCERT_JWT_ISSUER", "https://idp.test", "MEDCERT_JWT_AUDIENCE", "medcert"));
        String devToken = TokenConfig.fromEnvironment(Map.of("MEDCERT_JWT_ISSUER", "https://idp.test",
                "MEDCERT_JWT_AUDIENCE", "medcert")).devTokens(CLOCK).mint(new Actor.Admin("ADM-1"));

        assertThat(config.production()).isTrue();
        assertThatThrownBy(() -> config.verifier(CLOCK).verify(devToken)).isInstanceOf(InvalidTokenException.class);
        assertThatThrownBy(() -> config.devTokens(CLOCK)).isInstanceOf(IllegalStateException.class);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = TokenCommand.run(List.of("admin", "ADM-1"), config, true, CLOCK, print(out), print(err));
        assertThat(status).isEqualTo(TokenCommand.REFUSED);
        assertThat(out.size()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("production key");
    }

    @Test
    void productionKeyWithoutIssuerAndAudience_orWithASecret_orTwoKeys_isAConfigurationError() throws Exception {
        String pem = pem().toString();

        assertThatThrownBy(() -> TokenConfig.fromEnvironment(Map.of("MEDCERT_JWT_PUBLIC_KEY_FILE", pem)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MEDCERT_JWT_ISSUER");
        assertThatThrownBy(() -> TokenConfig.fromEnvironment(Map.of("MEDCERT_JWT_PUBLIC_KEY_FILE", pem,
                "MEDCERT_JWT_ISSUER", "i", "MEDCERT_JWT_AUDIENCE", "a",
                "MEDCERT_JWT_SECRET", "a-configured-secret-of-at-least-32-bytes")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("HS256 is disabled");
        assertThatThrownBy(() -> TokenConfig.fromEnvironment(Map.of("MEDCERT_JWT_PUBLIC_KEY_FILE", pem,
                "MEDCERT_JWT_JWKS_FILE", pem, "MEDCERT_JWT_ISSUER", "i", "MEDCERT_JWT_AUDIENCE", "a")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not both");
    }

    @Test
    void tokenCommand_printsOnlyATwelveHourTokenForEachRole() {
        TokenConfig config = TokenConfig.fromEnvironment(Map.of());
        TokenVerifier verifier = config.verifier(CLOCK);
        TokenVerifier twelveHoursLater = config.verifier(Clock.offset(CLOCK, Duration.ofHours(12).plusMinutes(2)));

        assertThat(verifier.verify(mint(config, "applicant", "850412413718")))
                .isEqualTo(new Actor.Applicant(Iin.parse("850412413718")));
        assertThat(verifier.verify(mint(config, "officer", "OFF-1", "ALMATY_CITY")))
                .isEqualTo(new Actor.Officer("OFF-1", Department.of(Region.ALMATY_CITY)));
        assertThat(verifier.verify(mint(config, "admin", "ADM-1"))).isEqualTo(new Actor.Admin("ADM-1"));
        assertThatThrownBy(() -> twelveHoursLater.verify(mint(config, "admin", "ADM-1")))
                .isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void tokenCommand_refusesBadArguments_withUsage() {
        TokenConfig config = TokenConfig.fromEnvironment(Map.of());

        for (List<String> args : List.of(List.<String>of(), List.of("root", "x"), List.of("applicant"),
                List.of("applicant", "850412413719"), List.of("officer", "OFF-1"),
                List.of("officer", "OFF-1", "ATLANTIS"), List.of("officer", "OFF 1", "ASTANA"),
                List.of("admin", "A", "B"), List.of("admin", "root\nADMIN"))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();

            int status = TokenCommand.run(args, config, true, CLOCK, print(out), print(err));

            assertThat(status).as(args.toString()).isEqualTo(TokenCommand.USAGE);
            assertThat(out.size()).as(args.toString()).isZero();
            assertThat(err.toString(StandardCharsets.UTF_8)).as(args.toString()).contains("usage:");
        }
    }

    private static String mint(TokenConfig config, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = TokenCommand.run(List.of(args), config, true, CLOCK, print(out),
                print(new ByteArrayOutputStream()));
        assertThat(status).isEqualTo(TokenCommand.OK);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\R");
        return printed.strip();
    }

    private static PrintStream print(ByteArrayOutputStream sink) {
        return new PrintStream(sink, true, StandardCharsets.UTF_8);
    }

    private Path pem() throws Exception {
        KeyPair pair = rsa();
        Path file = dir.resolve("idp.pem");
        Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(pair.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        return file;
    }

    private static KeyPair rsa() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }
}
