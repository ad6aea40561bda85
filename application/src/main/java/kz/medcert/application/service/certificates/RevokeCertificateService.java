package kz.medcert.application.service.certificates;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import kz.medcert.application.port.in.AccessDeniedException;
import kz.medcert.application.port.in.RequestConflictException;
import kz.medcert.application.port.in.ServiceText;
import kz.medcert.application.port.in.certificates.CertificateNotFoundException;
import kz.medcert.application.port.in.certificates.RevokeCertificateUseCase;
import kz.medcert.application.port.out.ApplicantRequests;
import kz.medcert.application.port.out.CertificateRegister;
import kz.medcert.application.port.out.ConcurrentUpdateException;
import kz.medcert.application.port.out.Notification;
import kz.medcert.application.service.RecipientLanguage;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.calendar.KazakhstanTime;
import kz.medcert.domain.certificate.CertificateNumber;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.certificate.Revocation;
import kz.medcert.domain.evaluation.Ground;

/**
 * Revocation on a court decision (R88, R89): the officer of the issuing department records the ground and the
 * decision; the entry is kept with its revocation (nothing is deleted) and the register audits the change.
 */
public final class RevokeCertificateService implements RevokeCertificateUseCase {
    private final CertificateRegister register;
    private final RecipientLanguage languages;
    private final Clock clock;

    @Inject
    public RevokeCertificateService(CertificateRegister register, ApplicantRequests requests,
                                    Clock clock) {
        this.register = Objects.requireNonNull(register, "register");
        this.languages = new RecipientLanguage(requests);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public IssuedCertificate revoke(Actor actor, CertificateNumber number, Ground ground, String reason) {
        if (!(actor instanceof Actor.Officer officer)) {
            throw new AccessDeniedException(ServiceText.ONLY_OFFICER_REVOKES.message());
        }
        Objects.requireNonNull(ground, "ground");
        if (!REVOCATION_GROUNDS.contains(ground)) {
            throw new IllegalArgumentException("a certificate is revoked only on a court decision: "
                    + REVOCATION_GROUNDS);
        }
        IssuedCertificate stored = register.find(number).filter(c -> c.department().equals(officer.department()))
                .orElseThrow(() -> new CertificateNotFoundException(number));
        if (stored.revocation().isPresent()) {
            throw new RequestConflictException(ServiceText.CERTIFICATE_ALREADY_REVOKED.message().with("number",
                    number.value()));
        }
        Instant now = clock.instant();
        IssuedCertificate revoked = stored.revoked(new Revocation(KazakhstanTime.date(now),
                ground.name(), Objects.requireNonNull(reason, "reason").strip(), officer.auditLabel()));
        // R88, R89: the holder reads the ground as the Order words it, in their language; told in the revocation's
        // transaction (the outbox)
        Notification notice = new Notification(stored.holder(), Notification.Kind.CERTIFICATE_REVOKED,
                "certificate " + number.value(), ServiceText.NOTIFY_SUBJECT_CERTIFICATE_REVOKED.message()
                .with("number", number.value()), ServiceText.NOTIFY_CERTIFICATE_REVOKED.message()
                .with("number", number.value()).with("day", revoked.revocation().orElseThrow().revokedOn())
                .with("ground", ground.description()), languages.of(stored.holder()), now);
        IssuedCertificate result;
        try {
            result = register.update(revoked, now, List.of(notice));
        } catch (ConcurrentUpdateException e) {
            throw new RequestConflictException(ServiceText.CERTIFICATE_REVOKED_MEANWHILE.message().with("number",
                    number.value()));
        }
        return result;
    }
}
