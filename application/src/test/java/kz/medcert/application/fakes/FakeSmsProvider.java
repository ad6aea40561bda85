package kz.medcert.application.fakes;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import kz.medcert.application.port.out.DeliveryOutcome;
import kz.medcert.application.port.out.SmsGateway;

/** An SMS provider in memory that answers every message one way, keeping what it was given. */
public final class FakeSmsProvider implements SmsGateway {

    /** How the provider answers. */
    public enum Answer { TAKES, REFUSES, DOWN, SILENT }

    private final Answer answer;
    private final List<Sms> received = new ArrayList<>();

    public FakeSmsProvider(Answer answer) {
        this.answer = Objects.requireNonNull(answer, "answer");
    }

    @Override
    public synchronized DeliveryOutcome send(Sms sms) {
        Objects.requireNonNull(sms, "sms");
        return switch (answer) {
            case TAKES -> {
                received.add(sms);
                yield new DeliveryOutcome.Delivered("fake-sms-" + received.size());
            }
            case REFUSES -> new DeliveryOutcome.Rejected("the provider does not serve " + sms.maskedTo());
            case DOWN -> new DeliveryOutcome.Deferred("the provider cannot be reached");
            case SILENT -> new DeliveryOutcome.Deferred("the provider did not answer in time");
        };
    }

    /** What it took, in order. */
    public synchronized List<Sms> received() {
        return List.copyOf(received);
    }
}
