package kz.medcert.adapters.web;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import kz.medcert.adapters.web.session.Sessions;

/**
 * Reads a form with a file ({@code multipart/form-data}) within a size limit, and checks the form's CSRF token,
 * which travels inside the body. Parts beyond a small threshold go to temporary files, deleted once read.
 */
public final class Uploads {
    private static final String CONFIG_ATTRIBUTE = "org.eclipse.jetty.multipartConfig";
    private static final int IN_MEMORY_BYTES = 256 * 1024;

    private Uploads() {
    }

    /** A form with a file; the file part is {@code file}. */
    public record Form(Map<String, String> fields, Optional<FilePart> file) {
        public String field(String name) {
            return fields.getOrDefault(name, "").strip();
        }
    }

    /** The uploaded file: name as sent, media type as declared, bytes. */
    public record FilePart(String fileName, String mediaType, byte[] content) {
    }

    /** The form had no valid CSRF token. */
    static final class CsrfMissing extends RuntimeException {
        CsrfMissing() {
            super("no CSRF token in the form");
        }
    }

    /** The body was larger than allowed. */
    public static final class TooLarge extends RuntimeException {
        public TooLarge() {
            super("the upload is too large");
        }
    }

    /**
     * @throws TooLarge   when the body exceeds {@code maxBytes}
     * @throws CsrfMissing when the form's token is not the session's
     */
    public static Form read(WebRequest request, String fileField, long maxBytes) {
        HttpServletRequest servlet = request.ctx().req();
        long declared = servlet.getContentLengthLong();
        if (declared > maxBytes + 64 * 1024) {
            throw new TooLarge();
        }
        servlet.setAttribute(CONFIG_ATTRIBUTE, new MultipartConfigElement(System.getProperty("java.io.tmpdir"),
                maxBytes, maxBytes + 64 * 1024, IN_MEMORY_BYTES));
        Collection<Part> parts;
        try {
            parts = servlet.getParts();
        } catch (Exception e) {
            throw new TooLarge();
        }
        try {
            Map<String, String> fields = new HashMap<>();
            FilePart file = null;
            for (Part part : parts) {
                try (InputStream in = part.getInputStream()) {
                    if (part.getName().equals(fileField) && part.getSubmittedFileName() != null) {
                        byte[] bytes = in.readAllBytes();
                        if (bytes.length > 0) {
                            file = new FilePart(part.getSubmittedFileName(),
                                    Optional.ofNullable(part.getContentType()).orElse(""), bytes);
                        }
                    } else {
                        fields.put(part.getName(), new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8));
                    }
                }
            }
            if (!Sessions.csrfMatches(request.session(), fields.get(WebRoutes.CSRF_FIELD))) {
                throw new CsrfMissing();
            }
            return new Form(Map.copyOf(fields), Optional.ofNullable(file));
        } catch (IOException e) {
            throw new TooLarge();
        } finally {
            for (Part part : parts) {
                try {
                    part.delete();
                } catch (IOException | RuntimeException e) {
                    // Jetty removes what is left when the request completes
                }
            }
        }
    }

    /** Streams the file part of a large form (the register import) without holding it in memory. */
    public static Part streamed(WebRequest request, String fileField, long maxBytes, Map<String, String> fieldsOut) {
        HttpServletRequest servlet = request.ctx().req();
        if (servlet.getContentLengthLong() > maxBytes) {
            throw new TooLarge();
        }
        servlet.setAttribute(CONFIG_ATTRIBUTE, new MultipartConfigElement(System.getProperty("java.io.tmpdir"),
                maxBytes, maxBytes, IN_MEMORY_BYTES));
        try {
            Part file = null;
            for (Part part : servlet.getParts()) {
                if (part.getName().equals(fileField) && part.getSubmittedFileName() != null) {
                    file = part;
                } else {
                    try (InputStream in = part.getInputStream()) {
                        fieldsOut.put(part.getName(), new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8));
                    }
                }
            }
            if (!Sessions.csrfMatches(request.session(), fieldsOut.get(WebRoutes.CSRF_FIELD))) {
                throw new CsrfMissing();
            }
            return file;
        } catch (IOException | jakarta.servlet.ServletException | IllegalStateException e) {
            throw new TooLarge();
        }
    }
}
