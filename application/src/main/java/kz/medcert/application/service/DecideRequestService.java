package kz.medcert.application.service;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.medcert.application.port.in.AccessDeniedException;
import kz.medcert.application.port.in.DecideRequestUseCase;
import kz.medcert.application.port.in.RequestConflictException;
import kz.medcert.application.port.in.RequestNotFoundException;
import kz.medcert.application.port.out.CertificateRegister;
import kz.medcert.application.port.out.CertificationRequestRepository;
import kz.medcert.application.port.out.ConcurrentUpdateException;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.calendar.KazakhstanTime;
import kz.medcert.domain.certificate.CertificateNumber;
import kz.medcert.domain.certificate.CertificateNumbers;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.reference.QualificationLevel;
import kz.medcert.domain.reference.SpecialtyCode;
import kz.medcert.domain.request.CertificationRequest;
import kz.medcert.domain.request.RequestId;
import kz.medcert.domain.request.RequestState;
import kz.medcert.domain.request.RequestStatus;

/**
 * The officer issues the certificate (R74, R75, R14, R79). The officer decides, whatever the stored evaluation says
 * (R74): the history entry records its outcome.
 *
 * <p>Order of the writes: the request is updated first, under its optimistic lock, and only then is the certificate
 * added to the register. Of two officers deciding at once exactly one update succeeds; the other gets a conflict and
 * has written nothing (its drawn serial is lost, which the register allows: numbers may have gaps, never repeat).
 * Adding the entry afterwards cannot clash, as the serial is drawn atomically and never reused.
 */
public final class DecideRequestService implements DecideRequestUseCase {
    private final CertificationRequestRepository repository;
    private final CertificateRegister register;
    private final RequestViews views;
    private final Clock clock;

    @Inject
    public DecideRequestService(CertificationRequestRepository repository, CertificateRegister register,
                                RequestViews views, Clock clock) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.register = Objects.requireNonNull(register, "register");
        this.views = Objects.requireNonNull(views, "views");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Issued issue(Actor actor, RequestId id) {
        if (!(actor instanceof Actor.Officer officer)) {
            throw new AccessDeniedException("only an officer decides on requests");
        }
        CertificationRequest request = repository.find(id)
                .filter(r -> RequestAccess.department(r.state()).filter(officer.department()::equals).isPresent())
                .orElseThrow(() -> new RequestNotFoundException(id));
        if (request.status() != RequestStatus.ACCEPTED) {
            throw new RequestConflictException("request " + id + " is " + request.status()
                    + ", not awaiting a decision");
        }
        Instant now = clock.instant();
        LocalDate today = KazakhstanTime.localDateTime(now).toLocalDate();
        RequestState s = request.state();
        SpecialtyCode specialty = s.form().target();
        Department department = RequestAccess.department(s).orElseThrow();
        Optional<IssuedCertificate> confirmed = latestHeld(s, specialty);
        Optional<QualificationLevel> level = s.form().requestsQualificationLevel()
                ? confirmed.flatMap(IssuedCertificate::qualificationLevel) : Optional.empty();
        CertificateNumber number = CertificateNumbers.issue(Year.from(today), register.nextSerial(Year.from(today)));
        IssuedCertificate certificate = IssuedCertificate.issue(number, s.applicant().iin(), s.applicant().name(),
                specialty, level, department, today, confirmed.map(IssuedCertificate::number));
        CertificationRequest stored;
        try {
            stored = repository.update(request.issued(number, today, officer.auditLabel(), now));
        } catch (ConcurrentUpdateException e) {
            throw new RequestConflictException("request " + id + " was decided meanwhile");
        }
        register.add(certificate);
        return new Issued(number, views.view(stored));
    }

    // R14: a certificate for the same specialty the register already holds for this person is the one confirmed
    private Optional<IssuedCertificate> latestHeld(RequestState s, SpecialtyCode specialty) {
        List<IssuedCertificate> held = register.heldBy(s.applicant().iin()).stream()
                .filter(c -> c.specialty().equals(specialty)).toList();
        return held.isEmpty() ? Optional.empty() : Optional.of(held.get(held.size() - 1));
    }
}
