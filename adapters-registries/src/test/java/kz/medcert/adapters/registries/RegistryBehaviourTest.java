package kz.medcert.adapters.registries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import kz.medcert.adapters.registries.RegistryBehaviour.Mode;
import kz.medcert.domain.request.StateRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The text form of registry behaviours, as bootstrap passes it from an environment variable. */
class RegistryBehaviourTest {

    @Test
    void parsesTheExampleConfiguration() {
        RegistryBehaviours behaviours = RegistryBehaviours.parse(
                "EDUCATION=fail-first:2,CERTIFICATES=timeout,ASSESSMENTS=garbage,EMPLOYMENT=latency:150ms");

        assertThat(behaviours.forRegistry(StateRegistry.EDUCATION)).isEqualTo(RegistryBehaviour.failFirst(2));
        assertThat(behaviours.forRegistry(StateRegistry.CERTIFICATES)).isEqualTo(RegistryBehaviour.of(Mode.TIMEOUT));
        assertThat(behaviours.forRegistry(StateRegistry.ASSESSMENTS)).isEqualTo(RegistryBehaviour.of(Mode.GARBAGE));
        assertThat(behaviours.forRegistry(StateRegistry.EMPLOYMENT))
                .isEqualTo(RegistryBehaviour.latency(Duration.ofMillis(150)));
        assertThat(behaviours.forRegistry(StateRegistry.PROHIBITIONS)).isEqualTo(RegistryBehaviour.NORMAL);
        assertThat(behaviours).hasToString(
                "EDUCATION=fail-first:2,CERTIFICATES=timeout,ASSESSMENTS=garbage,EMPLOYMENT=latency:150ms");
    }

    @Test
    void allSetsEveryRegistryWithoutAnEntryOfItsOwn() {
        RegistryBehaviours behaviours = RegistryBehaviours.parse("identity=error, ALL=latency:2s");

        assertThat(behaviours.forRegistry(StateRegistry.IDENTITY)).isEqualTo(RegistryBehaviour.of(Mode.ERROR));
        assertThat(behaviours.asMap()).hasSize(StateRegistry.values().length)
                .containsEntry(StateRegistry.EDUCATION, RegistryBehaviour.latency(Duration.ofSeconds(2)));
    }

    @Test
    void blankOrMissingConfigurationMeansNormal() {
        assertThat(RegistryBehaviours.parse(null).asMap()).allSatisfy((r, b) -> assertThat(b).isEqualTo(
                RegistryBehaviour.NORMAL));
        assertThat(RegistryBehaviours.parse("  ")).hasToString("");
        assertThat(RegistryBehaviours.of(Map.of()).forRegistry(StateRegistry.EDUCATION))
                .isEqualTo(RegistryBehaviour.NORMAL);
    }

    @Test
    void combinesAModeWithALatency() {
        assertThat(RegistryBehaviour.parse("fail-first:3 + latency:40"))
                .isEqualTo(new RegistryBehaviour(Mode.FAIL_FIRST, Duration.ofMillis(40), 3));
        assertThat(RegistryBehaviour.parse("timeout:3s"))
                .isEqualTo(new RegistryBehaviour(Mode.TIMEOUT, Duration.ofSeconds(3), 0));
        assertThat(RegistryBehaviour.parse("OK")).isEqualTo(RegistryBehaviour.NORMAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ok", "latency:150ms", "error", "timeout", "timeout+latency:3000ms", "garbage",
            "fail-first:2", "fail-first:1+latency:5ms", "error+latency:1ms"})
    void theCanonicalTextReadsBackToTheSameBehaviour(String spec) {
        RegistryBehaviour behaviour = RegistryBehaviour.parse(spec);

        assertThat(RegistryBehaviour.parse(behaviour.spec())).isEqualTo(behaviour);
        assertThat(behaviour.spec()).isEqualTo(spec);
    }

    @ParameterizedTest
    @ValueSource(strings = {"slow", "latency", "latency:fast", "latency:-5", "fail-first", "fail-first:0",
            "error+garbage", "error:5", "latency:1+latency:2", "timeout:1s+latency:1s", ""})
    void rejectsMalformedBehaviours(String spec) {
        assertThatThrownBy(() -> RegistryBehaviour.parse(spec)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("registry behaviour '" + spec + "'").hasMessageContaining("allowed:");
    }

    @Test
    void rejectsUnknownOrRepeatedRegistries() {
        assertThatThrownBy(() -> RegistryBehaviours.parse("DIPLOMAS=error"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown registry 'DIPLOMAS'");
        assertThatThrownBy(() -> RegistryBehaviours.parse("EDUCATION=error,education=ok"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EDUCATION is given twice");
        assertThatThrownBy(() -> RegistryBehaviours.parse("EDUCATION"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected REGISTRY=behaviour");
    }
}
