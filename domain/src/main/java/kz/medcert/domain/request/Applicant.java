package kz.medcert.domain.request;

import java.util.Objects;
import java.util.Optional;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.person.Contact;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.person.PersonName;

/**
 * The service recipient as they declared themselves (A1 items 2–6, A5): IIN, name, the region of residence and how
 * to reach them. The IIN is the one they signed in with; the name and the region are their statement, which the state
 * database of individuals outranks once fetched (see {@link ApplicantIdentity}: R03, R69, R71, R75).
 *
 * @param region absent for requests started before the region was asked, and allowed to be absent for a foreign
 *               specialist; only an administrator sees a request without one
 */
public record Applicant(Iin iin, PersonName name, Optional<Region> region, Contact contact) {
    public Applicant {
        Objects.requireNonNull(iin, "iin");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(contact, "contact");
    }

    public Applicant(Iin iin, PersonName name, Optional<Region> region) {
        this(iin, name, region, Contact.NONE);
    }

    /** An applicant whose region is not known. */
    public Applicant(Iin iin, PersonName name) {
        this(iin, name, Optional.empty());
    }

    public Applicant(Iin iin, PersonName name, Region region) {
        this(iin, name, Optional.of(region));
    }
}
