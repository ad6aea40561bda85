package kz.medcert.domain.request;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import kz.medcert.domain.certificate.CertificateNumber;
import kz.medcert.domain.reference.QualificationLevel;

/** Where the provider's decision on an accepted request stands (R74, R75, R91). */
public sealed interface Decision {

    /**
     * R75: the certificate was issued, by an officer or, on a confirmation route whose registry data match, by the
     * service itself ({@code automatic}, R14 and R74 "partially automated").
     *
     * @param level    the qualification level granted: the one applied for, never copied from elsewhere (R15)
     * @param override the officer's motivated override of the grounds the rules found, if any (R74, R91)
     */
    record Issued(CertificateNumber number, LocalDate issuedOn, boolean automatic, Optional<QualificationLevel> level,
                  Optional<IssueOverride> override) implements Decision {
        public Issued {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(issuedOn, "issuedOn");
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(override, "override");
            if (automatic && override.isPresent()) {
                throw new IllegalArgumentException("only an officer overrides the rules");
            }
        }

        public Issued(CertificateNumber number, LocalDate issuedOn, boolean automatic) {
            this(number, issuedOn, automatic, Optional.empty(), Optional.empty());
        }
    }

    /** A preliminary refusal: the applicant is notified and heard before the officer decides finally. */
    record RefusalProposed(RefusalReasons reasons, Hearing hearing) implements Decision {
        public RefusalProposed {
            Objects.requireNonNull(reasons, "reasons");
            Objects.requireNonNull(hearing, "hearing");
        }
    }

    /** R75, R91: the final, reasoned refusal, after the hearing of the preliminary one ({@code proposed}). */
    record Refused(RefusalReasons reasons, RefusalProposed proposed, LocalDate refusedOn) implements Decision {
        public Refused {
            Objects.requireNonNull(reasons, "reasons");
            Objects.requireNonNull(proposed, "proposed");
            Objects.requireNonNull(refusedOn, "refusedOn");
        }
    }
}
