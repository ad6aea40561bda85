package kz.medcert.domain.certificate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.medcert.domain.person.Iin;

/**
 * R14, R75, R79, one current certificate per specialty, applied to entries of a register: the single rule by which a
 * decision that issues a certificate, an import of an existing register and the migration of a stored one mark what
 * a later entry replaced (see {@link IssuedCertificate#supersedes}).
 */
public final class Supersessions {

    private Supersessions() {
    }

    /**
     * The entries that a later one among {@code entries} supersedes and that do not record it yet, each as replaced by
     * the earliest such entry in {@link IssuedCertificate#REGISTER_ORDER} (in that order, oldest first). Give every
     * entry of each holder concerned: a successor left out cannot be found. Entries of several holders may be mixed.
     */
    public static List<IssuedCertificate> pending(Collection<IssuedCertificate> entries) {
        Map<Iin, List<IssuedCertificate>> byHolder = new LinkedHashMap<>();
        entries.forEach(e -> byHolder.computeIfAbsent(e.holder(), h -> new ArrayList<>()).add(e));
        List<IssuedCertificate> superseded = new ArrayList<>();
        for (List<IssuedCertificate> held : byHolder.values()) {
            held.sort(IssuedCertificate.REGISTER_ORDER);
            for (int i = 0; i < held.size(); i++) {
                IssuedCertificate earlier = held.get(i);
                if (earlier.revocation().isPresent() || earlier.supersession().isPresent()) {
                    continue; // nothing supersedes it (IssuedCertificate#supersedes): a history stays linear to scan
                }
                for (int j = i + 1; j < held.size(); j++) {
                    if (held.get(j).supersedes(earlier)) {
                        superseded.add(earlier.supersededBy(held.get(j)));
                        break;
                    }
                }
            }
        }
        superseded.sort(IssuedCertificate.REGISTER_ORDER);
        return List.copyOf(superseded);
    }
}
