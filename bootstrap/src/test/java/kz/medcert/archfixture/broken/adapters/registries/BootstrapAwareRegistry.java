package kz.medcert.archfixture.broken.adapters.registries;

import kz.medcert.archfixture.broken.bootstrap.BrokenFixtureModule;

/** Breaks nothingDependsOnBootstrap: an adapter reaches into the composition root. */
public final class BootstrapAwareRegistry {
    public Object wiring() {
        return new BrokenFixtureModule();
    }
}
