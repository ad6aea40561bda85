package kz.medcert.application.port.out;

import java.util.List;
import kz.medcert.domain.dossier.EmploymentPeriod;
import kz.medcert.domain.person.Iin;

/** Employee profiles and employment contracts (R67), marked {@code inRegistry}. */
public interface EmploymentRegistry {

    List<EmploymentPeriod> employmentOf(Iin iin);
}
