package kz.medcert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service's key: from MEDCERT_KEY_FILE, or made once in the data directory for the demo; one key per use. */
class ServiceKeysTest {
    @TempDir
    Path dir;

    @Test
    void theDemoMakesItsKeyOnce_inTheDataDirectory_andKeepsIt() throws Exception {
        AppConfig demo = AppConfig.fromEnvironment(Map.of("MEDCERT_DATA_DIR", dir.toString()));

        ServiceKeys first = ServiceKeys.load(demo);
        ServiceKeys again = ServiceKeys.load(demo);

        assertThat(first.source()).isEqualTo(dir.resolve(ServiceKeys.DEMO_FILE));
        assertThat(Files.size(first.source())).isEqualTo(32);
        assertThat(again.auditChain()).isEqualTo(first.auditChain());
        assertThat(first.toString()).doesNotContain(new String(Files.readAllBytes(first.source()),
                java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    @Test
    void eachUseHasItsOwnKey_derivedFromTheFile() throws Exception {
        Path file = dir.resolve("medcert.key");
        Files.write(file, new byte[40]);
        ServiceKeys keys = ServiceKeys.read(file);

        assertThat(keys.auditChain()).hasSize(32).isNotEqualTo(keys.consentCodes());
        Files.write(file, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
                23, 24, 25, 26, 27, 28, 29, 30, 31, 32});
        assertThat(ServiceKeys.read(file).auditChain()).isNotEqualTo(keys.auditChain());
    }

    @Test
    void aShortOrMissingKeyFile_isRefusedNamingIt() throws Exception {
        Path shortKey = dir.resolve("short.key");
        Files.write(shortKey, new byte[31]);

        assertThatThrownBy(() -> ServiceKeys.read(shortKey)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("short.key").hasMessageContaining("32");
        assertThatThrownBy(() -> ServiceKeys.read(dir.resolve("missing.key")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing.key");
    }
}
