package kz.medcert.application.port.in.evaluation;

import kz.medcert.domain.evaluation.Evaluation;

/** Pre-check of a dossier against the certification rules; stores nothing. */
public interface EvaluateDossierUseCase {

    Evaluation evaluate(EvaluateDossierCommand command);
}
