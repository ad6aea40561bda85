package kz.medcert.application.port.in;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
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

    /** Attached, or rejected with the field at fault. */
    sealed interface AttachResult {
        <R> R fold(Function<Attached, R> ifAttached, Function<Rejected, R> ifRejected);

        record Attached(Attachment attachment, RequestView request) implements AttachResult {
            @Override
            public <R> R fold(Function<Attached, R> ifAttached, Function<Rejected, R> ifRejected) {
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
            public <R> R fold(Function<Attached, R> ifAttached, Function<Rejected, R> ifRejected) {
                return ifRejected.apply(this);
            }
        }
    }
}
