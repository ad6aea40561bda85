package kz.medcert.application.port.out;

import kz.medcert.domain.person.Iin;

/** Identity data of foreign specialists in the information system (R69). */
public interface IdentityRegistry {

    /** Whether the system holds the person's identity document data. */
    boolean holdsIdentity(Iin iin);
}
