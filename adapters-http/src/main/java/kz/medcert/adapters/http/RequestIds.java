package kz.medcert.adapters.http;

import io.javalin.http.Context;
import java.util.regex.Pattern;
import kz.medcert.domain.person.IinMasking;
import kz.medcert.domain.request.RequestId;

/** The {@code {id}} path parameter of the request routes: a UUID in its canonical form, else 400 naming {@code id}. */
public final class RequestIds {
    public static final String PARAMETER = "id";
    private static final Pattern CANONICAL_UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private RequestIds() {
    }

    public static RequestId of(Context ctx) {
        String raw = ctx.pathParam(PARAMETER);
        // UUID.fromString alone accepts "1-2-3-4-5": only the canonical form names a request
        if (!CANONICAL_UUID.matcher(raw).matches()) {
            throw ProblemException.invalidField(PARAMETER, HttpText.REQUEST_ID_FORMAT.message()
                    .with("value", Fields.quoted(IinMasking.mask(raw)))); // an IIN typed for an id, as in instance
        }
        return RequestId.parse(raw);
    }

    /** The {@code {attachmentId}} path parameter: a canonical UUID, else 400 naming it. */
    public static java.util.UUID attachmentId(Context ctx) {
        String raw = ctx.pathParam("attachmentId");
        if (!CANONICAL_UUID.matcher(raw).matches()) {
            throw ProblemException.invalidField("attachmentId", HttpText.ATTACHMENT_ID_FORMAT.message()
                    .with("value", Fields.quoted(IinMasking.mask(raw))));
        }
        return java.util.UUID.fromString(raw);
    }

    /** Where a request is read: {@code /api/v1/requests/{id}}. */
    public static String location(RequestId id) {
        return ApiRoutes.BASE_PATH + "/requests/" + id;
    }
}
