package kz.medcert.domain.request;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.medcert.domain.dossier.Dossier;

/** Everything a {@link CertificationRequest} holds, as a value that persistence adapters store and restore. */
public record RequestState(RequestId id, Applicant applicant, Instant startedAt, Dossier form, Consent consent,
                           List<RegistryFetch> fetches, FetchedFacts fetched, List<Attachment> attachments,
                           Optional<Submission> submission, RequestStatus status, List<HistoryEntry> history,
                           long version, Optional<Decision> decision) {

    public RequestState {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(consent, "consent");
        fetches = List.copyOf(fetches);
        Objects.requireNonNull(fetched, "fetched");
        attachments = List.copyOf(attachments);
        Objects.requireNonNull(submission, "submission");
        Objects.requireNonNull(status, "status");
        history = List.copyOf(history);
        Objects.requireNonNull(decision, "decision");
    }

    /** A state without a decision (every request before the officer decides). */
    public RequestState(RequestId id, Applicant applicant, Instant startedAt, Dossier form, Consent consent,
                        List<RegistryFetch> fetches, FetchedFacts fetched, List<Attachment> attachments,
                        Optional<Submission> submission, RequestStatus status, List<HistoryEntry> history,
                        long version) {
        this(id, applicant, startedAt, form, consent, fetches, fetched, attachments, submission, status, history,
                version, Optional.empty());
    }

    RequestState withDecision(Decision value) {
        return new RequestState(id, applicant, startedAt, form, consent, fetches, fetched, attachments, submission,
                status, history, version, Optional.of(value));
    }

    RequestState withConsent(Consent value) {
        return new RequestState(id, applicant, startedAt, form, value, fetches, fetched, attachments, submission,
                status, history, version, decision);
    }

    RequestState withFetches(List<RegistryFetch> value) {
        return new RequestState(id, applicant, startedAt, form, consent, value, fetched, attachments, submission,
                status, history, version, decision);
    }

    RequestState withFetched(FetchedFacts value) {
        return new RequestState(id, applicant, startedAt, form, consent, fetches, value, attachments, submission,
                status, history, version, decision);
    }

    RequestState withAttachments(List<Attachment> value) {
        return new RequestState(id, applicant, startedAt, form, consent, fetches, fetched, value, submission,
                status, history, version, decision);
    }

    RequestState withSubmission(Submission value) {
        return new RequestState(id, applicant, startedAt, form, consent, fetches, fetched, attachments,
                Optional.of(value), status, history, version, decision);
    }

    RequestState withStatus(RequestStatus value) {
        return new RequestState(id, applicant, startedAt, form, consent, fetches, fetched, attachments, submission,
                value, history, version, decision);
    }

    RequestState withHistory(List<HistoryEntry> value) {
        return new RequestState(id, applicant, startedAt, form, consent, fetches, fetched, attachments, submission,
                status, value, version, decision);
    }

    /** The same state as stored at {@code storedVersion}; for persistence adapters. */
    public RequestState atVersion(long storedVersion) {
        return new RequestState(id, applicant, startedAt, form, consent, fetches, fetched, attachments, submission,
                status, history, storedVersion, decision);
    }
}
