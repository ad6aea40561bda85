package kz.medcert.adapters.http.reference;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.Objects;
import kz.medcert.adapters.http.ApiRoutes;
import kz.medcert.adapters.http.Controller;
import kz.medcert.adapters.http.JsonAnswer;
import kz.medcert.adapters.http.dto.ReferenceDataResponse;
import kz.medcert.application.port.in.reference.ReferenceDataUseCase;

/** {@code GET /api/v1/reference-data}: specialties, education levels and fields, qualification levels, documents. */
public final class ReferenceDataController implements Controller {
    private final ReferenceDataUseCase referenceData;

    @Inject
    public ReferenceDataController(ReferenceDataUseCase referenceData) {
        this.referenceData = Objects.requireNonNull(referenceData, "referenceData");
    }

    @Override
    public void registerRoutes(ApiRoutes routes) {
        routes.get("/reference-data", this::get);
    }

    private void get(Context ctx) {
        JsonAnswer.json(ctx, ReferenceDataResponse.from(referenceData.referenceData()));
    }
}
