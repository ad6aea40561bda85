package kz.medcert.application.port.out;

import java.util.Objects;

/**
 * What a message channel (an SMS provider, a mail server) answered to one message: it took it, it refused it for good
 * (a wrong number, an address the server rejects: sending again would not help), or it could not take it now (the
 * server is down, timed out, overloaded: sending again later may succeed).
 */
public sealed interface DeliveryOutcome {

    /** The channel acknowledged the message; {@code receipt} is what it answered (a provider's id, a server reply). */
    record Delivered(String receipt) implements DeliveryOutcome {
        public Delivered {
            Objects.requireNonNull(receipt, "receipt");
        }
    }

    /** Refused for good: sending it again would be refused again. */
    record Rejected(String reason) implements DeliveryOutcome {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Not taken now; the same message may be sent again later. */
    record Deferred(String reason) implements DeliveryOutcome {
        public Deferred {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
