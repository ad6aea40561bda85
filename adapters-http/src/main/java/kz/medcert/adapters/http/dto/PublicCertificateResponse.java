package kz.medcert.adapters.http.dto;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import kz.medcert.application.port.in.verification.PublicCertificateView;
import kz.medcert.domain.certificate.CertificateNumber;
import kz.medcert.domain.evaluation.Ground;
import kz.medcert.domain.reference.LocalizedText;

/**
 * {@code GET /api/v1/public/certificates/{number}}: a certificate's status on {@code checkedOn} and what identifies
 * it. The holder is given by surname and initials only; absent facts are null (no level, an indefinite certificate,
 * not revoked, confirms nothing, not replaced). A SUPERSEDED certificate names the one that replaced it and the day
 * it did (R14, R75, R79). Field names are a public contract: add fields, never rename.
 */
public record PublicCertificateResponse(String number, String status, LocalDate checkedOn, String holder,
                                        CodeEntry specialty, CodeEntry qualificationLevel, CodeEntry issuer,
                                        LocalDate issuedOn, LocalDate validUntil, RevocationEntry revocation,
                                        String confirms, String supersededBy, LocalDate supersededOn) {

    public static PublicCertificateResponse from(PublicCertificateView v) {
        return new PublicCertificateResponse(v.number().value(), v.status().name(), v.checkedOn(), v.holder(),
                new CodeEntry(v.specialty().value(), v.specialtyName()),
                v.qualificationLevel().map(l -> new CodeEntry(l.name(), l.localizedName())).orElse(null),
                new CodeEntry(v.issuer().code(), v.issuer().localizedName()), v.issuedOn(),
                v.validUntil().orElse(null),
                v.revokedOn().map(on -> RevocationEntry.of(on, v.revocationGround())).orElse(null),
                v.confirms().map(CertificateNumber::value).orElse(null),
                v.supersededBy().map(CertificateNumber::value).orElse(null), v.supersededOn().orElse(null));
    }

    /** A code with its kk/ru/en names. */
    public record CodeEntry(String code, LocalizedTextResponse name) {
        public CodeEntry(String code, LocalizedText name) {
            this(code, LocalizedTextResponse.from(name));
        }
    }

    /**
     * When the certificate was revoked and on which ground of the rules: its code (null for any other ground) and the
     * ground as the Order words it, in kk/ru/en ({@code groundText}, null with the code).
     */
    public record RevocationEntry(LocalDate revokedOn, String ground, LocalizedTextResponse groundText) {
        public static RevocationEntry of(LocalDate revokedOn, Optional<String> ground) {
            return new RevocationEntry(revokedOn, ground.orElse(null), ground.flatMap(RevocationEntry::sentence)
                    .map(LocalizedTextResponse::from).orElse(null));
        }

        // R88, R89: the ground's sentence of the Order, the same one a refusal states
        private static Optional<LocalizedText> sentence(String code) {
            return Arrays.stream(Ground.values()).filter(g -> g.name().equals(code)).findFirst()
                    .map(Ground::description);
        }
    }
}
