package kz.medcert.domain.request;

import java.time.LocalDate;
import java.util.Objects;
import kz.medcert.domain.certificate.CertificateNumber;

/** Where the provider's decision on an accepted request stands (R74, R75, R91). */
public sealed interface Decision {

    /**
     * R75: the certificate was issued, by an officer or, on a confirmation route whose registry data match, by the
     * service itself ({@code automatic}, R14 and R74 "partially automated").
     */
    record Issued(CertificateNumber number, LocalDate issuedOn, boolean automatic) implements Decision {
        public Issued {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(issuedOn, "issuedOn");
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
