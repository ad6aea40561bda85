package kz.medcert.adapters.persistence.stored;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.reference.Language;
import kz.medcert.domain.reference.QualificationLevel;
import kz.medcert.domain.request.ConsentStatus;
import kz.medcert.domain.request.FormStatement;
import kz.medcert.domain.request.MediaType;
import kz.medcert.domain.request.RegistryFetch.FetchStatus;
import kz.medcert.domain.request.RequestStatus;
import kz.medcert.domain.request.StateRegistry;

/**
 * A request as the {@code state} column stores it, in the current format ({@link RequestStateJson#FORMAT}). These
 * records are the stored layout and nothing else: changing a component changes the format of every row written from
 * then on (see RequestStateJson for what that takes). Values the domain holds as small records (ids, IINs, codes) are
 * stored as their text; an absent optional value is {@code null}; codes are the enum constants' names, which rules.md
 * section (k) keeps stable. The version is not stored here: the row's {@code version} column holds it.
 *
 * @param submission null until the applicant submits
 * @param decision   null until the officer (or the service, R14) decides
 * @param statements the form's statements the request carries, by code (format 7; empty in a row of an earlier one)
 */
record StoredRequest(UUID id, Applicant applicant, Instant startedAt, StoredDossier form, Consent consent,
                     List<Fetch> fetches, StoredFacts fetched, List<Attachment> attachments, Submission submission,
                     RequestStatus status, List<HistoryEntry> history, StoredDecision decision, Details details,
                     List<FormStatement> statements) {

    StoredRequest {
        fetches = List.copyOf(fetches);
        attachments = List.copyOf(attachments);
        history = List.copyOf(history);
        statements = List.copyOf(statements);
    }

    /** @param region null when not known (a foreign specialist may have none) */
    record Applicant(String iin, Name name, Region region, Contact contact) {
    }

    /** Each null when not given (Appendix 5 asks a foreign specialist for both). */
    record Contact(String postalAddress, String phone) {
    }

    /** What the form asks beyond the dossier; each null when not named (the language: not chosen). */
    record Details(QualificationLevel qualificationLevel, StoredDossier.Organisation organisation,
                   Language language) {
    }

    /** @param patronymic null when the person has none */
    record Name(String surname, String givenName, String patronymic) {
    }

    /** Each of the optional parts is null until it happens. */
    record Consent(ConsentStatus status, String reference, String channel, Instant requestedAt, Instant answeredAt) {
    }

    /** @param unavailableSince null unless the registry was given up on for the applicant (format 4, R21, R70) */
    record Fetch(StateRegistry registry, FetchStatus status, int attempts, Instant lastAttemptAt, String failure,
                 Instant nextAttemptAt, Instant unavailableSince) {
    }

    record Attachment(UUID id, DocumentCode document, String subject, String fileName, MediaType mediaType, long size,
                      String sha256, boolean foreignLanguage, DocumentCode translates, Instant attachedAt) {
    }

    record Submission(Instant submittedAt, LocalDate registeredOn, LocalDate decisionDue, String contentDigest,
                      String signature, StoredEvaluation evaluation) {
    }

    record HistoryEntry(Instant at, String event, String detail, String actor) {
    }
}
