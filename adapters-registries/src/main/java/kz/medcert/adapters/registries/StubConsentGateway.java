package kz.medcert.adapters.registries;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import kz.medcert.application.port.out.ConsentGateway;
import kz.medcert.domain.person.Iin;

/**
 * Stand-in for the e-gov consent channel (R60, R61). No SMS is sent: <b>the one-time code is always {@value #DEMO_CODE}
 * for demo use</b>, except for demo persons whose scenario declines consent, whose requests never confirm. A code
 * expires {@link #CODE_LIFETIME} after it was requested (measured with the injected clock) and can be used once.
 * Unknown persons get a code too, with a fully masked phone. Thread-safe.
 */
public final class StubConsentGateway implements ConsentGateway {
    /** The code that confirms every consent request of a consenting person. */
    public static final String DEMO_CODE = "123456";
    public static final Duration CODE_LIFETIME = Duration.ofMinutes(5);
    public static final String CHANNEL = "OTP";
    static final String UNKNOWN_PHONE = "+7 *** *** ** **";

    private final DemoPersons persons;
    private final Clock clock;
    private final AtomicLong counter = new AtomicLong();
    private final ConcurrentMap<String, Request> requests = new ConcurrentHashMap<>();

    @Inject
    public StubConsentGateway(DemoPersons persons, Clock clock) {
        this.persons = Objects.requireNonNull(persons, "persons");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The reference is "CONSENT-&lt;n&gt;-&lt;masked IIN&gt;", n counting this gateway's requests from 1. */
    @Override
    public ConsentChallenge requestCode(Iin iin) {
        Objects.requireNonNull(iin, "iin");
        Instant now = clock.instant();
        requests.values().removeIf(request -> request.expiredAt(now));
        String reference = "CONSENT-" + counter.incrementAndGet() + "-" + iin.masked();
        boolean declines = persons.find(iin).map(p -> !p.scenario().consent()).orElse(false);
        requests.put(reference, new Request(now.plus(CODE_LIFETIME), !declines));
        String phone = persons.find(iin).map(DemoPerson::maskedPhone).orElse(UNKNOWN_PHONE);
        return new ConsentChallenge(reference, CHANNEL, phone);
    }

    /** True once for a live request and the demo code; false for a wrong, expired, used or unknown reference. */
    @Override
    public boolean confirm(String reference, String code) {
        if (reference == null || code == null) {
            return false;
        }
        Request request = requests.get(reference);
        if (request == null) {
            return false;
        }
        if (request.expiredAt(clock.instant())) {
            requests.remove(reference, request);
            return false;
        }
        return request.confirmable() && DEMO_CODE.equals(code.strip()) && requests.remove(reference, request);
    }

    /** A pending request; {@code confirmable} is false for a person who declines consent. */
    private record Request(Instant expiresAt, boolean confirmable) {
        boolean expiredAt(Instant now) {
            return !now.isBefore(expiresAt);
        }
    }
}
