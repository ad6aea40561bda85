package kz.medcert.application.port.in.certificates;

import kz.medcert.application.port.in.ExplainedException;
import kz.medcert.application.port.in.ServiceText;
import kz.medcert.domain.person.Iin;

/** No certificates of this holder that the caller may see (or none at all): the same answer either way. */
public class HolderNotFoundException extends ExplainedException {
    private static final long serialVersionUID = 1L;

    public HolderNotFoundException(Iin holder) {
        super(ServiceText.HOLDER_NOT_FOUND.message().with("holder", holder.masked()));
    }
}
