package kz.medcert.domain.request;

import java.util.Objects;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.person.PersonName;

/** The service recipient (A1 items 2–5): IIN and name as e-gov knows them. */
public record Applicant(Iin iin, PersonName name) {
    public Applicant {
        Objects.requireNonNull(iin, "iin");
        Objects.requireNonNull(name, "name");
    }
}
