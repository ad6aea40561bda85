package kz.medcert.adapters.registries;

import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import kz.medcert.application.port.out.ConsentGateway;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.reference.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stand-in for the e-gov consent channel (R60, R61): it only delivers the code the service drew. No SMS is sent; the
 * last code each person was sent is kept, as their phone would show it ({@link #lastCodeSentTo}), and the log names
 * the reference and the masked phone, never the code. In demo mode every code is {@value #DEMO_CODE}. Unknown persons
 * get their code too, at a fully masked phone. Thread-safe.
 */
public final class StubConsentGateway implements ConsentGateway {
    /** The fixed code of the demo (demo mode only; the service draws codes at random otherwise). */
    public static final String DEMO_CODE = "123456";
    public static final String CHANNEL = "OTP";
    static final String UNKNOWN_PHONE = "+7 *** *** ** **";
    private static final Logger LOG = LoggerFactory.getLogger(StubConsentGateway.class);
    /** The phones kept: far more than the demo persons, few enough to bound memory whoever asks. */
    private static final int PHONES = 10_000;

    private final DemoPersons persons;
    private final Map<Iin, String> phones = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Iin, String> eldest) {
            return size() > PHONES;
        }
    };

    @Inject
    public StubConsentGateway(DemoPersons persons) {
        this.persons = Objects.requireNonNull(persons, "persons");
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public Delivery deliver(Iin iin, String reference, String code, Language language) {
        Objects.requireNonNull(iin, "iin");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(code, "code");
        String phone = persons.find(iin).map(DemoPerson::maskedPhone).orElse(UNKNOWN_PHONE);
        synchronized (phones) {
            phones.put(iin, code);
        }
        LOG.info("consent code for {} delivered by {} to {}", reference, CHANNEL, phone);
        return new Delivery(phone);
    }

    /** The code last delivered to {@code iin}, as the person reads it on their phone. */
    public Optional<String> lastCodeSentTo(Iin iin) {
        synchronized (phones) {
            return Optional.ofNullable(phones.get(iin));
        }
    }
}
