package kz.medcert.adapters.http.certificates;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Objects;
import kz.medcert.adapters.http.ApiRoutes;
import kz.medcert.adapters.http.Controller;
import kz.medcert.adapters.http.HttpText;
import kz.medcert.adapters.http.JsonAnswer;
import kz.medcert.adapters.http.ProblemException;
import kz.medcert.adapters.http.ProblemType;
import kz.medcert.adapters.http.RequestProblems;
import kz.medcert.adapters.http.auth.Authentication;
import kz.medcert.adapters.http.auth.Role;
import kz.medcert.adapters.http.dto.RevocationRequest;
import kz.medcert.application.port.in.certificates.CertificateNotFoundException;
import kz.medcert.application.port.in.certificates.RevokeCertificateUseCase;
import kz.medcert.domain.certificate.CertificateNumber;
import kz.medcert.domain.certificate.CertificateNumbers;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.evaluation.Ground;

/**
 * {@code POST /api/v1/certificates/{number}/revocation}: an officer of the issuing department revokes a certificate on
 * a court decision (R88, R89), naming the ground and the decision; the public verification then shows it REVOKED.
 * 404 for an unknown number or another department's certificate, 409 when it is already revoked.
 */
public final class RevocationController implements Controller {
    private static final int MAX_REASON_LENGTH = 2_000;

    private final RevokeCertificateUseCase revocations;

    @Inject
    public RevocationController(RevokeCertificateUseCase revocations) {
        this.revocations = Objects.requireNonNull(revocations, "revocations");
    }

    @Override
    public void registerRoutes(ApiRoutes routes) {
        RequestProblems.register(routes);
        routes.problem(CertificateNotFoundException.class, e -> new ProblemException(ProblemType.NOT_FOUND,
                HttpText.CERTIFICATE_NOT_IN_DEPARTMENT.message().with("number", e.number().value())));
        routes.allow(Role.OFFICER).post("/certificates/{number}/revocation", RevocationRequest.class, this::revoke);
    }

    private void revoke(Context ctx, RevocationRequest body) {
        String typed = ctx.pathParam("number").strip().toUpperCase(Locale.ROOT);
        CertificateNumbers.invalidity(typed).ifPresent(problem -> {
            throw ProblemException.invalidField("number", problem);
        });
        Ground ground = ground(body.ground());
        String reason = body.reason() == null ? "" : body.reason().strip();
        if (reason.isEmpty() || reason.length() > MAX_REASON_LENGTH) {
            throw ProblemException.invalidField("reason", HttpText.REVOCATION_REASON_FIELD.message()
                    .with("max", MAX_REASON_LENGTH));
        }
        IssuedCertificate revoked = revocations.revoke(Authentication.actor(ctx), new CertificateNumber(typed), ground,
                reason);
        var revocation = revoked.revocation().orElseThrow();
        JsonAnswer.json(ctx, new RevocationResponse(revoked.number().value(), "REVOKED",
                revocation.revokedOn().toString(), revocation.ground(), revocation.reason()));
    }

    private static Ground ground(String code) {
        for (Ground ground : RevokeCertificateUseCase.REVOCATION_GROUNDS) {
            if (ground.name().equals(code)) {
                return ground;
            }
        }
        throw ProblemException.invalidField("ground", HttpText.REVOCATION_GROUND_FIELD.message());
    }

    /** The certificate as revoked: its number, status, the day the revocation takes effect, ground and decision. */
    public record RevocationResponse(String number, String status, String revokedOn, String ground, String reason) {
    }
}
