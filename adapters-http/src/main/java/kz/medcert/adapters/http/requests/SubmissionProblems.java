package kz.medcert.adapters.http.requests;

import java.util.List;
import java.util.stream.Collectors;
import kz.medcert.adapters.http.FieldProblem;
import kz.medcert.adapters.http.HttpText;
import kz.medcert.adapters.http.ProblemException;
import kz.medcert.adapters.http.ProblemType;
import kz.medcert.adapters.http.SignatureReasonTexts;
import kz.medcert.application.port.in.requests.SubmitRequestUseCase.SubmitResult;
import kz.medcert.domain.evaluation.ChecklistItem;
import kz.medcert.domain.reference.LocalizedText;
import kz.medcert.domain.reference.Message;
import kz.medcert.domain.request.RegistryFetch;
import kz.medcert.domain.request.RequestStatus;

/**
 * The answers to a submission that is not accepted. Missing uploads and a bad signature are refusals of this
 * submission by a rule (R22, R17): 422, fixable by the applicant at once. A request still awaiting consent or a
 * registry is in a state that does not allow submission yet: 409, like any other step its state does not allow; it
 * resolves itself as the registries are retried (R21, R70). A signature that cannot be checked now is neither: 503
 * with {@code Retry-After}, nothing stored.
 */
final class SubmissionProblems {

    private SubmissionProblems() {
    }

    /** 422, one error per missing document: {@code uploads[DIPLOMA]}, or {@code uploads[DOCUMENT:subject]}. */
    static ProblemException missingUploads(SubmitResult.MissingUploads missing) {
        List<FieldProblem> errors = missing.missing().stream().map(slot -> missing(slot.item())).toList();
        return new ProblemException(ProblemType.BUSINESS_RULE_VIOLATION, HttpText.NOT_UPLOADED.message()
                .with("fields", errors.stream().map(FieldProblem::field).collect(Collectors.joining(", "))), errors);
    }

    static String uploadField(ChecklistItem item) {
        return "uploads[" + item.document() + item.subject().map(s -> ":" + s).orElse("") + "]";
    }

    // the document and its subject by their names in the reader's language (a subject stored before its words were
    // kept is shown as its key)
    private static FieldProblem missing(ChecklistItem item) {
        String rules = item.rules().stream().map(Enum::name).collect(Collectors.joining(", "));
        Message text = item.subject().isEmpty() ? HttpText.UPLOAD_DOCUMENT.message()
                : HttpText.UPLOAD_DOCUMENT_FOR.message().with("subject",
                item.subjectText().orElseGet(() -> LocalizedText.same(item.subject().orElseThrow())));
        return new FieldProblem(uploadField(item), text.with("document", item.document().localizedName())
                .with("rules", rules).with("basis", item.basis()));
    }

    /**
     * 422 naming {@code signature}, with the reason's code and its words, what the verifier found exactly, and the
     * digest of the content the EDS must sign (R17, R81).
     */
    static ProblemException invalidSignature(SubmitResult.InvalidSignature bad) {
        return new ProblemException(ProblemType.BUSINESS_RULE_VIOLATION, HttpText.SIGNATURE_INVALID.message()
                .with("detail", Message.verbatim(bad.detail())).with("digest", bad.contentDigest()),
                List.of(new FieldProblem("signature", SignatureReasonTexts.sentence(bad.reason()),
                        bad.reason().name())));
    }

    /**
     * 503: the signature could not be checked now (a revocation service of the certification authority did not
     * answer); nothing was stored, and the same submission sent again is checked again. The caller adds
     * {@code Retry-After}.
     */
    static ProblemException signatureUncheckable() {
        return new ProblemException(ProblemType.SERVICE_UNAVAILABLE, HttpText.SIGNATURE_UNCHECKABLE.message(),
                List.of(new FieldProblem("signature", SignatureReasonTexts.uncheckable(),
                        SignatureReasonTexts.UNCHECKABLE_CODE)));
    }

    /** 409: consent not yet answered, or registries still awaited, each with why it waits and when it is retried. */
    static ProblemException notReady(SubmitResult.NotReady notReady) {
        if (notReady.status() == RequestStatus.AWAITING_CONSENT || notReady.waitingFor().isEmpty()) {
            return new ProblemException(ProblemType.CONFLICT, HttpText.NOT_READY_CONSENT.message()
                    .with("status", notReady.status().localizedName()),
                    List.of(new FieldProblem("consent", HttpText.CONSENT_NOT_ANSWERED.message())));
        }
        List<FieldProblem> errors = notReady.waitingFor().stream().map(SubmissionProblems::waiting).toList();
        return new ProblemException(ProblemType.CONFLICT, HttpText.NOT_READY_REGISTRIES.message()
                .with("registries", notReady.waitingFor().stream().map(f -> f.registry().localizedName()).toList()),
                errors);
    }

    // the failure is the registry adapter's own words, as it reported them
    private static FieldProblem waiting(RegistryFetch fetch) {
        Message state;
        if (fetch.status() == RegistryFetch.FetchStatus.PENDING) {
            state = HttpText.REGISTRY_NOT_ASKED.message();
        } else {
            boolean next = fetch.nextAttemptAt().isPresent();
            state = fetch.failure().isPresent()
                    ? (next ? HttpText.REGISTRY_FAILED_BECAUSE_NEXT : HttpText.REGISTRY_FAILED_BECAUSE).message()
                    .with("reason", fetch.failure().orElseThrow())
                    : (next ? HttpText.REGISTRY_FAILED_NEXT : HttpText.REGISTRY_FAILED).message();
            state = state.with("attempts", fetch.attempts());
            if (next) {
                state = state.with("at", fetch.nextAttemptAt().orElseThrow());
            }
        }
        return new FieldProblem("registries[" + fetch.registry() + "]", state);
    }
}
