package kz.medcert.archfixture.broken.domain.beta;

import kz.medcert.archfixture.broken.domain.alpha.Alpha;

/** Breaks domainFeaturesAreFreeOfCycles together with Alpha: beta -> alpha -> beta. */
public record Beta(String code) {
    public Alpha wrapped() {
        return new Alpha(this);
    }
}
