package kz.medcert.archfixture.clean.adapters.http.epsilon;

import kz.medcert.archfixture.clean.adapters.http.zeta.ZetaRoutes;

/** One HTTP feature using another, in one direction only (httpFeaturesAreFreeOfCycles holds). */
public final class EpsilonRoutes {
    public ZetaRoutes next() {
        return new ZetaRoutes();
    }
}
