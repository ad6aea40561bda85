package kz.medcert.application.service.certificates;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.medcert.application.port.in.AccessDeniedException;
import kz.medcert.application.port.in.ServiceText;
import kz.medcert.application.port.in.certificates.CertificateDocumentView;
import kz.medcert.application.port.in.certificates.GetCertificateUseCase;
import kz.medcert.application.port.out.CertificateRegister;
import kz.medcert.application.service.SpecialtyNames;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.calendar.KazakhstanTime;
import kz.medcert.domain.certificate.CertificateNumber;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.reference.LocalizedText;
import kz.medcert.domain.reference.QualificationLevel;
import kz.medcert.domain.reference.SpecialtyCatalogue;
import kz.medcert.domain.reference.SpecialtyCode;

/**
 * Reads a register entry as printed on the certificate (R75), with its status today in Almaty. Not yet restricted to
 * the holder: see {@link GetCertificateUseCase} before exposing it.
 */
public final class GetCertificateService implements GetCertificateUseCase {
    private final CertificateRegister register;
    private final SpecialtyNames specialties;
    private final Clock clock;

    @Inject
    public GetCertificateService(CertificateRegister register, SpecialtyCatalogue catalogue, Clock clock) {
        this.register = Objects.requireNonNull(register, "register");
        this.specialties = new SpecialtyNames(Objects.requireNonNull(catalogue, "catalogue"));
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Optional<CertificateDocumentView> get(CertificateNumber number) {
        LocalDate today = KazakhstanTime.date(clock.instant());
        return register.find(number).map(certificate -> document(certificate, today));
    }

    @Override
    public Optional<CertificateDocumentView> getForHolder(Actor actor,
                                                          CertificateNumber number) {
        if (!(actor instanceof Actor.Applicant applicant)) {
            throw new AccessDeniedException(ServiceText.ONLY_HOLDER_DOWNLOADS.message());
        }
        LocalDate today = KazakhstanTime.date(clock.instant());
        return register.find(number).filter(c -> c.holder().equals(applicant.iin()))
                .map(certificate -> document(certificate, today));
    }

    // A certificate for a specialization prints the specialty it belongs to, with the specialization under it.
    private CertificateDocumentView document(IssuedCertificate c, LocalDate today) {
        Optional<SpecialtyCode> parent = specialties.parentOf(c.specialty());
        LocalizedText specialty = specialties.name(parent.orElse(c.specialty()));
        List<LocalizedText> specializations = parent.isPresent()
                ? List.of(specialties.name(c.specialty())) : List.of();
        return new CertificateDocumentView(c.number(), c.holderName().fullName(), specialty, specializations,
                c.qualificationLevel().map(QualificationLevel::localizedName), c.department().localizedName(),
                c.issuedOn(), c.validUntil(), c.statusOn(today), today, c.organisation());
    }
}
