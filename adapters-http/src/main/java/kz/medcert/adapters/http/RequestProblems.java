package kz.medcert.adapters.http;

import java.util.List;
import kz.medcert.adapters.http.dto.FieldError;
import kz.medcert.application.port.in.AccessDeniedException;
import kz.medcert.application.port.in.BusinessRuleException;
import kz.medcert.application.port.in.RequestConflictException;
import kz.medcert.application.port.in.StaleRequestException;
import kz.medcert.application.port.in.RequestNotFoundException;

/**
 * The answers to the journey use cases' exceptions: an unknown request (or another's) is 404, a step the caller may
 * not take at all is 403, a step the request's state does not allow (or a concurrent change) is 409, a step the law
 * does not allow is 422 naming the field at its cause. Each journey
 * controller registers them, so that any of them works alone; registering twice replaces a handler with the same one.
 */
final class RequestProblems {

    private RequestProblems() {
    }

    static void register(ApiRoutes routes) {
        routes.problem(RequestNotFoundException.class,
                        e -> new ProblemException(ProblemType.NOT_FOUND, "There is " + e.getMessage() + "."))
                .problem(AccessDeniedException.class,
                        e -> new ProblemException(ProblemType.FORBIDDEN, sentence(e.getMessage())))
                .problem(RequestConflictException.class,
                        e -> new ProblemException(ProblemType.CONFLICT, sentence(e.getMessage())))
                .problem(BusinessRuleException.class, e -> new ProblemException(ProblemType.BUSINESS_RULE_VIOLATION,
                        sentence(e.getMessage()), List.of(new FieldError(e.field(), e.getMessage()))))
                .problem(StaleRequestException.class,
                        e -> new ProblemException(ProblemType.PRECONDITION_FAILED, sentence(e.getMessage())));
    }

    /** The use case's message as a sentence: capitalised, with a full stop. */
    static String sentence(String message) {
        if (message == null || message.isBlank()) {
            return "The request is not in a state that allows this step.";
        }
        String text = Character.toUpperCase(message.charAt(0)) + message.substring(1);
        return text.endsWith(".") ? text : text + ".";
    }
}
