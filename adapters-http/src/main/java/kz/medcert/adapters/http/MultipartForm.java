package kz.medcert.adapters.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The parts of a {@code multipart/form-data} request, read into memory within the upload limit. A part is a file when
 * it names a file name; its content type is then the one the client declared for it.
 */
public final class MultipartForm {
    private final Map<String, List<Part>> parts;

    MultipartForm(List<Part> parts) {
        Map<String, List<Part>> byName = new LinkedHashMap<>();
        parts.forEach(part -> byName.computeIfAbsent(part.name(), name -> new ArrayList<>()).add(part));
        byName.replaceAll((name, list) -> List.copyOf(list));
        this.parts = byName;
    }

    /** The names of every part sent, in the order first sent. */
    public Set<String> names() {
        return parts.keySet();
    }

    /** Every part of that name, in the order sent; empty when there is none. */
    public List<Part> parts(String name) {
        return parts.getOrDefault(name, List.of());
    }

    /**
     * One part.
     *
     * @param fileName    present for a file part (possibly blank, when the client sent {@code filename=""})
     * @param contentType the part's declared content type, if any
     */
    public record Part(String name, Optional<String> fileName, Optional<String> contentType, byte[] content) {
        public Part {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(content, "content");
        }

        public boolean isFile() {
            return fileName.isPresent();
        }

        /** The content as UTF-8 text, for a plain field. */
        public String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }
}
