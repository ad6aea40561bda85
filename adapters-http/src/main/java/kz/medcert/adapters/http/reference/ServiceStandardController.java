package kz.medcert.adapters.http.reference;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.Objects;
import kz.medcert.adapters.http.ApiRoutes;
import kz.medcert.adapters.http.Controller;
import kz.medcert.adapters.http.JsonAnswer;
import kz.medcert.adapters.http.dto.ServiceStandardResponse;
import kz.medcert.application.port.in.reference.ServiceStandardUseCase;

/** {@code GET /api/v1/public/service-standard}: the standard of the public service, for anyone (R71–R84). */
public final class ServiceStandardController implements Controller {
    private final ServiceStandardUseCase standard;

    @Inject
    public ServiceStandardController(ServiceStandardUseCase standard) {
        this.standard = Objects.requireNonNull(standard, "standard");
    }

    @Override
    public void registerRoutes(ApiRoutes routes) {
        routes.get("/public/service-standard", this::get);
    }

    private void get(Context ctx) {
        JsonAnswer.json(ctx, ServiceStandardResponse.from(standard.standard()));
    }
}
