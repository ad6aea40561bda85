package kz.medcert.application.fakes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kz.medcert.application.port.out.ConsentGateway;
import kz.medcert.domain.person.Iin;

/** The e-gov consent channel in tests: every code it sends is {@value #CODE}; it remembers who was asked. */
public final class FakeConsentGateway implements ConsentGateway {
    public static final String CODE = "123456";
    public static final String CHANNEL = "OTP";

    private final Set<String> issued = new HashSet<>();
    private final List<Iin> sentTo = new ArrayList<>();

    @Override
    public synchronized ConsentChallenge requestCode(Iin iin) {
        String reference = "CONSENT-" + (issued.size() + 1);
        issued.add(reference);
        sentTo.add(iin);
        return new ConsentChallenge(reference, CHANNEL, "+7 7** *** ** 42");
    }

    @Override
    public synchronized boolean confirm(String reference, String code) {
        return issued.contains(reference) && CODE.equals(code);
    }

    public synchronized List<Iin> codesSentTo() {
        return List.copyOf(sentTo);
    }
}
