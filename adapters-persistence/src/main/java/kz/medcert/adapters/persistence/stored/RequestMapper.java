package kz.medcert.adapters.persistence.stored;

import static kz.medcert.adapters.persistence.stored.DossierMapper.each;

import java.util.Optional;
import kz.medcert.domain.request.ApplicationDetails;
import kz.medcert.domain.request.Attachment;
import kz.medcert.domain.request.Consent;
import kz.medcert.domain.request.HistoryEntry;
import kz.medcert.domain.request.RegistryFetch;
import kz.medcert.domain.request.RequestId;
import kz.medcert.domain.request.RequestState;
import kz.medcert.domain.request.Submission;

/**
 * A request's state to and from the stored form: the request itself and its consent, registry fetches, uploads,
 * submission and history here; the applicant, the form, the registries' answers, the evaluation and the decision in
 * mappers of their own. Every domain value is built through its constructor, so a stored row is checked again by the
 * domain's invariants on reading.
 */
final class RequestMapper {

    private RequestMapper() {
    }

    static StoredRequest toStored(RequestState s) {
        return new StoredRequest(s.id().value(), ApplicantMapper.toStored(s.applicant()), s.startedAt(),
                DossierMapper.toStored(s.form()), toStored(s.consent()), each(s.fetches(), RequestMapper::toStored),
                FetchedFactsMapper.toStored(s.fetched()), each(s.attachments(), RequestMapper::toStored),
                s.submission().map(RequestMapper::toStored).orElse(null), s.status(),
                each(s.history(), RequestMapper::toStored), s.decision().map(DecisionMapper::toStored).orElse(null),
                toStored(s.details()), s.statements());
    }

    /** The state at {@code version}, which the row keeps beside the stored form. */
    static RequestState toDomain(StoredRequest s, long version) {
        return new RequestState(new RequestId(s.id()), ApplicantMapper.toDomain(s.applicant()), s.startedAt(),
                DossierMapper.toDomain(s.form()), toDomain(s.consent()), each(s.fetches(), RequestMapper::toDomain),
                FetchedFactsMapper.toDomain(s.fetched()), each(s.attachments(), RequestMapper::toDomain),
                Optional.ofNullable(s.submission()).map(RequestMapper::toDomain), s.status(),
                each(s.history(), RequestMapper::toDomain), version,
                Optional.ofNullable(s.decision()).map(DecisionMapper::toDomain), toDomain(s.details()),
                s.statements());
    }

    static StoredRequest.Details toStored(ApplicationDetails d) {
        return new StoredRequest.Details(d.qualificationLevel().orElse(null),
                d.organisation().map(DossierRecordMapper::toStored).orElse(null), d.language().orElse(null));
    }

    static ApplicationDetails toDomain(StoredRequest.Details s) {
        return new ApplicationDetails(Optional.ofNullable(s.qualificationLevel()),
                Optional.ofNullable(s.organisation()).map(DossierRecordMapper::toDomain),
                Optional.ofNullable(s.language()));
    }

    static StoredRequest.Consent toStored(Consent c) {
        return new StoredRequest.Consent(c.status(), c.reference().orElse(null), c.channel().orElse(null),
                c.requestedAt().orElse(null), c.answeredAt().orElse(null));
    }

    static Consent toDomain(StoredRequest.Consent s) {
        return new Consent(s.status(), Optional.ofNullable(s.reference()), Optional.ofNullable(s.channel()),
                Optional.ofNullable(s.requestedAt()), Optional.ofNullable(s.answeredAt()));
    }

    static StoredRequest.Fetch toStored(RegistryFetch f) {
        return new StoredRequest.Fetch(f.registry(), f.status(), f.attempts(), f.lastAttemptAt().orElse(null),
                f.failure().orElse(null), f.nextAttemptAt().orElse(null), f.unavailableSince().orElse(null));
    }

    static RegistryFetch toDomain(StoredRequest.Fetch s) {
        return new RegistryFetch(s.registry(), s.status(), s.attempts(), Optional.ofNullable(s.lastAttemptAt()),
                Optional.ofNullable(s.failure()), Optional.ofNullable(s.nextAttemptAt()),
                Optional.ofNullable(s.unavailableSince()));
    }

    static StoredRequest.Attachment toStored(Attachment a) {
        return new StoredRequest.Attachment(a.id(), a.document(), a.subject().orElse(null), a.fileName(),
                a.mediaType(), a.size(), a.sha256(), a.foreignLanguage(), a.translates().orElse(null),
                a.attachedAt());
    }

    static Attachment toDomain(StoredRequest.Attachment s) {
        return new Attachment(s.id(), s.document(), Optional.ofNullable(s.subject()), s.fileName(), s.mediaType(),
                s.size(), s.sha256(), s.foreignLanguage(), Optional.ofNullable(s.translates()), s.attachedAt());
    }

    static StoredRequest.Submission toStored(Submission s) {
        return new StoredRequest.Submission(s.submittedAt(), s.registeredOn(), s.decisionDue(), s.contentDigest(),
                s.signature(), EvaluationMapper.toStored(s.evaluation()));
    }

    static Submission toDomain(StoredRequest.Submission s) {
        return new Submission(s.submittedAt(), s.registeredOn(), s.decisionDue(), s.contentDigest(), s.signature(),
                EvaluationMapper.toDomain(s.evaluation()));
    }

    static StoredRequest.HistoryEntry toStored(HistoryEntry h) {
        return new StoredRequest.HistoryEntry(h.at(), h.event(), h.detail(), h.actor());
    }

    static HistoryEntry toDomain(StoredRequest.HistoryEntry s) {
        return new HistoryEntry(s.at(), s.event(), s.detail(), s.actor());
    }
}
