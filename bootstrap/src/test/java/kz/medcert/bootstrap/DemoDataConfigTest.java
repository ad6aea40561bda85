package kz.medcert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** MEDCERT_DEMO_DATA: invented register entries only where the demo runs, never silently in a real register. */
class DemoDataConfigTest {

    @Test
    void onTheEmbeddedDatabase_theDemoCertificatesAreSeeded() {
        assertThat(AppConfig.fromEnvironment(Map.of()).demoData()).isTrue();
    }

    @Test
    void onAnotherDatabase_theyAreNot_unlessAskedFor() {
        String production = "jdbc:postgresql://db:5432/medcert";

        assertThat(AppConfig.fromEnvironment(Map.of("MEDCERT_DB_URL", production)).demoData()).isFalse();
        assertThat(AppConfig.fromEnvironment(Map.of("MEDCERT_DB_URL", production, "MEDCERT_DEMO_DATA", "true"))
                .demoData()).isTrue();
        assertThat(AppConfig.fromEnvironment(Map.of("MEDCERT_DEMO_DATA", "false")).demoData()).isFalse();
    }

    @Test
    void anythingButTrueOrFalse_isAConfigurationErrorNamingTheVariable() {
        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("MEDCERT_DEMO_DATA", "yes")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MEDCERT_DEMO_DATA");
        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("MEDCERT_AUTO_CONFIRMATION", "1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MEDCERT_AUTO_CONFIRMATION");
    }
}
