package kz.medcert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Demo mode (MEDCERT_DEMO) is explicit: the default on the embedded database alone. On another database the service
 * needs the identity provider's key and its own key file, or demo mode asked for by name; demo certificates and the
 * token command exist in demo mode only.
 */
class DemoModeConfigTest {
    private static final String POSTGRES = "jdbc:postgresql://db:5432/medcert";

    @TempDir
    Path dir;
    private Map<String, String> production;

    @BeforeEach
    void productionSettings() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        Path pem = dir.resolve("idp.pem");
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder()
                .encodeToString(generator.generateKeyPair().getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        Path key = dir.resolve("medcert.key");
        Files.write(key, new byte[32]);
        production = Map.of("MEDCERT_DB_URL", POSTGRES, "MEDCERT_JWT_PUBLIC_KEY_FILE", pem.toString(),
                "MEDCERT_JWT_ISSUER", "https://idp.test", "MEDCERT_JWT_AUDIENCE", "medcert-api",
                "MEDCERT_KEY_FILE", key.toString());
    }

    @Test
    void onTheEmbeddedDatabase_theDemoRuns_withItsCertificates() {
        AppConfig config = AppConfig.fromEnvironment(Map.of());

        assertThat(config.demo()).isTrue();
        assertThat(config.demoData()).isTrue();
        assertThat(config.tokens().usesDemoSecret()).isTrue();
    }

    @Test
    void onAnotherDatabase_withoutAProductionKey_theServiceRefusesToStart_sayingWhatToSet() {
        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("MEDCERT_DB_URL", POSTGRES)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MEDCERT_JWT_PUBLIC_KEY_FILE").hasMessageContaining("MEDCERT_DEMO=true");
        // a shared secret of one's own is still a development secret, not the identity provider's key
        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("MEDCERT_DB_URL", POSTGRES, "MEDCERT_JWT_SECRET",
                "a-configured-secret-of-at-least-32-bytes"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("MEDCERT_DEMO", "false")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("production key");
    }

    @Test
    void onAnotherDatabase_withTheIdentityProvidersKey_itIsNoDemo_andHasNoDemoCertificates() {
        AppConfig config = AppConfig.fromEnvironment(production);

        assertThat(config.demo()).isFalse();
        assertThat(config.demoData()).isFalse();
        assertThat(config.tokens().production()).isTrue();
    }

    @Test
    void outsideTheDemo_theServiceKeyFileIsRequired() {
        Map<String, String> withoutKey = new HashMap<>(production);
        withoutKey.remove("MEDCERT_KEY_FILE");

        assertThatThrownBy(() -> AppConfig.fromEnvironment(withoutKey)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MEDCERT_KEY_FILE");
    }

    @Test
    void theDemoOnAnotherDatabase_isAskedForByName() {
        AppConfig config = AppConfig.fromEnvironment(Map.of("MEDCERT_DB_URL", POSTGRES, "MEDCERT_DEMO", "true"));

        assertThat(config.demo()).isTrue();
        assertThat(config.demoData()).isTrue();
        assertThat(AppConfig.fromEnvironment(Map.of("MEDCERT_DB_URL", POSTGRES, "MEDCERT_DEMO", "true",
                "MEDCERT_DEMO_DATA", "false")).demoData()).isFalse();
    }

    @Test
    void demoCertificates_onlyInDemoMode() {
        Map<String, String> env = new HashMap<>(production);
        env.put("MEDCERT_DEMO_DATA", "true");

        assertThatThrownBy(() -> AppConfig.fromEnvironment(env)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MEDCERT_DEMO_DATA");
    }

    @Test
    void anythingButTrueOrFalse_isAConfigurationErrorNamingTheVariable() {
        for (String variable : List.of("MEDCERT_DEMO", "MEDCERT_DEMO_DATA", "MEDCERT_AUTO_CONFIRMATION")) {
            assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of(variable, "yes")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(variable);
        }
    }

    @Test
    void theTokenCommand_isRefusedOutsideTheDemo() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = TokenCommand.run(List.of("admin", "ADM-1"), TokenConfig.fromEnvironment(Map.of()), false,
                Clock.fixed(Instant.parse("2026-11-20T05:00:00Z"), ZoneOffset.UTC),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(TokenCommand.REFUSED);
        assertThat(out.size()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("demo mode only");
    }

    @Test
    void theLongestTokenLifetime_is12HoursByDefault_andConfigurable() {
        assertThat(AppConfig.fromEnvironment(Map.of()).tokens().maxLifetime()).isEqualTo(Duration.ofHours(12));
        assertThat(AppConfig.fromEnvironment(Map.of("MEDCERT_JWT_MAX_LIFETIME", "PT1H")).tokens().settings()
                .maxLifetime()).isEqualTo(Duration.ofHours(1));
        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("MEDCERT_JWT_MAX_LIFETIME", "-PT1H")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MEDCERT_JWT_MAX_LIFETIME");
    }

    @Test
    void hstsOnlyWhenConfigured() {
        assertThat(AppConfig.fromEnvironment(Map.of()).hstsMaxAge()).isEmpty();
        assertThat(AppConfig.fromEnvironment(Map.of("MEDCERT_HSTS_MAX_AGE", "P365D")).hstsMaxAge())
                .contains(Duration.ofDays(365));
    }
}
