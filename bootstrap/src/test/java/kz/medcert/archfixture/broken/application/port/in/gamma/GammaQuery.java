package kz.medcert.archfixture.broken.application.port.in.gamma;

import kz.medcert.archfixture.broken.application.service.delta.DeltaService;

/** Breaks applicationFeaturesAreFreeOfCycles together with DeltaService: gamma -> delta -> gamma. */
public interface GammaQuery {
    DeltaService answeredBy();
}
