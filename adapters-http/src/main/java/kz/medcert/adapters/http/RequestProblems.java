package kz.medcert.adapters.http;

import java.util.List;
import kz.medcert.application.port.in.AccessDeniedException;
import kz.medcert.application.port.in.BusinessRuleException;
import kz.medcert.application.port.in.RequestConflictException;
import kz.medcert.application.port.in.StaleRequestException;
import kz.medcert.application.port.in.RequestNotFoundException;

/**
 * The answers to the journey use cases' exceptions, each with the use case's words in the reader's language (as a
 * sentence): an unknown request (or another's) is 404, a step the caller may not take at all is 403, a step the
 * request's state does not allow (or a concurrent change) is 409, a step the law does not allow is 422 naming the field
 * at its cause. Each journey
 * controller registers them, so that any of them works alone; registering twice replaces a handler with the same one.
 */
public final class RequestProblems {

    private RequestProblems() {
    }

    public static void register(ApiRoutes routes) {
        routes.problem(RequestNotFoundException.class,
                        e -> new ProblemException(ProblemType.NOT_FOUND, e.explanation()))
                .problem(AccessDeniedException.class,
                        e -> new ProblemException(ProblemType.FORBIDDEN, e.explanation()))
                .problem(RequestConflictException.class,
                        e -> new ProblemException(ProblemType.CONFLICT, e.explanation()))
                .problem(BusinessRuleException.class, e -> new ProblemException(ProblemType.BUSINESS_RULE_VIOLATION,
                        e.explanation(), List.of(new FieldProblem(e.field(), e.explanation()))))
                .problem(StaleRequestException.class,
                        e -> new ProblemException(ProblemType.PRECONDITION_FAILED, e.explanation()));
    }
}
