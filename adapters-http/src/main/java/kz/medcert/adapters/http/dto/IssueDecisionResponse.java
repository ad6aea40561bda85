package kz.medcert.adapters.http.dto;

import kz.medcert.application.port.in.decisions.DecideRequestUseCase.Issued;

/** The officer's decision to issue: the number of the new certificate and the request, now ISSUED (R74, R75). */
public record IssueDecisionResponse(String certificateNumber, RequestResponse request) {

    public static IssueDecisionResponse from(Issued issued) {
        return new IssueDecisionResponse(issued.number().value(), RequestResponse.from(issued.request()));
    }
}
