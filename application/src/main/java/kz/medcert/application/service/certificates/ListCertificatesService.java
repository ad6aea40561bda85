package kz.medcert.application.service.certificates;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.medcert.application.port.in.AccessDeniedException;
import kz.medcert.application.port.in.ServiceText;
import kz.medcert.application.port.in.certificates.HolderNotFoundException;
import kz.medcert.application.port.in.certificates.ListCertificatesUseCase;
import kz.medcert.application.port.out.ApplicantRequests;
import kz.medcert.application.port.out.ApplicantRequests.RequestPage;
import kz.medcert.application.port.out.CertificateRegister;
import kz.medcert.application.service.RequestAccess;
import kz.medcert.application.service.SpecialtyNames;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.calendar.KazakhstanTime;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.reference.SpecialtyCatalogue;

/**
 * Lists a holder's register entries for whom may see them. An officer's reach (R71; see docs/interpretations.md):
 * the certificates their department issued, and every certificate of a holder whose request their department
 * receives, since deciding it needs the holder's whole record. Anything else is, to them, not there.
 */
public final class ListCertificatesService implements ListCertificatesUseCase {
    private static final int REQUESTS_READ_AT_ONCE = 100;
    private final CertificateRegister register;
    private final ApplicantRequests requests;
    private final SpecialtyNames specialties;
    private final Clock clock;

    @Inject
    public ListCertificatesService(CertificateRegister register, ApplicantRequests requests,
                                   SpecialtyCatalogue catalogue, Clock clock) {
        this.register = Objects.requireNonNull(register, "register");
        this.requests = Objects.requireNonNull(requests, "requests");
        this.specialties = new SpecialtyNames(Objects.requireNonNull(catalogue, "catalogue"));
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public HolderCertificates list(Actor actor, Optional<Iin> holder) {
        Objects.requireNonNull(holder, "holder");
        List<IssuedCertificate> visible;
        if (actor instanceof Actor.Applicant applicant) {
            if (holder.filter(h -> !h.equals(applicant.iin())).isPresent()) {
                throw new HolderNotFoundException(holder.get());
            }
            visible = register.heldBy(applicant.iin());
        } else if (actor instanceof Actor.Officer officer) {
            visible = withinReach(officer, required(holder));
        } else if (actor instanceof Actor.Admin) {
            visible = register.heldBy(required(holder));
        } else {
            throw new AccessDeniedException(ServiceText.SERVICE_LISTS_NO_CERTIFICATES.message());
        }
        Iin whose = holder.orElseGet(() -> ((Actor.Applicant) actor).iin());
        LocalDate today = KazakhstanTime.date(clock.instant());
        return new HolderCertificates(whose, today, visible.stream()
                .sorted(IssuedCertificate.REGISTER_ORDER.reversed())
                .map(c -> new HeldEntry(c, c.statusOn(today), specialties.name(c.specialty())))
                .toList());
    }

    private List<IssuedCertificate> withinReach(Actor.Officer officer, Iin holder) {
        List<IssuedCertificate> held = register.heldBy(holder);
        if (hasRequestInDepartment(officer, holder)) {
            return held;
        }
        List<IssuedCertificate> issuedHere = held.stream().filter(c -> c.department().equals(officer.department()))
                .toList();
        if (issuedHere.isEmpty()) {
            throw new HolderNotFoundException(holder);
        }
        return issuedHere;
    }

    // R71: a request the officer may read is one their department receives
    private boolean hasRequestInDepartment(Actor.Officer officer, Iin holder) {
        for (int offset = 0; ; offset += REQUESTS_READ_AT_ONCE) {
            RequestPage page = requests.startedBy(holder, offset, REQUESTS_READ_AT_ONCE);
            if (page.page().stream().anyMatch(r -> RequestAccess.mayRead(officer, r.state()))) {
                return true;
            }
            if (offset + REQUESTS_READ_AT_ONCE >= page.total()) {
                return false;
            }
        }
    }

    private static Iin required(Optional<Iin> holder) {
        return holder.orElseThrow(() -> new IllegalArgumentException("name the holder whose certificates to list"));
    }
}
