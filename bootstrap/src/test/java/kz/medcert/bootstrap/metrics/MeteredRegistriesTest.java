package kz.medcert.bootstrap.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Optional;
import kz.medcert.application.port.out.IdentityRegistry;
import kz.medcert.application.port.out.RegistryUnavailableException;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.request.StateRegistry;
import org.junit.jupiter.api.Test;

/** Each registry call counted by registry and outcome, the adapter's answer and failure passed on unchanged. */
class MeteredRegistriesTest {
    private static final Iin IIN = Iin.parse("850412413718");

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void anAnswer_isPassedOn_andCountedAsAnswered() {
        IdentityRegistry metered = new MeteredRegistries(meters, Duration.ofSeconds(5))
                .of(IdentityRegistry.class, StateRegistry.IDENTITY, iin -> Optional.empty());

        assertThat(metered.personOf(IIN)).isEmpty();
        assertThat(calls("IDENTITY", "answered")).isEqualTo(1);
        assertThat(calls("IDENTITY", "failed")).isZero();
    }

    @Test
    void aFailure_isRethrownAsItWas_andCountedAsFailed() {
        RegistryUnavailableException down = new RegistryUnavailableException(StateRegistry.IDENTITY, "answered with "
                + "an error");
        IdentityRegistry metered = new MeteredRegistries(meters, Duration.ofSeconds(5))
                .of(IdentityRegistry.class, StateRegistry.IDENTITY, iin -> {
                    throw down;
                });

        assertThatThrownBy(() -> metered.personOf(IIN)).isSameAs(down);
        assertThatThrownBy(() -> metered.personOf(IIN)).isSameAs(down);
        assertThat(calls("IDENTITY", "failed")).isEqualTo(2);
    }

    @Test
    void aCallThatOutlastsTheTimeLimit_isCountedAsTimedOut_whateverItsEnd() {
        IdentityRegistry slow = iin -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Optional.empty();
        };
        IdentityRegistry metered = new MeteredRegistries(meters, Duration.ofMillis(1))
                .of(IdentityRegistry.class, StateRegistry.IDENTITY, slow);

        metered.personOf(IIN);

        assertThat(calls("IDENTITY", "timed_out")).isEqualTo(1);
        assertThat(calls("IDENTITY", "answered")).isZero();
    }

    @Test
    void objectsMethods_areNoCalls() {
        IdentityRegistry metered = new MeteredRegistries(meters, Duration.ofSeconds(5))
                .of(IdentityRegistry.class, StateRegistry.IDENTITY, iin -> Optional.empty());

        assertThat(metered.toString()).isNotBlank();
        assertThat(meters.find(MeteredRegistries.NAME).timers()).isEmpty();
    }

    private long calls(String registry, String outcome) {
        var timer = meters.find(MeteredRegistries.NAME).tag("registry", registry).tag("outcome", outcome).timer();
        return timer == null ? 0 : timer.count();
    }
}
