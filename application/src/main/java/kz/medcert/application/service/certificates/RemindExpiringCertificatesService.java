package kz.medcert.application.service.certificates;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import kz.medcert.application.port.in.ServiceText;
import kz.medcert.application.port.in.certificates.RemindExpiringCertificatesUseCase;
import kz.medcert.application.port.out.ApplicantRequests;
import kz.medcert.application.port.out.CertificateRegister;
import kz.medcert.application.port.out.Notification;
import kz.medcert.application.port.out.Outbox;
import kz.medcert.application.service.RecipientLanguage;
import kz.medcert.domain.certificate.IssuedCertificate;

/**
 * Reminds each holder whose fixed-term certificate ends within {@link #AHEAD} and that no later register entry
 * confirms or replaces yet (the register's expiring-and-unconfirmed entries, as the expiry report counts them), once
 * per certificate: the outbox keeps the reminder under the certificate's number, so that the daily run, on any
 * instance, never stores a second one. Written in the holder's language (their latest request's, Russian by default).
 */
public final class RemindExpiringCertificatesService implements RemindExpiringCertificatesUseCase {
    /** How long before the last day of validity the holder is reminded: time enough to apply and be decided. */
    public static final Period AHEAD = Period.ofDays(60);

    private final CertificateRegister register;
    private final Outbox outbox;
    private final RecipientLanguage languages;
    private final Clock clock;

    @Inject
    public RemindExpiringCertificatesService(CertificateRegister register, ApplicantRequests requests,
                                             Outbox outbox, Clock clock) {
        this.register = Objects.requireNonNull(register, "register");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.languages = new RecipientLanguage(requests);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public int remind(LocalDate today) {
        int[] stored = {0};
        register.forEachUnconfirmedExpiring(new CertificateRegister.ExpiryWindow(today, today.plus(AHEAD),
                Optional.empty()), certificate -> {
                    if (certificate.revocation().isEmpty() && outbox.addOnce("expiring:" + certificate.number().value(),
                            reminder(certificate))) {
                        stored[0]++;
                    }
                });
        return stored[0];
    }

    private Notification reminder(IssuedCertificate certificate) {
        String number = certificate.number().value();
        LocalDate validUntil = certificate.validUntil().orElseThrow();
        return new Notification(certificate.holder(), Notification.Kind.CERTIFICATE_EXPIRING, "certificate " + number,
                ServiceText.NOTIFY_SUBJECT_CERTIFICATE_EXPIRING.message().with("number", number)
                        .with("validUntil", validUntil),
                ServiceText.NOTIFY_CERTIFICATE_EXPIRING.message().with("number", number)
                        .with("validUntil", validUntil), languages.of(certificate.holder()), clock.instant());
    }
}
