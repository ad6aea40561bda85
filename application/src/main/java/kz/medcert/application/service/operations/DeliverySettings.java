package kz.medcert.application.service.operations;

import java.time.Duration;
import java.util.Objects;

/**
 * Which channels notifications go by, and how a notification that could not be sent waits: the first retry after
 * {@code firstRetry}, each next one twice as late, never later than {@code longestWait} (it is tried for as long as it
 * takes: nothing is dropped for a channel that is down).
 *
 * @param mail whether a mail server is configured (MEDCERT_SMTP_HOST; the log stands in for it in demo mode)
 * @param sms  whether an SMS provider is configured (MEDCERT_SMS_URL)
 */
public record DeliverySettings(boolean mail, boolean sms, Duration firstRetry, Duration longestWait) {
    public static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    public static final Duration LONGEST_WAIT = Duration.ofHours(1);

    public DeliverySettings {
        Objects.requireNonNull(firstRetry, "firstRetry");
        Objects.requireNonNull(longestWait, "longestWait");
        if (firstRetry.isNegative() || firstRetry.isZero() || longestWait.compareTo(firstRetry) < 0) {
            throw new IllegalArgumentException("retries wait a positive time, at most " + longestWait + ", not "
                    + firstRetry);
        }
    }

    public DeliverySettings(boolean mail, boolean sms) {
        this(mail, sms, FIRST_RETRY, LONGEST_WAIT);
    }

    /** Whether any channel is configured at all (no worker runs otherwise: the notifications wait in the outbox). */
    public boolean anyChannel() {
        return mail || sms;
    }

    /** The wait before attempt {@code attempts + 1}, after {@code attempts} failed ones (1 or more). */
    Duration backOff(int attempts) {
        Duration wait = firstRetry;
        for (int i = 1; i < attempts && wait.compareTo(longestWait) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longestWait) < 0 ? wait : longestWait;
    }
}
