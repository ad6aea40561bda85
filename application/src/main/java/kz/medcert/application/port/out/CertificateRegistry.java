package kz.medcert.application.port.out;

import java.util.List;
import kz.medcert.domain.dossier.HeldCertificate;
import kz.medcert.domain.person.Iin;

/** The register of specialist certificates and qualification levels (R64). */
public interface CertificateRegistry {

    /** Certificates it holds for the person, marked {@code inRegistry}, with qualification levels where known. */
    List<HeldCertificate> certificatesOf(Iin iin);
}
