package kz.medcert.adapters.http.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.medcert.adapters.http.dto.PublicCertificateResponse.CodeEntry;
import kz.medcert.application.port.in.requests.ListRequestsUseCase.RequestList;
import kz.medcert.application.port.in.requests.ListRequestsUseCase.RequestSummary;
import kz.medcert.domain.request.Decision;
import kz.medcert.domain.request.RequestState;
import kz.medcert.domain.request.Submission;

/**
 * {@code GET /api/v1/requests}: a page of the applicant's own requests, the newest first, with how many there are in
 * all. Field names are a public contract: add fields, never rename.
 */
public record RequestListResponse(long total, int offset, int limit, List<Entry> requests) {

    public static RequestListResponse from(RequestList list) {
        return new RequestListResponse(list.total(), list.offset(), list.limit(),
                list.requests().stream().map(Entry::from).toList());
    }

    /**
     * One request: its status, what it is for, when it was started and submitted, its registration day and decision due
     * date once submitted (R73, R78; null before), and the certificate once issued.
     */
    public record Entry(UUID id, String status, String category, CodeEntry specialty, Instant startedAt,
                        Instant submittedAt, LocalDate registeredOn, LocalDate decisionDue, String decision,
                        String certificateNumber, LocalDate issuedOn) {

        static Entry from(RequestSummary summary) {
            RequestState s = summary.request();
            var submission = s.submission();
            var issued = s.decision().filter(Decision.Issued.class::isInstance).map(Decision.Issued.class::cast);
            return new Entry(s.id().value(), s.status().name(), s.form().category().name(),
                    new CodeEntry(s.form().target().value(), summary.specialtyName()), s.startedAt(),
                    submission.map(Submission::submittedAt).orElse(null),
                    submission.map(Submission::registeredOn).orElse(null),
                    submission.map(Submission::decisionDue).orElse(null),
                    s.decision().map(d -> DecisionEntry.from(d).kind()).orElse(null),
                    issued.map(i -> i.number().value()).orElse(null), issued.map(Decision.Issued::issuedOn).orElse(null));
        }
    }
}
