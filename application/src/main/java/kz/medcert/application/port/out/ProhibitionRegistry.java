package kz.medcert.application.port.out;

import kz.medcert.domain.dossier.Prohibition;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.reference.SpecialtyCode;

/** The General Prosecutor's Committee service on prohibitions of medical activity (R68). */
public interface ProhibitionRegistry {

    /** {@link Prohibition#NO_DATA} when it holds nothing about the person. */
    Prohibition prohibitionOf(Iin iin, SpecialtyCode specialty);
}
