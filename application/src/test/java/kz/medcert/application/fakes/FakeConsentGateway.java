package kz.medcert.application.fakes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.medcert.application.port.out.ConsentGateway;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.reference.Language;

/**
 * The e-gov consent channel in tests: remembers every code it delivered, and to whom, as the applicant's phone would.
 * {@value #CODE} is the fixed code the test wiring gives the service (as demo mode does); a service drawing codes at
 * random is read back with {@link #lastCodeSentTo}.
 */
public final class FakeConsentGateway implements ConsentGateway {
    public static final String CODE = "123456";
    public static final String CHANNEL = "OTP";

    private final List<Iin> sentTo = new ArrayList<>();
    private final List<String> codes = new ArrayList<>();

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public synchronized Delivery deliver(Iin iin, String reference, String code, Language language) {
        sentTo.add(iin);
        codes.add(code);
        return new Delivery("+7 7** *** ** 42");
    }

    public synchronized List<Iin> codesSentTo() {
        return List.copyOf(sentTo);
    }

    /** The code last delivered to {@code iin}, as the person reads it on their phone. */
    public synchronized Optional<String> lastCodeSentTo(Iin iin) {
        for (int i = sentTo.size() - 1; i >= 0; i--) {
            if (sentTo.get(i).equals(iin)) {
                return Optional.of(codes.get(i));
            }
        }
        return Optional.empty();
    }
}
