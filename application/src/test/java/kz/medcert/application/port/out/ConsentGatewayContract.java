package kz.medcert.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import kz.medcert.application.port.out.ConsentGateway.Delivery;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.reference.Language;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ConsentGateway} promises (R60, R61): it names its channel; the code the service drew reaches the
 * person (the last one sent is the one they read) and the delivery names the number it went to masked, never the code.
 * Extend it with the gateway, a person it reaches, and what that person reads.
 */
public abstract class ConsentGatewayContract {

    protected abstract ConsentGateway gateway();

    /** A person the gateway can deliver a code to. */
    protected abstract Iin aPersonItReaches();

    /** The last message about a code {@code iin} has read (the code, or a text quoting it), if any. */
    protected abstract Optional<String> whatThePersonReads(Iin iin);

    @Test
    void theChannel_isNamed() {
        assertThat(gateway().channel()).isNotBlank().isEqualTo(gateway().channel());
    }

    @Test
    void theCode_reachesThePerson_andTheDeliveryShowsTheNumberMasked() {
        Delivery delivery = gateway().deliver(aPersonItReaches(), "CONSENT-1", "482913", Language.RU);

        assertThat(whatThePersonReads(aPersonItReaches())).hasValueSatisfying(read ->
                assertThat(read).contains("482913"));
        assertThat(delivery.maskedPhone()).contains("*").doesNotContain("482913");
    }

    @Test
    void theLastCodeSent_isTheOneThePersonReads() {
        ConsentGateway gateway = gateway();
        gateway.deliver(aPersonItReaches(), "CONSENT-1", "482913", Language.KK);
        gateway.deliver(aPersonItReaches(), "CONSENT-2", "104733", Language.KK);

        assertThat(whatThePersonReads(aPersonItReaches())).hasValueSatisfying(read ->
                assertThat(read).contains("104733").doesNotContain("482913"));
    }
}
