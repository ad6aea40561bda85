package kz.medcert.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.medcert.application.port.out.SmsGateway.Sms;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SmsGateway} promises: a message the provider takes is delivered, with the provider's receipt, and
 * reaches it as sent (number, text and idempotency key); every attempt to send the same message carries the same key;
 * whatever the provider answers (a refusal for good) or fails to answer (down, too slow) comes back as an outcome,
 * never as an exception. Extend it with gateways to providers that answer each way and what the one that takes
 * messages received.
 */
public abstract class SmsGatewayContract {
    private static final Sms CODE = new Sms("+7 701 234 56 78", "MedCert: код 482913", "CONSENT-42");

    protected abstract SmsGateway toAProviderThatTakesIt();

    /** A provider that refuses the message for good (e.g. a number it does not serve). */
    protected abstract SmsGateway toAProviderThatRefusesIt();

    /** A provider nobody answers for. */
    protected abstract SmsGateway toAProviderThatIsDown();

    /** A provider that answers only after the gateway stopped waiting. */
    protected abstract SmsGateway toAProviderThatDoesNotAnswerInTime();

    /** The messages the provider that takes them received, in the order they arrived. */
    protected abstract List<Sms> whatTheProviderReceived();

    @Test
    void aMessageTheProviderTakes_isDelivered_andReachesItAsSent() {
        DeliveryOutcome outcome = toAProviderThatTakesIt().send(CODE);

        assertThat(outcome).isInstanceOfSatisfying(DeliveryOutcome.Delivered.class,
                delivered -> assertThat(delivered.receipt()).isNotBlank());
        assertThat(whatTheProviderReceived()).containsExactly(CODE);
    }

    @Test
    void everyAttemptToSendAMessage_carriesItsIdempotencyKey_soARetryIsKnownAsOne() {
        SmsGateway gateway = toAProviderThatTakesIt();
        gateway.send(CODE);
        gateway.send(CODE);
        Sms another = new Sms(CODE.to(), "MedCert: код 104733", "CONSENT-43");
        gateway.send(another);

        assertThat(whatTheProviderReceived()).extracting(Sms::idempotencyKey)
                .containsExactly("CONSENT-42", "CONSENT-42", "CONSENT-43");
    }

    @Test
    void aRefusal_isRejected_notThrown() {
        assertThat(toAProviderThatRefusesIt().send(CODE)).isInstanceOfSatisfying(DeliveryOutcome.Rejected.class,
                rejected -> assertThat(rejected.reason()).isNotBlank());
    }

    @Test
    void aProviderThatIsDown_isDeferred_notThrown() {
        assertThat(toAProviderThatIsDown().send(CODE)).isInstanceOfSatisfying(DeliveryOutcome.Deferred.class,
                deferred -> assertThat(deferred.reason()).isNotBlank());
    }

    @Test
    void noAnswerInTime_isDeferred_notThrown() {
        assertThat(toAProviderThatDoesNotAnswerInTime().send(CODE)).isInstanceOf(DeliveryOutcome.Deferred.class);
    }
}
