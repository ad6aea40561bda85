package kz.medcert.adapters.web.standard;

import java.util.List;
import java.util.Objects;
import kz.medcert.adapters.web.Access;
import kz.medcert.adapters.web.WebPages;
import kz.medcert.adapters.web.WebRequest;
import kz.medcert.adapters.web.WebRoutes;
import kz.medcert.application.port.in.reference.ServiceStandardUseCase;
import kz.medcert.application.port.in.reference.ServiceStandardUseCase.Standard;
import kz.medcert.domain.evaluation.Ground;

/**
 * {@code /service}: the standard of the public service for anyone, signed in or not, in the page's language: what the
 * Order's appendices 2 and 6 state in rows 1–7 and 10 (R71–R83), the grounds for refusal of row 9 (R85–R90), the rule
 * set in force (R84) and the acts the rules cite (R98–R109). Row 8, the documents, depends on the person: the
 * service tells each applicant theirs.
 */
public final class ServiceStandardPages implements WebPages {
    private final ServiceStandardUseCase standard;

    public ServiceStandardPages(ServiceStandardUseCase standard) {
        this.standard = Objects.requireNonNull(standard, "standard");
    }

    /** What the page shows. */
    public record StandardModel(Standard standard, List<Ground> grounds) {
    }

    @Override
    public void register(WebRoutes routes) {
        routes.get("/service", Access.ANYONE, this::page);
    }

    private void page(WebRequest request) {
        request.render("standard.jte", request.page("standard.title"),
                new StandardModel(standard.standard(), List.of(Ground.values())));
    }
}
