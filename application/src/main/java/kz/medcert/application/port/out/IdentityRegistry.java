package kz.medcert.application.port.out;

import java.util.Optional;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.request.PersonRecord;

/**
 * The state database of individuals: who is registered under an IIN, with their name, citizenship and place of
 * residence (A1 items 2–6; R03, R69, R71). May throw {@link RegistryUnavailableException}.
 */
public interface IdentityRegistry {

    /** The person registered under {@code iin}, or empty when the database holds nobody under it. */
    Optional<PersonRecord> personOf(Iin iin);
}
