package kz.medcert.adapters.http.dto;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import kz.medcert.adapters.http.dto.PublicCertificateResponse.CodeEntry;
import kz.medcert.adapters.http.dto.PublicCertificateResponse.RevocationEntry;
import kz.medcert.application.port.in.certificates.ListCertificatesUseCase.HeldEntry;
import kz.medcert.application.port.in.certificates.ListCertificatesUseCase.HolderCertificates;
import kz.medcert.domain.certificate.CertificateNumber;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.certificate.Revocation;
import kz.medcert.domain.certificate.Supersession;
import kz.medcert.domain.evaluation.Ground;

/**
 * {@code GET /api/v1/certificates}: a holder's certificates in the register, the newest first, each with its status on
 * {@code checkedOn} (R14, R75, R78, R79, R88). Replaced ones stay listed, naming what replaced them and from when (set
 * as soon as the register records it, also before that day). Field names are a public contract.
 */
public record HolderCertificatesResponse(String holder, LocalDate checkedOn, List<Entry> certificates) {

    public static HolderCertificatesResponse from(HolderCertificates listed) {
        return new HolderCertificatesResponse(listed.holder().value(), listed.checkedOn(),
                listed.certificates().stream().map(Entry::from).toList());
    }

    /** One certificate; absent facts are null. */
    public record Entry(String number, String status, CodeEntry specialty, CodeEntry qualificationLevel,
                        CodeEntry issuer, LocalDate issuedOn, LocalDate validUntil, String confirms,
                        String supersededBy, LocalDate supersededOn, RevocationEntry revocation,
                        String organisation) {

        static Entry from(HeldEntry held) {
            IssuedCertificate c = held.certificate();
            Optional<Supersession> supersession = c.supersession();
            Optional<Revocation> revocation = c.revocation();
            return new Entry(c.number().value(), held.status().name(),
                    new CodeEntry(c.specialty().value(), held.specialtyName()),
                    c.qualificationLevel().map(l -> new CodeEntry(l.name(), l.localizedName())).orElse(null),
                    new CodeEntry(c.department().code(), c.department().localizedName()), c.issuedOn(),
                    c.validUntil().orElse(null), c.confirms().map(CertificateNumber::value).orElse(null),
                    supersession.map(s -> s.by().value()).orElse(null), supersession.map(Supersession::on).orElse(null),
                    revocation.map(r -> RevocationEntry.of(r.revokedOn(), Optional.ofNullable(groundCode(r.ground()))))
                            .orElse(null), c.organisation().orElse(null));
        }

        // the ground is free text in the register: only a code of the rules' list is shown
        private static String groundCode(String ground) {
            return Arrays.stream(Ground.values()).map(Enum::name).filter(ground::equals).findFirst().orElse(null);
        }
    }
}
