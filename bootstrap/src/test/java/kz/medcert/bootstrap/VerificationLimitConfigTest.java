package kz.medcert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import kz.medcert.adapters.http.RateLimit;
import org.junit.jupiter.api.Test;

/** MEDCERT_VERIFY_RATE_PER_MINUTE and MEDCERT_VERIFY_BURST: the public verification limit per client IP. */
class VerificationLimitConfigTest {

    @Test
    void byDefault_thePublicLimit_30AMinuteAnd10AtOnce() {
        assertThat(AppConfig.fromEnvironment(Map.of()).verificationLimit())
                .isEqualTo(RateLimit.PUBLIC_VERIFICATION)
                .isEqualTo(new RateLimit(30, 10));
    }

    @Test
    void bothCanBeRaised_forExampleByTheLoadBenchmark() {
        AppConfig config = AppConfig.fromEnvironment(Map.of("MEDCERT_VERIFY_RATE_PER_MINUTE", "6000000",
                "MEDCERT_VERIFY_BURST", " 100000 "));

        assertThat(config.verificationLimit()).isEqualTo(new RateLimit(6_000_000, 100_000));
    }

    @Test
    void aLimitBelowOneOrNotANumberIsAConfigurationErrorNamingTheVariable() {
        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("MEDCERT_VERIFY_RATE_PER_MINUTE", "0")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MEDCERT_VERIFY_RATE_PER_MINUTE");
        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("MEDCERT_VERIFY_BURST", "-1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MEDCERT_VERIFY_BURST");
        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("MEDCERT_VERIFY_BURST", "lots")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MEDCERT_VERIFY_BURST");
    }
}
