package kz.medcert.domain.request;

import java.util.Objects;
import java.util.Optional;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.person.PersonName;
import kz.medcert.domain.reference.CountryCode;

/**
 * What the state database of individuals holds for an IIN at the time it was asked (A1 items 2–6, R69): the name as
 * registered, citizenship, the region of the registered place of residence and whether a foreigner holds a permit for
 * permanent residence in Kazakhstan. It outranks what the applicant types: the certificate is issued in this name (R75)
 * and the department of this region receives the request (R71).
 *
 * @param residence         empty when the registry holds no address in Kazakhstan
 * @param permanentResident a foreign citizen or stateless person with a permanent residence permit (R53)
 */
public record PersonRecord(Iin iin, PersonName name, CountryCode citizenship, Optional<Region> residence,
                           boolean permanentResident) {

    public PersonRecord {
        Objects.requireNonNull(iin, "iin");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(citizenship, "citizenship");
        Objects.requireNonNull(residence, "residence");
        if (permanentResident && citizenship.isKazakhstan()) {
            throw new IllegalArgumentException("a citizen of Kazakhstan holds no residence permit");
        }
    }
}
