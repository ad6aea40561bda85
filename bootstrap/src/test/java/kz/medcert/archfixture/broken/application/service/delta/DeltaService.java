package kz.medcert.archfixture.broken.application.service.delta;

import kz.medcert.archfixture.broken.application.port.in.gamma.GammaQuery;

/** Breaks applicationFeaturesAreFreeOfCycles together with GammaQuery: delta -> gamma -> delta. */
public final class DeltaService {
    private final GammaQuery query;

    public DeltaService(GammaQuery query) {
        this.query = query;
    }

    public GammaQuery query() {
        return query;
    }
}
