package kz.medcert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import kz.medcert.domain.request.FallbackPolicy;
import org.junit.jupiter.api.Test;

/**
 * MEDCERT_REGISTRY_FALLBACK_AFTER and MEDCERT_REGISTRY_FALLBACK_ATTEMPTS: when a registry that does not answer is given
 * up on for the applicant (R21, R70).
 */
class RegistryFallbackConfigTest {

    @Test
    void byDefault_twoHoursAfterTheConsentOrEightFailedAttempts_R21_R70() {
        assertThat(AppConfig.fromEnvironment(Map.of()).registryFallback())
                .isEqualTo(FallbackPolicy.DEFAULT)
                .isEqualTo(new FallbackPolicy(Duration.ofHours(2), 8));
    }

    @Test
    void bothAreSetByTheirVariables() {
        AppConfig config = AppConfig.fromEnvironment(Map.of("MEDCERT_REGISTRY_FALLBACK_AFTER", "PT30M",
                "MEDCERT_REGISTRY_FALLBACK_ATTEMPTS", " 3 "));

        assertThat(config.registryFallback()).isEqualTo(new FallbackPolicy(Duration.ofMinutes(30), 3));
    }

    @Test
    void aTimeThatIsNotPositiveOrAttemptsBelowOne_areConfigurationErrorsNamingTheVariable() {
        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("MEDCERT_REGISTRY_FALLBACK_AFTER", "PT0S")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MEDCERT_REGISTRY_FALLBACK_AFTER");
        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("MEDCERT_REGISTRY_FALLBACK_AFTER", "2 hours")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MEDCERT_REGISTRY_FALLBACK_AFTER");
        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("MEDCERT_REGISTRY_FALLBACK_ATTEMPTS", "0")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MEDCERT_REGISTRY_FALLBACK_ATTEMPTS");
        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("MEDCERT_REGISTRY_FALLBACK_ATTEMPTS", "many")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MEDCERT_REGISTRY_FALLBACK_ATTEMPTS");
    }
}
