package kz.medcert.application.fakes;

import java.util.ArrayList;
import java.util.List;
import kz.medcert.application.port.out.Notification;
import kz.medcert.application.port.out.Notifications;

/** Keeps every notification sent, in order, for a test to read. */
public final class RecordingNotifications implements Notifications {
    private final List<Notification> sent = new ArrayList<>();

    @Override
    public synchronized void send(Notification notification) {
        sent.add(notification);
    }

    public synchronized List<Notification> sent() {
        return List.copyOf(sent);
    }

    public synchronized List<Notification.Kind> kinds() {
        return sent.stream().map(Notification::kind).toList();
    }
}
