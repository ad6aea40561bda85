package kz.medcert.application.port.in;

import kz.medcert.domain.person.Iin;

/** No certificates of this holder that the caller may see (or none at all): the same answer either way. */
public class HolderNotFoundException extends RuntimeException {
    public HolderNotFoundException(Iin holder) {
        super("no certificates of holder " + holder.masked() + " that you may see");
    }
}
