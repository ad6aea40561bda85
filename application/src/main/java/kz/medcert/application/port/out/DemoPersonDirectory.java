package kz.medcert.application.port.out;

import java.util.List;
import kz.medcert.application.port.in.reference.DemoAccountsUseCase.DemoApplicant;

/** The persons of the demo data, as the stub registries know them (demo mode only). */
public interface DemoPersonDirectory {

    /** Every demo person, in the order of the demo data. */
    List<DemoApplicant> persons();
}
