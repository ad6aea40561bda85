package kz.medcert.domain.request;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.medcert.domain.dossier.Dossier;

/**
 * Everything a {@link CertificationRequest} holds, as a value that persistence adapters store and restore.
 *
 * @param details    what the form asks beyond the dossier: the qualification level applied for, the organisation
 * @param statements the form's fixed statements the applicant signs (R92, R93), in the form's order: those of the
 *                   form of its category for a request started since they are signed, none for one stored before
 */
public record RequestState(RequestId id, Applicant applicant, Instant startedAt, Dossier form, Consent consent,
                           List<RegistryFetch> fetches, FetchedFacts fetched, List<Attachment> attachments,
                           Optional<Submission> submission, RequestStatus status, List<HistoryEntry> history,
                           long version, Optional<Decision> decision, ApplicationDetails details,
                           List<FormStatement> statements) {

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
        statements = List.copyOf(statements);
        // R92, R93: a request carries only statements its form has, each once and in the form's order
        List<FormStatement> ofForm = FormStatement.ofForm(form.category());
        if (!ofForm.stream().filter(statements::contains).toList().equals(statements)) {
            throw new IllegalArgumentException("the " + form.category() + " form's statements are " + ofForm
                    + ", in that order, each at most once; not " + statements);
        }
    }

    /** A state carrying none of the form's statements: a request stored before they were signed (format 7). */
    public RequestState(RequestId id, Applicant applicant, Instant startedAt, Dossier form, Consent consent,
                        List<RegistryFetch> fetches, FetchedFacts fetched, List<Attachment> attachments,
                        Optional<Submission> submission, RequestStatus status, List<HistoryEntry> history,
                        long version, Optional<Decision> decision, ApplicationDetails details) {
        this(id, applicant, startedAt, form, consent, fetches, fetched, attachments, submission, status, history,
                version, decision, details, List.of());
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
                status, history, version, Optional.of(value), details, statements);
    }

    RequestState withConsent(Consent value) {
        return new RequestState(id, applicant, startedAt, form, value, fetches, fetched, attachments, submission,
                status, history, version, decision, details, statements);
    }

    RequestState withFetches(List<RegistryFetch> value) {
        return new RequestState(id, applicant, startedAt, form, consent, value, fetched, attachments, submission,
                status, history, version, decision, details, statements);
    }

    RequestState withFetched(FetchedFacts value) {
        return new RequestState(id, applicant, startedAt, form, consent, fetches, value, attachments, submission,
                status, history, version, decision, details, statements);
    }

    RequestState withAttachments(List<Attachment> value) {
        return new RequestState(id, applicant, startedAt, form, consent, fetches, fetched, value, submission,
                status, history, version, decision, details, statements);
    }

    RequestState withSubmission(Submission value) {
        return new RequestState(id, applicant, startedAt, form, consent, fetches, fetched, attachments,
                Optional.of(value), status, history, version, decision, details, statements);
    }

    RequestState withStatus(RequestStatus value) {
        return new RequestState(id, applicant, startedAt, form, consent, fetches, fetched, attachments, submission,
                value, history, version, decision, details, statements);
    }

    RequestState withHistory(List<HistoryEntry> value) {
        return new RequestState(id, applicant, startedAt, form, consent, fetches, fetched, attachments, submission,
                status, value, version, decision, details, statements);
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
                status, history, storedVersion, decision, details, statements);
    }
}
