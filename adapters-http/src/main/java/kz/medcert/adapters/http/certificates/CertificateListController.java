package kz.medcert.adapters.http.certificates;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Optional;
import kz.medcert.adapters.http.ApiRoutes;
import kz.medcert.adapters.http.Controller;
import kz.medcert.adapters.http.HttpText;
import kz.medcert.adapters.http.JsonAnswer;
import kz.medcert.adapters.http.ProblemException;
import kz.medcert.adapters.http.ProblemType;
import kz.medcert.adapters.http.RequestProblems;
import kz.medcert.adapters.http.auth.Authentication;
import kz.medcert.adapters.http.auth.Role;
import kz.medcert.adapters.http.dto.HolderCertificatesResponse;
import kz.medcert.application.port.in.certificates.HolderNotFoundException;
import kz.medcert.application.port.in.certificates.ListCertificatesUseCase;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.reference.Explained;

/**
 * A holder's certificates: {@code GET /api/v1/certificates} for the holder themselves, {@code ?holder=<IIN>} for an
 * officer (within the department's reach, R71) or an administrator. A holder the caller may not see is 404, exactly
 * like one with no certificates.
 */
public final class CertificateListController implements Controller {
    static final String HOLDER = "holder";
    private final ListCertificatesUseCase certificates;

    @Inject
    public CertificateListController(ListCertificatesUseCase certificates) {
        this.certificates = Objects.requireNonNull(certificates, "certificates");
    }

    @Override
    public void registerRoutes(ApiRoutes routes) {
        RequestProblems.register(routes);
        routes.problem(HolderNotFoundException.class, e -> new ProblemException(ProblemType.NOT_FOUND,
                e.explanation()));
        routes.allow(Role.APPLICANT, Role.OFFICER, Role.ADMIN).get("/certificates", this::list);
    }

    private void list(Context ctx) {
        Actor actor = Authentication.actor(ctx);
        Optional<Iin> holder = holder(ctx);
        if (holder.isEmpty() && !(actor instanceof Actor.Applicant)) {
            throw ProblemException.invalidField(HOLDER, HttpText.HOLDER_REQUIRED.message());
        }
        JsonAnswer.json(ctx, HolderCertificatesResponse.from(certificates.list(actor, holder)));
    }

    private static Optional<Iin> holder(Context ctx) {
        String typed = ctx.queryParam(HOLDER);
        if (typed == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Iin.parse(typed.strip()));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(HOLDER, Explained.explanationOf(e));
        }
    }
}
