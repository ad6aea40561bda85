package kz.medcert.adapters.http;

import java.util.List;
import java.util.stream.Collectors;
import kz.medcert.adapters.http.dto.FieldError;
import kz.medcert.application.port.in.SubmitRequestUseCase.SubmitResult;
import kz.medcert.domain.evaluation.ChecklistItem;
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
        List<FieldError> errors = missing.missing().stream().map(slot -> missing(slot.item())).toList();
        return new ProblemException(ProblemType.BUSINESS_RULE_VIOLATION, "The request cannot be submitted: "
                + errors.size() + (errors.size() == 1 ? " required document is" : " required documents are")
                + " not uploaded (R22): " + errors.stream().map(FieldError::field).collect(Collectors.joining(", "))
                + ".", errors);
    }

    static String uploadField(ChecklistItem item) {
        return "uploads[" + item.document() + item.subject().map(s -> ":" + s).orElse("") + "]";
    }

    private static FieldError missing(ChecklistItem item) {
        String rules = item.rules().stream().map(Enum::name).collect(Collectors.joining(", "));
        return new FieldError(uploadField(item), "upload " + item.document().localizedName().en()
                + item.subject().map(s -> " (for " + s + ")").orElse("") + " as PDF, JPEG or PNG; required by "
                + rules + ": " + item.basis());
    }

    /**
     * 422 naming {@code signature}, with the reason's code and its words, what the verifier found exactly, and the
     * digest of the content the EDS must sign (R17, R81).
     */
    static ProblemException invalidSignature(SubmitResult.InvalidSignature bad) {
        return new ProblemException(ProblemType.BUSINESS_RULE_VIOLATION, "The signature is not accepted as the "
                + "applicant's EDS over the current content of the request (R17, R81): " + bad.detail() + ". Sign "
                + "the current content (contentToSign, whose SHA-256 is contentDigest " + bad.contentDigest()
                + ") with a valid EDS of the applicant.",
                List.of(new FieldError("signature", SignatureReasonTexts.sentence(bad.reason()), bad.reason().name())));
    }

    /**
     * 503: the signature could not be checked now (a revocation service of the certification authority did not
     * answer); nothing was stored, and the same submission sent again is checked again. The caller adds
     * {@code Retry-After}.
     */
    static ProblemException signatureUncheckable() {
        return new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "The signature cannot be checked at the moment "
                + "(R17): the certification authority's service did not answer. Nothing was stored; send the same "
                + "submission again after the Retry-After delay.", List.of(new FieldError("signature",
                SignatureReasonTexts.UNCHECKABLE, SignatureReasonTexts.UNCHECKABLE_CODE)));
    }

    /** 409: consent not yet answered, or registries still awaited, each with why it waits and when it is retried. */
    static ProblemException notReady(SubmitResult.NotReady notReady) {
        if (notReady.status() == RequestStatus.AWAITING_CONSENT || notReady.waitingFor().isEmpty()) {
            return new ProblemException(ProblemType.CONFLICT, "The request cannot be submitted yet: it is "
                    + notReady.status() + "; give or decline consent first (R60, R61).",
                    List.of(new FieldError("consent", "has not been given or declined")));
        }
        List<FieldError> errors = notReady.waitingFor().stream().map(SubmissionProblems::waiting).toList();
        return new ProblemException(ProblemType.CONFLICT, "The request cannot be submitted yet: waiting for "
                + notReady.waitingFor().stream().map(f -> f.registry().name()).collect(Collectors.joining(", "))
                + "; they are asked again automatically, or with POST .../fetch (R21, R70).", errors);
    }

    private static FieldError waiting(RegistryFetch fetch) {
        String state = fetch.status() == RegistryFetch.FetchStatus.PENDING ? "not asked yet"
                : "failed after " + fetch.attempts() + (fetch.attempts() == 1 ? " attempt" : " attempts")
                + fetch.failure().map(reason -> ": " + reason).orElse("")
                + fetch.nextAttemptAt().map(at -> "; next attempt at " + at).orElse("");
        return new FieldError("registries[" + fetch.registry() + "]", state);
    }
}
