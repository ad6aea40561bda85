package kz.medcert.adapters.http;

import io.javalin.http.Context;
import io.javalin.http.Header;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a {@code multipart/form-data} body: 415 for any other content type, 413 beyond the upload limit (declared or
 * counted while reading), 400 for a body that is not well-formed multipart. Parts beyond a small threshold go to
 * temporary files, which are deleted once read.
 */
final class MultipartReader {
    /** The request attribute where Jetty looks for the multipart limits. */
    static final String CONFIG_ATTRIBUTE = "org.eclipse.jetty.multipartConfig";
    private static final int IN_MEMORY_BYTES = 256 * 1024;

    private final long maxBytes;
    private final MultipartConfigElement config;

    MultipartReader(long maxBytes) {
        this.maxBytes = maxBytes;
        this.config = new MultipartConfigElement(System.getProperty("java.io.tmpdir"), maxBytes, maxBytes,
                IN_MEMORY_BYTES);
    }

    MultipartForm read(Context ctx) {
        // the header as sent: the servlet API's content type throws on a malformed charset parameter
        requireMultipart(ctx.header(Header.CONTENT_TYPE));
        HttpServletRequest request = ctx.req();
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            // a client still sending reads our 413 rather than a reset; beyond twice the limit the connection closes
            drainQuietly(request, declared <= 2 * maxBytes ? declared : 0);
            throw tooLarge();
        }
        request.setAttribute(CONFIG_ATTRIBUTE, config);
        Collection<jakarta.servlet.http.Part> parts = parts(request);
        try {
            List<MultipartForm.Part> read = new ArrayList<>();
            for (jakarta.servlet.http.Part part : parts) {
                read.add(read(part));
            }
            return new MultipartForm(read);
        } finally {
            parts.forEach(MultipartReader::delete);
        }
    }

    /** {@code multipart/form-data}, parameters (boundary) aside. */
    static boolean isMultipart(String contentType) {
        return contentType != null && contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT)
                .equals("multipart/form-data");
    }

    private static void requireMultipart(String contentType) {
        if (!isMultipart(contentType)) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, contentType == null
                    ? HttpText.NO_CONTENT_TYPE_MULTIPART.message() : HttpText.CONTENT_TYPE_MULTIPART.message());
        }
    }

    private Collection<jakarta.servlet.http.Part> parts(HttpServletRequest request) {
        try {
            return request.getParts();
        } catch (ServletException | IOException | RuntimeException e) {
            if (exceedsLimit(e)) {
                drainQuietly(request, maxBytes);
                throw tooLarge();
            }
            throw new ProblemException(ProblemType.BAD_REQUEST, HttpText.MULTIPART_MALFORMED.message());
        }
    }

    private static MultipartForm.Part read(jakarta.servlet.http.Part part) {
        try (InputStream in = part.getInputStream()) {
            return new MultipartForm.Part(part.getName(), Optional.ofNullable(part.getSubmittedFileName()),
                    Optional.ofNullable(part.getContentType()).map(String::strip).filter(t -> !t.isEmpty()),
                    in.readAllBytes());
        } catch (IOException e) {
            throw new ProblemException(ProblemType.BAD_REQUEST, HttpText.UPLOAD_UNREADABLE.message());
        }
    }

    /**
     * Jetty reports a limit reached while parsing ("max length exceeded", "max file size exceeded") as an
     * IllegalStateException somewhere in the cause chain, wrapped in a 400 "bad multipart".
     */
    private static boolean exceedsLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IllegalStateException && String.valueOf(t.getMessage()).contains("exceeded")) {
                return true;
            }
        }
        return false;
    }

    private static void drainQuietly(HttpServletRequest request, long limit) {
        try {
            JsonBodyReader.drain(request.getInputStream(), limit);
        } catch (IOException | RuntimeException e) {
            // the client stopped sending; the 413 stands
        }
    }

    private static void delete(jakarta.servlet.http.Part part) {
        try {
            part.delete();
        } catch (IOException | RuntimeException e) {
            // Jetty removes what is left when the request completes
        }
    }

    private ProblemException tooLarge() {
        return new ProblemException(ProblemType.CONTENT_TOO_LARGE, HttpText.UPLOAD_TOO_LARGE.message()
                .with("max", maxBytes));
    }
}
