package kz.medcert.archfixture.broken.adapters.http.zeta;

import kz.medcert.archfixture.broken.adapters.http.epsilon.EpsilonRoutes;

/** Breaks httpFeaturesAreFreeOfCycles together with EpsilonRoutes: zeta -> epsilon -> zeta. */
public final class ZetaRoutes {
    public EpsilonRoutes back() {
        return new EpsilonRoutes();
    }
}
