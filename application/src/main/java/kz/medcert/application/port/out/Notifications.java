package kz.medcert.application.port.out;

/**
 * Tells applicants and holders about status changes (e-gov personal-account messages, SMS). Called after the change
 * is stored; a failure to notify never undoes the change (the status is always readable on the request itself,
 * R80), so implementations log and swallow delivery errors rather than throw.
 */
public interface Notifications {

    void send(Notification notification);
}
