package kz.medcert.archfixture.broken.domain.alpha;

import kz.medcert.archfixture.broken.domain.beta.Beta;

/** Breaks domainFeaturesAreFreeOfCycles together with Beta: alpha -> beta -> alpha. */
public record Alpha(Beta beta) {
}
