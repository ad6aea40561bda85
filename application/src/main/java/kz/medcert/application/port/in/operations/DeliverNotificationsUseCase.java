package kz.medcert.application.port.in.operations;

/** The outbox worker's round: sends the notifications that are due (README, "Notifications and consent codes"). */
public interface DeliverNotificationsUseCase {

    /** Claims up to {@code limit} due notifications, sends each and settles it; returns how many were claimed. */
    int deliverDue(int limit);
}
