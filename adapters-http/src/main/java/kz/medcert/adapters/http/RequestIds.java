package kz.medcert.adapters.http;

import io.javalin.http.Context;
import java.util.regex.Pattern;
import kz.medcert.domain.request.RequestId;

/** The {@code {id}} path parameter of the request routes: a UUID in its canonical form, else 400 naming {@code id}. */
final class RequestIds {
    static final String PARAMETER = "id";
    private static final Pattern CANONICAL_UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private RequestIds() {
    }

    static RequestId of(Context ctx) {
        String raw = ctx.pathParam(PARAMETER);
        // UUID.fromString alone accepts "1-2-3-4-5": only the canonical form names a request
        if (!CANONICAL_UUID.matcher(raw).matches()) {
            throw ProblemException.invalidField(PARAMETER, "must be a request id, a UUID such as "
                    + "0f8fad5b-d9cb-469f-a165-70867728950e; got " + Fields.quoted(raw));
        }
        return RequestId.parse(raw);
    }

    /** The {@code {attachmentId}} path parameter: a canonical UUID, else 400 naming it. */
    static java.util.UUID attachmentId(Context ctx) {
        String raw = ctx.pathParam("attachmentId");
        if (!CANONICAL_UUID.matcher(raw).matches()) {
            throw ProblemException.invalidField("attachmentId", "must be an attachment id, a UUID; got "
                    + Fields.quoted(raw));
        }
        return java.util.UUID.fromString(raw);
    }

    /** Where a request is read: {@code /api/v1/requests/{id}}. */
    static String location(RequestId id) {
        return ApiRoutes.BASE_PATH + "/requests/" + id;
    }
}
