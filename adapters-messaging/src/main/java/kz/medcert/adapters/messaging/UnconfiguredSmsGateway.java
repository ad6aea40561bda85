package kz.medcert.adapters.messaging;

import kz.medcert.application.port.out.DeliveryOutcome;
import kz.medcert.application.port.out.SmsGateway;

/**
 * The SMS channel outside demo mode while no provider is configured (MEDCERT_SMS_URL unset): nothing is sent, and
 * every message is "not now" rather than lost — a consent code is asked for again, a notification waits in the
 * outbox until a provider is configured.
 */
public final class UnconfiguredSmsGateway implements SmsGateway {

    @Override
    public DeliveryOutcome send(Sms sms) {
        return new DeliveryOutcome.Deferred("no SMS provider is configured (MEDCERT_SMS_URL)");
    }
}
