package kz.medcert.adapters.http.evaluation;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.Objects;
import kz.medcert.adapters.http.ApiRoutes;
import kz.medcert.adapters.http.Controller;
import kz.medcert.adapters.http.HttpText;
import kz.medcert.adapters.http.JsonAnswer;
import kz.medcert.adapters.http.ProblemException;
import kz.medcert.adapters.http.ProblemType;
import kz.medcert.adapters.http.dto.EvaluationRequest;
import kz.medcert.adapters.http.dto.EvaluationResponse;
import kz.medcert.application.port.in.evaluation.EvaluateDossierCommand;
import kz.medcert.application.port.in.evaluation.EvaluateDossierUseCase;
import kz.medcert.domain.evaluation.Evaluation;
import kz.medcert.domain.reference.Explained;
import kz.medcert.domain.reference.SpecialtyCatalogue;

/** {@code POST /api/v1/evaluations}: the pre-check of a dossier; stores nothing, so it answers 200. */
public final class EvaluationController implements Controller {
    private final EvaluateDossierUseCase evaluateDossier;
    private final DossierMapper mapper = new DossierMapper(SpecialtyCatalogue.standard());

    @Inject
    public EvaluationController(EvaluateDossierUseCase evaluateDossier) {
        this.evaluateDossier = Objects.requireNonNull(evaluateDossier, "evaluateDossier");
    }

    @Override
    public void registerRoutes(ApiRoutes routes) {
        routes.post("/evaluations", EvaluationRequest.class, this::evaluate);
    }

    private void evaluate(Context ctx, EvaluationRequest request) {
        EvaluateDossierCommand command = mapper.toCommand(request);
        Evaluation evaluation;
        try {
            evaluation = evaluateDossier.evaluate(command);
        } catch (IllegalArgumentException e) {
            // Every field was checked above; a dossier the rules still reject as a whole (e.g. dates so far apart
            // that a period cannot be formed) is bad input, not a failure of ours.
            throw new ProblemException(ProblemType.INVALID_REQUEST, HttpText.DOSSIER_NOT_EVALUABLE.message()
                    .with("reason", Explained.explanationOf(e)));
        }
        JsonAnswer.json(ctx, EvaluationResponse.from(evaluation));
    }
}
