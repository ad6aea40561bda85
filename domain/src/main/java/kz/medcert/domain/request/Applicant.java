package kz.medcert.domain.request;

import java.util.Objects;
import java.util.Optional;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.person.PersonName;

/**
 * The service recipient (A1 items 2–5): IIN and name as e-gov knows them, and the region of residence of their e-gov
 * profile (A1 item 6), which decides the territorial department that receives the request (R71).
 *
 * @param region absent for requests started before the region was asked, and allowed to be absent for a foreign
 *               specialist; only an administrator sees a request without one
 */
public record Applicant(Iin iin, PersonName name, Optional<Region> region) {
    public Applicant {
        Objects.requireNonNull(iin, "iin");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
    }

    /** An applicant whose region is not known. */
    public Applicant(Iin iin, PersonName name) {
        this(iin, name, Optional.empty());
    }

    public Applicant(Iin iin, PersonName name, Region region) {
        this(iin, name, Optional.of(region));
    }
}
