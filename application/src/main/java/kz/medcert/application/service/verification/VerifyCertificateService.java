package kz.medcert.application.service.verification;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import kz.medcert.application.port.in.verification.PublicCertificateView;
import kz.medcert.application.port.in.verification.VerifyCertificateUseCase;
import kz.medcert.application.port.out.CertificateRegister;
import kz.medcert.application.service.SpecialtyNames;
import kz.medcert.domain.calendar.KazakhstanTime;
import kz.medcert.domain.certificate.CertificateNumber;
import kz.medcert.domain.certificate.CertificateNumbers;
import kz.medcert.domain.certificate.CertificateStatus;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.certificate.Revocation;
import kz.medcert.domain.certificate.Supersession;
import kz.medcert.domain.evaluation.Ground;
import kz.medcert.domain.reference.Message;
import kz.medcert.domain.reference.SpecialtyCatalogue;

/**
 * Verifies a certificate number against the register and tells its status today in Almaty (not yet valid before its
 * issue day, superseded once a later certificate replaced it, naming that one). A number with a wrong
 * check digit is reported as mistyped before the register is asked, so a typing error is never taken for "not found".
 */
public final class VerifyCertificateService implements VerifyCertificateUseCase {
    private final CertificateRegister register;
    private final SpecialtyNames specialties;
    private final Clock clock;

    @Inject
    public VerifyCertificateService(CertificateRegister register, SpecialtyCatalogue catalogue, Clock clock) {
        this.register = Objects.requireNonNull(register, "register");
        this.specialties = new SpecialtyNames(Objects.requireNonNull(catalogue, "catalogue"));
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Verification verify(String number) {
        Optional<Message> problem = CertificateNumbers.invalidity(number);
        if (problem.isPresent()) {
            return new Verification.Malformed(problem.get(), onlyTheCheckDigitIsWrong(number));
        }
        LocalDate today = KazakhstanTime.date(clock.instant());
        return register.find(new CertificateNumber(number))
                .<Verification>map(certificate -> new Verification.Found(publicView(certificate, today)))
                .orElseGet(Verification.NotFound::new);
    }

    // The status is the domain's (R14, R75, R78, R79, R88); the replacement is named once it is in effect and the
    // certificate reads SUPERSEDED (a revoked one stays REVOKED, whatever replaced it).
    private PublicCertificateView publicView(IssuedCertificate c, LocalDate today) {
        Optional<Revocation> revocation = c.revocation().filter(r -> !today.isBefore(r.revokedOn()));
        CertificateStatus status = c.statusOn(today);
        Optional<Supersession> supersession = c.supersessionOn(today)
                .filter(s -> status == CertificateStatus.SUPERSEDED);
        return new PublicCertificateView(c.number(), status, today, c.holderName().initials(),
                c.specialty(), specialties.name(c.specialty()), c.qualificationLevel(), c.department(),
                c.issuedOn(), c.validUntil(), revocation.map(Revocation::revokedOn),
                revocation.map(Revocation::ground).filter(VerifyCertificateService::isRefusalGround), c.confirms(),
                supersession.map(Supersession::by), supersession.map(Supersession::on));
    }

    // The ground is free text in the register: only a code of the rules' list can be shown without risk of
    // publishing a court case or a name.
    private static boolean isRefusalGround(String ground) {
        return Arrays.stream(Ground.values()).anyMatch(g -> g.name().equals(ground));
    }

    // Shaped like a number, but some other check digit would make it valid: a digit was mistyped or two swapped.
    private static boolean onlyTheCheckDigitIsWrong(String number) {
        if (number == null || number.isBlank()) {
            return false;
        }
        String withoutCheckDigit = number.strip().substring(0, number.strip().length() - 1);
        return IntStream.rangeClosed(0, 9)
                .anyMatch(digit -> CertificateNumbers.problem(withoutCheckDigit + digit).isEmpty());
    }
}
