package kz.medcert.adapters.http.requests;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import kz.medcert.adapters.http.ApiRoutes;
import kz.medcert.adapters.http.Controller;
import kz.medcert.adapters.http.Downloads;
import kz.medcert.adapters.http.FieldProblem;
import kz.medcert.adapters.http.Fields;
import kz.medcert.adapters.http.HttpText;
import kz.medcert.adapters.http.JsonAnswer;
import kz.medcert.adapters.http.MultipartForm;
import kz.medcert.adapters.http.ProblemException;
import kz.medcert.adapters.http.ProblemType;
import kz.medcert.adapters.http.RequestIds;
import kz.medcert.adapters.http.RequestProblems;
import kz.medcert.adapters.http.auth.Authentication;
import kz.medcert.adapters.http.auth.Role;
import kz.medcert.adapters.http.dto.AttachResponse;
import kz.medcert.application.port.in.requests.AttachDocumentUseCase.AttachDocumentCommand;
import kz.medcert.application.port.in.requests.AttachDocumentUseCase.AttachResult;
import kz.medcert.application.port.in.requests.AttachDocumentUseCase;
import kz.medcert.application.port.in.requests.GetAttachmentUseCase;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.reference.SpecialtyCatalogue;
import kz.medcert.domain.request.RequestId;

/**
 * {@code POST /api/v1/requests/{id}/attachments}: an electronic copy (R19) as {@code multipart/form-data} with the
 * parts {@code file} (its Content-Type is the declared media type), {@code document}, and optionally {@code subject},
 * {@code foreignLanguage} ({@code true}/{@code false}, R20) and {@code translates}. A part missing, repeated or unknown
 * is a 400 naming it; a copy the use case refuses is a 422 naming the part at fault; a request that holds as many
 * copies as it may is a 422, one whose copies would take more bytes than it may a 413; 201 with the attachment and
 * the request (a copy for an item that has one replaces it). Only the applicant of the request uploads. {@code GET /api/v1/requests/{id}/attachments/{attachmentId}}
 * serves a copy back to whoever may read the request: its applicant, an officer of its department verifying what the
 * applicant provided (R70), an administrator.
 */
public final class AttachmentController implements Controller {
    static final Set<String> PARTS = Set.of("file", "document", "subject", "foreignLanguage", "translates");
    /** The use case's field names for what the multipart request calls otherwise. */
    private static final Map<String, String> FIELDS = Map.of("content", "file", "mediaType", "file.contentType",
            "fileName", "file.filename");
    private static final int MAX_SUBJECT_LENGTH = 200;

    private final AttachDocumentUseCase attachDocument;
    private final GetAttachmentUseCase getAttachment;

    @Inject
    public AttachmentController(AttachDocumentUseCase attachDocument, GetAttachmentUseCase getAttachment) {
        this.attachDocument = Objects.requireNonNull(attachDocument, "attachDocument");
        this.getAttachment = Objects.requireNonNull(getAttachment, "getAttachment");
    }

    @Override
    public void registerRoutes(ApiRoutes routes) {
        RequestProblems.register(routes);
        routes.allow(Role.APPLICANT).postMultipart("/requests/{id}/attachments", this::attach);
        routes.allow(Role.APPLICANT, Role.OFFICER, Role.ADMIN).get("/requests/{id}/attachments/{attachmentId}",
                this::download);
    }

    private void download(Context ctx) {
        GetAttachmentUseCase.Content content = getAttachment.get(Authentication.actor(ctx), RequestIds.of(ctx),
                RequestIds.attachmentId(ctx));
        // Kazakh and Russian file names are common: Downloads gives the UTF-8 name beside an ASCII fallback
        Downloads.asAttachment(ctx, content.attachment().fileName()).status(200)
                .contentType(content.attachment().mediaType().mime()).result(content.bytes());
    }

    private void attach(Context ctx, MultipartForm form) {
        AttachResult result = attachDocument.attach(Authentication.actor(ctx), command(RequestIds.of(ctx), form));
        AttachResult.Attached attached = result.fold(a -> a, rejected -> {
            String field = FIELDS.getOrDefault(rejected.field(), rejected.field());
            throw new ProblemException(ProblemType.BUSINESS_RULE_VIOLATION, HttpText.COPY_NOT_ACCEPTED.message()
                    .with("reason", rejected.explanation()), List.of(new FieldProblem(field, rejected.explanation())));
        }, over -> {
            throw new ProblemException(over.limit() == AttachResult.OverLimit.Limit.BYTES
                    ? ProblemType.CONTENT_TOO_LARGE : ProblemType.BUSINESS_RULE_VIOLATION,
                    HttpText.COPY_OVER_LIMIT.message().with("reason", over.explanation()),
                    List.of(new FieldProblem("file", over.explanation())));
        });
        JsonAnswer.json(ctx.status(201), AttachResponse.from(attached));
    }

    private static AttachDocumentCommand command(RequestId id, MultipartForm form) {
        Fields f = new Fields(SpecialtyCatalogue.standard());
        form.names().stream().filter(name -> !PARTS.contains(name)).forEach(name -> f.reject(name,
                HttpText.UNKNOWN_PART.message()));
        MultipartForm.Part file = single(f, form, "file", true, true);
        if (file != null && file.contentType().isEmpty()) {
            f.reject("file", HttpText.FILE_NEEDS_CONTENT_TYPE.message());
        }
        // a missing part is rejected once, by text(); the code is then not parsed
        DocumentCode document = f.code("document", text(f, form, "document", true), DocumentCode.class, false);
        String subject = text(f, form, "subject", false);
        if (subject != null && subject.length() > MAX_SUBJECT_LENGTH) {
            f.reject("subject", HttpText.AT_MOST_CHARACTERS.message().with("max", MAX_SUBJECT_LENGTH));
        }
        String foreign = text(f, form, "foreignLanguage", false);
        if (foreign != null && !foreign.equals("true") && !foreign.equals("false")) {
            f.reject("foreignLanguage", HttpText.TRUE_OR_FALSE_GOT.message().with("value", Fields.quoted(foreign)));
        }
        DocumentCode translates = f.code("translates", text(f, form, "translates", false), DocumentCode.class, false);
        f.throwIfAny();
        return new AttachDocumentCommand(id, document, Optional.ofNullable(subject).filter(s -> !s.isEmpty()),
                file.fileName().orElseThrow(), file.contentType().orElseThrow(), file.content(),
                "true".equals(foreign), Optional.ofNullable(translates));
    }

    private static String text(Fields f, MultipartForm form, String name, boolean required) {
        MultipartForm.Part part = single(f, form, name, required, false);
        return part == null ? null : part.text().strip();
    }

    /** The one part of that name, or {@code null} after rejecting it as missing, repeated or of the wrong kind. */
    private static MultipartForm.Part single(Fields f, MultipartForm form, String name, boolean required,
                                             boolean file) {
        List<MultipartForm.Part> parts = form.parts(name);
        if (parts.isEmpty()) {
            if (required) {
                f.reject(name, file ? HttpText.FILE_PART_REQUIRED.message() : HttpText.REQUIRED.message());
            }
            return null;
        }
        if (parts.size() > 1) {
            f.reject(name, HttpText.PART_REPEATED.message().with("count", parts.size()));
            return null;
        }
        MultipartForm.Part part = parts.get(0);
        if (part.isFile() != file) {
            f.reject(name, file ? HttpText.MUST_BE_FILE_PART.message() : HttpText.MUST_BE_PLAIN_FIELD.message());
            return null;
        }
        return part;
    }
}
