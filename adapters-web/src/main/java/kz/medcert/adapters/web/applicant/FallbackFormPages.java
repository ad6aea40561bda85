package kz.medcert.adapters.web.applicant;

import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import kz.medcert.adapters.web.Access;
import kz.medcert.adapters.web.Page.FieldProblem;
import kz.medcert.adapters.web.WebPages;
import kz.medcert.adapters.web.WebRequest;
import kz.medcert.adapters.web.WebRoutes;
import kz.medcert.adapters.web.i18n.Messages;
import kz.medcert.application.port.in.BusinessRuleException;
import kz.medcert.application.port.in.StaleRequestException;
import kz.medcert.application.port.in.reference.ReferenceDataUseCase;
import kz.medcert.application.port.in.requests.AmendFormUseCase;
import kz.medcert.application.port.in.requests.AmendFormUseCase.AmendFormCommand;
import kz.medcert.application.port.in.requests.GetRequestUseCase;
import kz.medcert.application.port.in.requests.RequestView;
import kz.medcert.domain.dossier.PostgraduateType;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.reference.EducationLevel;
import kz.medcert.domain.reference.Specialty;
import kz.medcert.domain.reference.SpecialtyCatalogue;
import kz.medcert.domain.request.RequestId;
import kz.medcert.domain.request.StateRegistry;

/**
 * The applicant's page for a registry that stays down (R21, R70): they declare what it would have supplied, the
 * browser's way to {@code PUT /api/v1/requests/{id}/form}. It is offered only while the API would take the amendment
 * (after the consent, before the submission) and a registry whose data the form holds is unavailable; elsewhere the
 * address leads back to the request. The form carries the version it was filled on, which the use case holds the
 * amendment to: sent after the request changed (a registry answered meanwhile, another tab amended it) it comes back
 * 412 with the request as it now is, as the officer's stale decisions do.
 */
public final class FallbackFormPages implements WebPages {
    /** What a problem of the whole form (not of one field) links to: the form. */
    static final String WHOLE_FORM = "fallback-form";

    private final GetRequestUseCase get;
    private final AmendFormUseCase amend;
    private final ReferenceDataUseCase reference;

    public FallbackFormPages(GetRequestUseCase get, AmendFormUseCase amend, ReferenceDataUseCase reference) {
        this.get = Objects.requireNonNull(get, "get");
        this.amend = Objects.requireNonNull(amend, "amend");
        this.reference = Objects.requireNonNull(reference, "reference");
    }

    @Override
    public void register(WebRoutes routes) {
        routes.get(ApplicantPages.BASE + "/requests/{id}/form", Access.APPLICANT, this::form);
        routes.post(ApplicantPages.BASE + "/requests/{id}/form", Access.APPLICANT, this::amend);
    }

    /** The form, the registries it stands in for, the version it was filled on, and what its pickers offer. */
    public record FallbackModel(RequestView view, Set<StateRegistry> registries, FallbackForm form, long version,
                                List<Specialty> specialties) {
        public String value(String field) {
            return form.value(field);
        }

        public boolean declares(StateRegistry registry) {
            return registries.contains(registry);
        }

        public List<Integer> rows(int count) {
            return java.util.stream.IntStream.range(0, count).boxed().toList();
        }

        public int educationRows() {
            return FallbackForm.EDUCATION_ROWS;
        }

        public int postgraduateRows() {
            return FallbackForm.POSTGRADUATE_ROWS;
        }

        public int certificateRows() {
            return FallbackForm.CERTIFICATE_ROWS;
        }

        public int employmentRows() {
            return FallbackForm.EMPLOYMENT_ROWS;
        }

        public List<EducationLevel> levels() {
            return List.of(EducationLevel.values());
        }

        public List<EducationField> fields() {
            return List.of(EducationField.values());
        }

        public List<PostgraduateType> postgraduateTypes() {
            return List.of(PostgraduateType.values());
        }
    }

    private void form(WebRequest request) {
        RequestView view = get.get(request.actor(), request.requestId());
        Set<StateRegistry> registries = FallbackForm.declarable(view.state());
        if (registries.isEmpty()) {
            request.redirect(ApplicantPages.requestPath(view.state().id()));
            return;
        }
        request.render("applicant/fallback.jte", request.page("fallback.title"),
                model(request, view, registries, FallbackForm.of(view.state().form())));
    }

    private void amend(WebRequest request) {
        RequestId id = request.requestId();
        RequestView view = get.get(request.actor(), id);
        Set<StateRegistry> registries = FallbackForm.declarable(view.state());
        if (registries.isEmpty()) {
            request.redirect(ApplicantPages.requestPath(id));
            return;
        }
        FallbackForm form = FallbackForm.read(request::form);
        Messages t = request.messages();
        SpecialtyCatalogue catalogue = new SpecialtyCatalogue(reference.referenceData().specialties());
        FallbackForm.Checked checked = form.check(view.state().form(), registries, catalogue, t);
        if (checked instanceof FallbackForm.Invalid invalid) {
            invalidForm(request, view, registries, form, invalid.problems());
            return;
        }
        try {
            amend.amend(request.actor(), id, new AmendFormCommand(((FallbackForm.Amended) checked).form(),
                    view.state().details()), OptionalLong.of(filledOn(request)));
        } catch (StaleRequestException e) {
            // filled on an older version: shown again, with what the applicant typed, on the request as it now is
            request.ctx().status(HttpStatus.PRECONDITION_FAILED);
            request.render("applicant/fallback.jte", request.page("fallback.title").withErrors(List.of(
                    new FieldProblem(WHOLE_FORM, t.t("fallback.stale")))),
                    model(request, get.get(request.actor(), id), registries, form));
            return;
        } catch (BusinessRuleException e) {
            invalidForm(request, view, registries, form, List.of(new FieldProblem(WHOLE_FORM,
                    t.t("form.error.whole", t.reason(e)))));
            return;
        }
        request.notice("fallback.done");
        request.redirect(ApplicantPages.requestPath(id) + "/checklist");
    }

    /** The version of the request the form was filled on; a value that is none is no version of it. */
    private static long filledOn(WebRequest request) {
        try {
            return Long.parseLong(request.form("version"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void invalidForm(WebRequest request, RequestView view, Set<StateRegistry> registries, FallbackForm form,
                             List<FieldProblem> problems) {
        request.renderInvalid("applicant/fallback.jte", request.page("fallback.title").withErrors(problems),
                model(request, view, registries, form));
    }

    private FallbackModel model(WebRequest request, RequestView view, Set<StateRegistry> registries,
                                FallbackForm form) {
        return new FallbackModel(view, registries, form, view.state().version(),
                request.messages().byName(reference.referenceData().specialties()));
    }
}
