package kz.medcert.archfixture.broken.adapters.persistence;

import com.google.inject.Inject;

/** Breaks onlyBootstrapUsesGuice: adapters use jakarta.inject.Inject, not Guice's own annotation. */
public final class GuiceAwareRepository {
    @Inject
    public GuiceAwareRepository() {
    }
}
