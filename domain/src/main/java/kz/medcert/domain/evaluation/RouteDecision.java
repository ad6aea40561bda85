package kz.medcert.domain.evaluation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import kz.medcert.domain.certificate.Standing;
import kz.medcert.domain.dossier.HeldCertificate;

/**
 * The route with its flags, and the facts that decided it: the certificate in the declared specialty and its
 * standing on the application date (R11, R13), and the day the current break began (R12).
 */
public record RouteDecision(Route route, Set<Flag> flags, Optional<HeldCertificate> certificate,
                            Optional<Standing> standing, Optional<LocalDate> breakCountedFrom) {

    public RouteDecision {
        Objects.requireNonNull(route, "route");
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(standing, "standing");
        Objects.requireNonNull(breakCountedFrom, "breakCountedFrom");
    }

    public boolean has(Flag flag) {
        return flags.contains(flag);
    }
}
