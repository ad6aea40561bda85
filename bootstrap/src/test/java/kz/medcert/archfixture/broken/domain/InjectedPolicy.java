package kz.medcert.archfixture.broken.domain;

import jakarta.inject.Inject;

/** Breaks domainDependsOnlyOnJava: the domain carries no framework annotation. */
public final class InjectedPolicy {
    @Inject
    public InjectedPolicy() {
    }
}
