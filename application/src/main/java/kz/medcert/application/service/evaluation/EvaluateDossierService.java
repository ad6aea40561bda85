package kz.medcert.application.service.evaluation;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import kz.medcert.application.port.in.evaluation.EvaluateDossierCommand;
import kz.medcert.application.port.in.evaluation.EvaluateDossierUseCase;
import kz.medcert.domain.calendar.KazakhstanTime;
import kz.medcert.domain.evaluation.CertificationRules;
import kz.medcert.domain.evaluation.Evaluation;

/** Evaluates a dossier with the rules in force, settling a missing application date on today in Almaty. */
public final class EvaluateDossierService implements EvaluateDossierUseCase {
    private final CertificationRules rules;
    private final Clock clock;

    @Inject
    public EvaluateDossierService(CertificationRules rules, Clock clock) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Evaluation evaluate(EvaluateDossierCommand command) {
        LocalDate applicationDate = command.applicationDate()
                .orElseGet(() -> KazakhstanTime.date(clock.instant()));
        return rules.evaluate(command.dossierOn().apply(applicationDate));
    }
}
