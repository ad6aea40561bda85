package kz.medcert.archfixture.broken.application.service;

import com.google.common.collect.ImmutableList;
import java.util.List;

/** Breaks applicationDependsOnlyOnDomainAndInject: a library other than jakarta.inject in the application. */
public final class GuavaBackedService {
    public List<String> codes() {
        return ImmutableList.of("CARD-01");
    }
}
