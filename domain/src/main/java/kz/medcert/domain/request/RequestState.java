package kz.medcert.domain.request;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.medcert.domain.dossier.Dossier;

/**
 * Everything a {@link CertificationRequest} holds, as a value that persistence adapters store and restore.
 *
 * @param details what the form asks beyond the dossier: the qualification level applied for, the organisation
 */
public record RequestState(RequestId id, Applicant applicant, Instant startedAt, Dossier form, Consent consent,
                           List<RegistryFetch> fetches, FetchedFacts fetched, List<Attachment> attachments,
                           Optional<Submission> submission, RequestStatus status, List<HistoryEntry> history,
                           long version, Optional<Decision> decision, ApplicationDetails details) {

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
        Objects.requireNonNull(details, "details");
        // R15: the form names the level applied for exactly when it asks for one
        if (details.qualificationLevel().isPresent() && !form.requestsQualificationLevel()) {
            throw new IllegalArgumentException("a qualification level is named only when one is applied for");
        }
    }

    /** A state with nothing asked beyond the dossier (no level named, no organisation). */
    public RequestState(RequestId id, Applicant applicant, Instant startedAt, Dossier form, Consent consent,
                        List<RegistryFetch> fetches, FetchedFacts fetched, List<Attachment> attachments,
                        Optional<Submission> submission, RequestStatus status, List<HistoryEntry> history,
                        long version, Optional<Decision> decision) {
        this(id, applicant, startedAt, form, consent, fetches, fetched, attachments, submission, status, history,
                version, decision, ApplicationDetails.NONE);
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
                status, history, version, Optional.of(value), details);
    }

    RequestState withConsent(Consent value) {
        return new RequestState(id, applicant, startedAt, form, value, fetches, fetched, attachments, submission,
                status, history, version, decision, details);
    }

    RequestState withFetches(List<RegistryFetch> value) {
        return new RequestState(id, applicant, startedAt, form, consent, value, fetched, attachments, submission,
                status, history, version, decision, details);
    }

    RequestState withFetched(FetchedFacts value) {
        return new RequestState(id, applicant, startedAt, form, consent, fetches, value, attachments, submission,
                status, history, version, decision, details);
    }

    RequestState withAttachments(List<Attachment> value) {
        return new RequestState(id, applicant, startedAt, form, consent, fetches, fetched, value, submission,
                status, history, version, decision, details);
    }

    RequestState withSubmission(Submission value) {
        return new RequestState(id, applicant, startedAt, form, consent, fetches, fetched, attachments,
                Optional.of(value), status, history, version, decision, details);
    }

    RequestState withStatus(RequestStatus value) {
        return new RequestState(id, applicant, startedAt, form, consent, fetches, fetched, attachments, submission,
                value, history, version, decision, details);
    }

    RequestState withHistory(List<HistoryEntry> value) {
        return new RequestState(id, applicant, startedAt, form, consent, fetches, fetched, attachments, submission,
                status, value, version, decision, details);
    }

    /**
     * Whether the request still asks this registry: while it waits for the registries, every one not answered; after
     * that, up to the decision, one unavailable for the applicant, whose answer still wins (R21, R70).
     */
    public boolean stillAsks(RegistryFetch fetch) {
        return switch (status) {
            case AWAITING_REGISTRIES -> !fetch.done();
            case AWAITING_DOCUMENTS, ACCEPTED, REFUSAL_PROPOSED -> fetch.unavailable();
            default -> false;
        };
    }

    /** Whether some registry is still asked for this request (the retry worker's list, R21, R70). */
    public boolean asksRegistries() {
        return fetches.stream().anyMatch(this::stillAsks);
    }

    /** Who the applicant is for the service: the state database of individuals first (R03, R69, R71, R75). */
    public ApplicantIdentity identity() {
        return ApplicantIdentity.of(this);
    }

    /** The same state as stored at {@code storedVersion}; for persistence adapters. */
    public RequestState atVersion(long storedVersion) {
        return new RequestState(id, applicant, startedAt, form, consent, fetches, fetched, attachments, submission,
                status, history, storedVersion, decision, details);
    }
}
