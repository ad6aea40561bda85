package kz.medcert.adapters.http.dto;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.medcert.adapters.http.dto.EvaluationResponse.ChecklistEntry;
import kz.medcert.adapters.http.dto.EvaluationResponse.DateRange;
import kz.medcert.application.port.in.requests.RequestView;
import kz.medcert.domain.evaluation.ChecklistItem;
import kz.medcert.domain.request.Applicant;
import kz.medcert.domain.request.ApplicantIdentity;
import kz.medcert.domain.request.Attachment;
import kz.medcert.domain.request.Consent;
import kz.medcert.domain.request.FormStatement;
import kz.medcert.domain.request.RegistryFetch;
import kz.medcert.domain.request.RequestState;
import kz.medcert.domain.request.StateRegistry;
import kz.medcert.domain.request.Submission;
import kz.medcert.domain.request.UploadSlot;

/**
 * A request for the public service as the applicant sees it: status, consent, each registry's state and what it
 * returned (R70), the declared form, the checklist with what is satisfied and what fills each upload slot, what is
 * still missing, the uploads, the content the EDS signs and its digest (R17), the submission once accepted (R73,
 * R78), the evaluation and the history, and the form's statements the signature makes (R92, R93). Field names are a
 * public contract: add fields, never rename.
 */
