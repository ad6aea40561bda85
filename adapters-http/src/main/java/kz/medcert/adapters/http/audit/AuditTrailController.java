package kz.medcert.adapters.http.audit;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.Objects;
import kz.medcert.adapters.http.ApiRoutes;
import kz.medcert.adapters.http.Controller;
import kz.medcert.adapters.http.JsonAnswer;
import kz.medcert.adapters.http.RequestIds;
import kz.medcert.adapters.http.RequestProblems;
import kz.medcert.adapters.http.auth.Authentication;
import kz.medcert.adapters.http.auth.Role;
import kz.medcert.adapters.http.dto.AuditChainResponse;
import kz.medcert.adapters.http.dto.AuditEntryResponse;
import kz.medcert.application.port.in.audit.ReadAuditTrailUseCase;
import kz.medcert.application.port.in.audit.VerifyAuditChainUseCase;

/**
 * {@code GET /api/v1/requests/{id}/audit}: the request's audit trail (who did what, when, with consent references and
 * registry pulls), each entry with its place in the hash chain. Officers of the request's department and
 * administrators; another department's request is 404. {@code GET /api/v1/admin/audit/verification}: the whole chain
 * verified (administrators), naming the first broken entry.
 */
public final class AuditTrailController implements Controller {
    private final ReadAuditTrailUseCase trails;
    private final VerifyAuditChainUseCase chain;

    @Inject
    public AuditTrailController(ReadAuditTrailUseCase trails, VerifyAuditChainUseCase chain) {
        this.trails = Objects.requireNonNull(trails, "trails");
        this.chain = Objects.requireNonNull(chain, "chain");
    }

    @Override
    public void registerRoutes(ApiRoutes routes) {
        RequestProblems.register(routes);
        routes.allow(Role.OFFICER, Role.ADMIN).get("/requests/{id}/audit", this::trail);
        routes.allow(Role.ADMIN).get("/admin/audit/verification", this::verify);
    }

    private void verify(Context ctx) {
        JsonAnswer.plain(ctx.header("Cache-Control", "no-store"),
                AuditChainResponse.from(chain.verify(Authentication.actor(ctx))));
    }

    private void trail(Context ctx) {
        JsonAnswer.plain(ctx.header("Cache-Control", "no-store"), trails.read(Authentication.actor(ctx),
                RequestIds.of(ctx)).stream().map(AuditEntryResponse::from).toList());
    }
}
