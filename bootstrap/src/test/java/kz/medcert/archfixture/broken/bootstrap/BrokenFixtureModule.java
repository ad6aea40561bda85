package kz.medcert.archfixture.broken.bootstrap;

import com.google.inject.AbstractModule;

/** A legitimate Guice module; BootstrapAwareRegistry depends on it. */
public final class BrokenFixtureModule extends AbstractModule {
    public static final String NAME = "broken";
}
