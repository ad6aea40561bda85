package kz.medcert.application.port.in.requests;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import kz.medcert.application.port.in.AccessDeniedException;
import kz.medcert.application.port.in.RequestNotFoundException;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.reference.Message;
import kz.medcert.domain.request.Attachment;
import kz.medcert.domain.request.RequestId;

/** Attaches an electronic copy (PDF, JPEG or PNG; R19) for a checklist item; SHA-256 is kept. */
public interface AttachDocumentUseCase {

    /**
     * @throws AccessDeniedException    when {@code actor} is not an applicant
     * @throws RequestNotFoundException when there is no such request of theirs
     */
    AttachResult attach(Actor actor, AttachDocumentCommand command);

    /**
     * @param foreignLanguage the copy is in a language other than Kazakh or Russian: a translation is then due (R20)
     * @param translates      for a NOTARIZED_TRANSLATION: the document it translates
     */
    record AttachDocumentCommand(RequestId id, DocumentCode document, Optional<String> subject, String fileName,
                                 String mediaType, byte[] content, boolean foreignLanguage,
                                 Optional<DocumentCode> translates) {
        public AttachDocumentCommand {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(mediaType, "mediaType");
            Objects.requireNonNull(content, "content");
            Objects.requireNonNull(translates, "translates");
        }
    }

    /**
     * Attached (replacing the earlier copy of the same checklist item, if there was one), rejected with the field at
     * fault, or over the request's limit of files or bytes.
     */
    sealed interface AttachResult {
        <R> R fold(Function<Attached, R> ifAttached, Function<Rejected, R> ifRejected,
                   Function<OverLimit, R> ifOverLimit);

        /** @param replaced the copy of the same item this one replaced, which stays in the history */
        record Attached(Attachment attachment, RequestView request, Optional<Attachment> replaced)
                implements AttachResult {
            public Attached(Attachment attachment, RequestView request) {
                this(attachment, request, Optional.empty());
            }

            @Override
            public <R> R fold(Function<Attached, R> ifAttached, Function<Rejected, R> ifRejected,
                              Function<OverLimit, R> ifOverLimit) {
                return ifAttached.apply(this);
            }
        }

        /** Not accepted: {@code field} is the cause, {@code explanation} says why in words for the applicant. */
        record Rejected(String field, Message explanation) implements AttachResult {
            /** Why, in English. */
            public String reason() {
                return explanation.toString();
            }

            @Override
            public <R> R fold(Function<Attached, R> ifAttached, Function<Rejected, R> ifRejected,
                              Function<OverLimit, R> ifOverLimit) {
                return ifRejected.apply(this);
            }
        }

        /** The request holds as many files, or would hold more bytes, than its uploads may; why, in words. */
        record OverLimit(Limit limit, Message explanation) implements AttachResult {
            /** Why, in English. */
            public String reason() {
                return explanation.toString();
            }

            @Override
            public <R> R fold(Function<Attached, R> ifAttached, Function<Rejected, R> ifRejected,
                              Function<OverLimit, R> ifOverLimit) {
                return ifOverLimit.apply(this);
            }

            public enum Limit { FILES, BYTES }
        }
    }
}
