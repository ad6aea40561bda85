package kz.medcert.domain.evaluation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.medcert.domain.certificate.CertificateValidityPolicy;
import kz.medcert.domain.certificate.Standing;
import kz.medcert.domain.dossier.HeldCertificate;
import kz.medcert.domain.rules.RuleSet;

/** Decides the route and its flags (R03–R13, R16). */
final class RoutePolicy {

    private RoutePolicy() {
    }

    static RouteDecision decide(Facts facts) {
        LocalDate ad = facts.applicationDate;
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        List<HeldCertificate> held = facts.certificatesHeldOnApplicationDate();
        List<HeldCertificate> inTarget = held.stream()
                .filter(c -> c.specialty().equals(facts.target))
                .toList();
        Optional<HeldCertificate> best = inTarget.stream().max(Comparator.comparing(c -> rank(facts, c)));
        Optional<Standing> standing = best.map(c -> standingOf(facts, c));

        boolean firstTime;
        if (best.isEmpty()) {
            firstTime = true; // R04, R08: never held a certificate in the declared specialty
            if (!held.isEmpty()) {
                flags.add(Flag.NEW_SPECIALTY); // R05: certified in another specialty or specialization only
            }
        } else if (standing.get().lapsedOverLimitOn(ad)) {
            firstTime = true; // R07, R10, R11: lapsed more than 3 years ago
            flags.add(Flag.LAPSED_OVER_3_YEARS);
        } else {
            firstTime = false; // R06, R09, R11: valid, or lapsed not more than 3 years ago
            if (standing.get().indefiniteKeptValid()) {
                flags.add(Flag.INDEFINITE_CERTIFICATE_VALID); // R13
            }
        }
        Optional<LocalDate> breakFrom = breakCountedFrom(facts);
        if (breakFrom.map(from -> ad.isAfter(from.plus(RuleSet.BREAK_LIMIT))).orElse(false)) {
            flags.add(Flag.LONG_BREAK); // R12: strictly more than 3 years
        }
        if (facts.educatedAbroad()) {
            flags.add(Flag.EDUCATED_ABROAD); // R16
        }
        return new RouteDecision(route(facts.foreign(), firstTime), flags, best, standing, breakFrom);
    }

    // R03: the service follows citizenship (DOM: A1/A2, FOR: A5/A6), see ServiceCategoryPolicy
    private static Route route(boolean foreign, boolean firstTime) {
        if (foreign) {
            return firstTime ? Route.FOREIGN_FIRST_TIME : Route.FOREIGN_CONFIRMATION;
        }
        return firstTime ? Route.FIRST_TIME : Route.CONFIRMATION;
    }

    /** R11, R13: a certificate's standing on the application date. */
    static Standing standingOf(Facts facts, HeldCertificate certificate) {
        LocalDate ad = facts.applicationDate;
        if (certificate.indefinite()) {
            boolean pdInWindow = facts.pdVolumeInTargetWithinWindow()
                    .isAtLeastCredits(RuleSet.PD_CONFIRMATION_CREDITS); // R13 volume: the confirmation standard
            return CertificateValidityPolicy.standingOfIndefinite(certificate.issuedOn(),
                    facts.lastPdCompletionInTarget(), pdInWindow, ad);
        }
        return CertificateValidityPolicy.standingOfFixed(certificate.validUntil().orElseThrow(), ad);
    }

    /** Prefers a valid certificate, then the one that stayed valid longest. */
    private static LocalDate rank(Facts facts, HeldCertificate certificate) {
        Standing s = standingOf(facts, certificate);
        return s.isValid() ? LocalDate.MAX : s.lastValidDay().orElse(certificate.issuedOn());
    }

    /**
     * R12: the current break in the declared specialty counts from the last dismissal; it is zero while employed
     * in it; someone who never worked in it counts from graduation. Empty when there is nothing to count from.
     */
    private static Optional<LocalDate> breakCountedFrom(Facts facts) {
        LocalDate ad = facts.applicationDate;
        if (facts.dossier.employment().worksOn(facts::worksInTarget, ad)) {
            return Optional.empty();
        }
        Optional<LocalDate> dismissal = facts.dossier.employment().lastDismissal(facts::worksInTarget, ad);
        return dismissal.isPresent() ? dismissal : facts.latestMedicalCompletion();
    }
}
