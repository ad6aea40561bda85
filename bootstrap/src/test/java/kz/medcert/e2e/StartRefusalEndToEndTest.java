package kz.medcert.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A production-style start (MEDCERT_DB_URL set) without the identity provider's key and without asking for the demo
 * is refused: the process says what to set and exits with a non-zero status, before it listens or touches a database.
 */
class StartRefusalEndToEndTest {

    @Test
    void anotherDatabaseWithoutAProductionKey_orTheDemoAskedFor_exitsWithAClearMessage() throws Exception {
        Path dataDir = Files.createTempDirectory("medcert-refused");

        ServiceProcess.Exit run = ServiceProcess.runUntilExit(dataDir, Map.of("MEDCERT_DB_URL",
                "jdbc:postgresql://localhost:1/medcert"));

        assertThat(run.status()).as(run.output()).isEqualTo(2);
        assertThat(run.output()).contains("configuration error", "no production key", "MEDCERT_JWT_PUBLIC_KEY_FILE",
                "MEDCERT_DEMO=true").doesNotContain("started in");
    }
}
