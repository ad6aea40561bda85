package kz.medcert.archfixture.broken.adapters.http.epsilon;

import kz.medcert.archfixture.broken.adapters.http.zeta.ZetaRoutes;

/** Breaks httpFeaturesAreFreeOfCycles together with ZetaRoutes: epsilon -> zeta -> epsilon. */
public final class EpsilonRoutes {
    public ZetaRoutes next() {
        return new ZetaRoutes();
    }
}
