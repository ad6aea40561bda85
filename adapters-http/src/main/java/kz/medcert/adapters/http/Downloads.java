package kz.medcert.adapters.http;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The headers of a file the browser should save rather than show: an uploaded copy, a certificate PDF, an export of
 * holders. Each holds personal data, so no cache keeps it and no browser guesses another type for it.
 */
public final class Downloads {

    private Downloads() {
    }

    /** Marks the answer as a download named {@code fileName} (RFC 6266: an ASCII fallback and the UTF-8 name). */
    public static Context asAttachment(Context ctx, String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String disposition = ascii.equals(fileName) ? "attachment; filename=\"" + fileName + "\""
                : "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return ctx.header("Content-Disposition", disposition).header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff");
    }
}
