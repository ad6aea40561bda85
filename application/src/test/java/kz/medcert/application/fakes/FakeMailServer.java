package kz.medcert.application.fakes;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import kz.medcert.application.port.out.DeliveryOutcome;
import kz.medcert.application.port.out.MailGateway;

/**
 * A mail server in memory: up or down, refusing the addresses it is given, keeping the mails it took. A mail is known
 * by its key there, as the SMTP adapter's Message-ID is derived from it.
 */
public final class FakeMailServer implements MailGateway {
    private final boolean up;
    private final Set<String> refused;
    private final List<Mail> received = new ArrayList<>();

    private FakeMailServer(boolean up, Set<String> refused) {
        this.up = up;
        this.refused = Set.copyOf(refused);
    }

    /** A server that takes mail to any address but {@code refused}. */
    public static FakeMailServer refusing(String... refused) {
        return new FakeMailServer(true, Set.of(refused));
    }

    /** A server that does not answer. */
    public static FakeMailServer down() {
        return new FakeMailServer(false, Set.of());
    }

    @Override
    public synchronized DeliveryOutcome send(Mail mail) {
        Objects.requireNonNull(mail, "mail");
        if (!up) {
            return new DeliveryOutcome.Deferred("the mail server cannot be reached");
        }
        if (refused.contains(mail.to())) {
            return new DeliveryOutcome.Rejected("the mail server refuses the recipient");
        }
        received.add(mail);
        return new DeliveryOutcome.Delivered("<" + mail.key() + "@fake>");
    }

    /** What it took, in order. */
    public synchronized List<Mail> received() {
        return List.copyOf(received);
    }
}