public record RequestResponse(UUID id, String status, Instant startedAt, ApplicantEntry applicant,
                              ConsentEntry consent, List<RegistryEntry> registries,
                              List<FetchedDataResponse> fetched, FormResponse form,
                              List<RequestChecklistEntry> checklist, List<MissingUploadEntry> missingUploads,
                              List<AttachmentEntry> attachments, String contentDigest, String contentToSign,
                              SubmissionEntry submission,
                              EvaluationResponse evaluation, List<HistoryItem> history, DecisionEntry decision,
                              RefusalDraftEntry refusalDraft, List<StatementEntry> statements) {

    public static RequestResponse from(RequestView view) {
        RequestState s = view.state();
        return new RequestResponse(s.id().value(), s.status().name(), s.startedAt(), ApplicantEntry.from(s),
                ConsentEntry.from(s.consent()), FormResponse.map(s.fetches(), RegistryEntry::from),
                FetchedDataResponse.from(s), FormResponse.from(s.form(), s.details()),
                FormResponse.map(view.evaluation().checklist(), item -> RequestChecklistEntry.from(item, view)),
                FormResponse.map(view.missingUploads(), MissingUploadEntry::from),
                FormResponse.map(s.attachments(), AttachmentEntry::from), view.contentDigest(), view.contentToSign(),
                s.submission().map(SubmissionEntry::from).orElse(null), EvaluationResponse.from(view.evaluation()),
                FormResponse.map(s.history(), h -> new HistoryItem(h.at(), h.event(), h.detail(), h.actor())),
                s.decision().map(DecisionEntry::from).orElse(null), refusalDraft(view),
                FormResponse.map(s.statements(), StatementEntry::from));
    }

    // R91: while the officer decides, the rules' refusal pre-fills theirs
    private static RefusalDraftEntry refusalDraft(RequestView view) {
        return view.state().status().awaitsDecision()
                ? view.evaluation().outcome().fold(eligible -> null, RefusalDraftEntry::from) : null;
    }

    /**
     * The service recipient: the name the certificate is issued in and the region whose department receives the
     * request, as the state database of individuals holds them ({@code nameSource}, {@code regionSource}:
     * {@code REGISTRY}, or {@code DECLARED} where no registry holds them; R69, R71, R75), the citizenship that picks
     * the service ({@code category}, R03), a registered change of name with its source (R54, R65), how to reach them
     * (Appendix 5), and what they typed ({@code declared}), kept as their statement.
     */
    public record ApplicantEntry(String iin, String surname, String givenName, String patronymic, String fullName,
                                 String region, String nameSource, String regionSource, String citizenship,
                                 String citizenshipSource, String category, NameChangeEntry nameChange,
                                 String postalAddress, String phone, DeclaredEntry declared) {
        static ApplicantEntry from(RequestState s) {
            ApplicantIdentity id = s.identity();
            Applicant a = s.applicant();
            return new ApplicantEntry(a.iin().value(), id.name().surname(), id.name().givenName(),
                    id.name().patronymic().orElse(null), id.name().fullName(), id.region().map(Enum::name).orElse(null),
                    id.nameSource().name(), id.regionSource().name(), id.citizenship().map(Object::toString)
                    .orElse(null), id.citizenshipSource().name(), id.category().name(), NameChangeEntry.from(s),
                    a.contact().postalAddress().orElse(null), a.contact().phone().orElse(null),
                    new DeclaredEntry(a.name().surname(), a.name().givenName(), a.name().patronymic().orElse(null),
                            a.name().fullName(), a.region().map(Enum::name).orElse(null)));
        }
    }

    /** What the applicant typed about themselves: their statement, outranked by the registry (R69, R71). */
    public record DeclaredEntry(String surname, String givenName, String patronymic, String fullName, String region) {
    }

    /** R54, R65: whether the civil registry holds a change of name, with its source and when it answered. */
    public record NameChangeEntry(boolean onRecord, String source, Instant fetchedAt) {
        static NameChangeEntry from(RequestState s) {
            return s.fetches().stream().filter(f -> f.registry() == StateRegistry.NAME_CHANGES && f.done())
                    .findFirst().flatMap(f -> s.fetched().nameChangeOnRecord().map(onRecord ->
                            new NameChangeEntry(onRecord, f.registry().name(), f.lastAttemptAt().orElse(null))))
                    .orElse(null);
        }
    }

    /** Consent to access restricted personal data (R60, R61): where the code went and when it was answered. */
    public record ConsentEntry(String status, String channel, String reference, Instant requestedAt,
                               Instant answeredAt) {
        static ConsentEntry from(Consent c) {
            return new ConsentEntry(c.status().name(), c.channel().orElse(null), c.reference().orElse(null),
                    c.requestedAt().orElse(null), c.answeredAt().orElse(null));
        }
    }

    /**
     * One registry look-up: why it waits (the failure) and when it is asked again (R21, R70); {@code UNAVAILABLE}
     * since {@code unavailableSince} when it was given up on for the applicant, who uploads in its place while it is
     * still asked; {@code answeredLate} once it answered after that.
     */
    public record RegistryEntry(String registry, String status, int attempts, Instant lastAttemptAt, String failure,
                                Instant nextAttemptAt, List<String> rules, Instant unavailableSince,
                                boolean answeredLate) {
        static RegistryEntry from(RegistryFetch f) {
            return new RegistryEntry(f.registry().name(), f.status().name(), f.attempts(),
                    f.lastAttemptAt().orElse(null), f.failure().orElse(null), f.nextAttemptAt().orElse(null),
                    f.registry().rules().stream().map(Enum::name).toList(), f.unavailableSince().orElse(null),
                    f.answeredLate());
        }
    }

    /**
     * A checklist item as in the evaluation, and for the items the applicant uploads the slot: whether submission
     * waits for it (R22) and which attachments fill it; {@code upload} is null for the others. {@code fallbackFor}
     * names the state registry whose place the applicant's upload takes because it was unavailable (R21, R70), and
     * {@code registryAnsweredAt} when that registry answered after all (its data are in {@code fetched}); both null
     * otherwise.
     */
    public record RequestChecklistEntry(String document, LocalizedTextResponse documentName, String obligation,
                                        String source, Boolean satisfied, BigDecimal minimumCredits,
                                        DateRange window, String subject, List<String> rules, String basis,
                                        UploadEntry upload, String fallbackFor, Instant registryAnsweredAt,
                                        LocalizedTextResponse subjectText) {
        static RequestChecklistEntry from(ChecklistItem item, RequestView view) {
            ChecklistEntry e = ChecklistEntry.from(item);
            Optional<UploadSlot> slot = view.uploadSlots().stream().filter(s -> s.item().equals(item)).findFirst();
            Optional<StateRegistry> fallback = slot.flatMap(UploadSlot::fallbackFor);
            Instant answeredAt = fallback.flatMap(registry -> view.state().fetches().stream()
                    .filter(f -> f.registry() == registry && f.answeredLate()).findFirst())
                    .flatMap(RegistryFetch::lastAttemptAt).orElse(null);
            return new RequestChecklistEntry(e.document(), e.documentName(), e.obligation(), e.source(),
                    e.satisfied(), e.minimumCredits(), e.window(), e.subject(), e.rules(), e.basis(),
                    slot.map(UploadEntry::from).orElse(null), fallback.map(Enum::name).orElse(null), answeredAt,
                    e.subjectText());
        }
    }

    /** An upload slot: required before submission, filled, and by which attachments. */
    public record UploadEntry(boolean required, boolean filled, List<UUID> attachmentIds) {
        static UploadEntry from(UploadSlot slot) {
            return new UploadEntry(slot.required(), slot.filled(),
                    slot.uploads().stream().map(Attachment::id).toList());
        }
    }

    /**
     * A required upload still missing: the document, for what (subject, and in words), the rules and the legal basis,
     * and the registry whose place it takes when it stands in for one that was unavailable (R21, R70; null otherwise).
     */
    public record MissingUploadEntry(String document, LocalizedTextResponse documentName, String subject,
                                     List<String> rules, String basis, String fallbackFor,
                                     LocalizedTextResponse subjectText) {
        public static MissingUploadEntry from(UploadSlot slot) {
            ChecklistItem item = slot.item();
            return new MissingUploadEntry(item.document().name(),
                    LocalizedTextResponse.from(item.document().localizedName()), item.subject().orElse(null),
                    item.rules().stream().map(Enum::name).toList(), item.basis(),
                    slot.fallbackFor().map(Enum::name).orElse(null), ChecklistEntry.subjectText(item));
        }
    }

    /** An uploaded electronic copy (R19) with its SHA-256. */
    public record AttachmentEntry(UUID id, String document, String subject, String fileName, String mediaType,
                                  long size, String sha256, boolean foreignLanguage, String translates,
                                  Instant attachedAt) {
        public static AttachmentEntry from(Attachment a) {
            return new AttachmentEntry(a.id(), a.document().name(), a.subject().orElse(null), a.fileName(),
                    a.mediaType().mime(), a.size(), a.sha256(), a.foreignLanguage(),
                    a.translates().map(Enum::name).orElse(null), a.attachedAt());
        }
    }

    /** The accepted submission: registration day and decision due date (R73, R78) and the digest signed (R17). */
    public record SubmissionEntry(Instant submittedAt, LocalDate registeredOn, LocalDate decisionDue,
                                  String contentDigest) {
        static SubmissionEntry from(Submission s) {
            return new SubmissionEntry(s.submittedAt(), s.registeredOn(), s.decisionDue(), s.contentDigest());
        }
    }

    /**
     * One of the application form's fixed statements, which the applicant makes by signing the request (R92, R93):
     * its code and its words; {@code contentToSign} holds it on a line of its own (R17).
     */
    public record StatementEntry(String code, LocalizedTextResponse text) {
        static StatementEntry from(FormStatement statement) {
            return new StatementEntry(statement.name(), LocalizedTextResponse.from(statement.text()));
        }
    }

    /** One step of the request's history (R80), with who took it as an audit label (an applicant's IIN masked). */
    public record HistoryItem(Instant at, String event, String detail, String actor) {
    }
}
