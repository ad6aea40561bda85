package kz.medcert.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import kz.medcert.domain.document.DocumentCode;

/**
 * Uploads ({@code multipart/form-data}) for the endpoint fuzzer: a real copy (PDF, PNG or JPEG) for a document the
 * request misses, then parts dropped, repeated, renamed or unknown, odd file names, media types, contents (empty, too
 * large, not what they claim) and field values, broken part headers, and broken encodings (another or no boundary,
 * truncation, LF line ends, junk around or inside).
 */
final class FuzzUploads {
    private static final String PDF = "%PDF-1.4\n% electronic copy\n";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};

    private FuzzUploads() {
    }

    /** A well-formed multipart body where some other body is expected. */
    static FuzzCases.Body stray(Random random) {
        Multipart form = new Multipart(random.nextBoolean() ? "b" : "x".repeat(70));
        form.field("code", "123456").file("file", "a.pdf", "application/pdf", utf8(PDF));
        return new FuzzCases.Body(form.bytes(), Optional.of("multipart/form-data; boundary=" + form.boundary),
                "body=multipart");
    }

    /**
     * A multipart upload, valid or with mutated parts (four times in ten valid), its encoding broken one time in six.
     *
     * @param missingUploads the target's {@code missingUploads}: a valid upload fills one of them when there are any
     */
    static FuzzCases.Body upload(JsonNode missingUploads, Random random, long maxUploadBytes) {
        List<Part> parts = new ArrayList<>(validParts(missingUploads, random));
        String label = "upload=valid";
        if (random.nextInt(100) >= 40) {
            for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
                mutateParts(parts, random, maxUploadBytes);
            }
            label = "upload=mutated";
        }
        Multipart form = new Multipart(random.nextInt(10) == 0 ? FuzzValues.pick(random, List.of("b", "x".repeat(71),
                "a b", "\"q\"", "ж", "--", "boundary=x")) : "fuzz-" + random.nextInt(1_000_000));
        parts.forEach(part -> form.part(part));
        byte[] bytes = form.bytes();
        String type = "multipart/form-data; boundary=" + form.boundary;
        if (random.nextInt(6) == 0) {
            label += "+encoding";
            switch (random.nextInt(10)) {
                case 0 -> type = "multipart/form-data; boundary=other";
                case 1 -> type = "multipart/form-data";
                case 2 -> type = "multipart/form-data; boundary=\"" + form.boundary + "\"";
                case 3 -> bytes = Arrays.copyOf(bytes, random.nextInt(bytes.length + 1)); // truncated
                case 4 -> bytes = new String(bytes, StandardCharsets.ISO_8859_1).replace("\r\n", "\n")
                        .getBytes(StandardCharsets.ISO_8859_1); // LF line endings
                case 5 -> bytes = FuzzValues.concat(utf8("preamble junk\r\n"), bytes);
                case 6 -> bytes = FuzzValues.concat(bytes, utf8("epilogue junk --" + form.boundary + "\r\n"));
                case 7 -> bytes = new String(bytes, StandardCharsets.ISO_8859_1).replace("--" + form.boundary + "--",
                        "").getBytes(StandardCharsets.ISO_8859_1); // no closing delimiter
                case 8 -> type = FuzzValues.pick(random, List.of("multipart/mixed; boundary=" + form.boundary,
                        "application/json", "text/plain"));
                default -> bytes = FuzzValues.insert(bytes, random.nextInt(bytes.length + 1),
                        FuzzValues.randomBytes(random, 1 + random.nextInt(20)));
            }
        }
        return new FuzzCases.Body(bytes, random.nextInt(50) == 0 ? Optional.empty() : Optional.of(type), label);
    }

    /** The parts of a valid upload: a document the target still misses (when known), and a real copy. */
    private static List<Part> validParts(JsonNode missing, Random random) {
        String document = FuzzValues.pick(random, List.of(DocumentCode.values())).name();
        String subject = null;
        if (missing.size() > 0) {
            JsonNode slot = missing.get(random.nextInt(missing.size()));
            document = slot.path("document").asText();
            subject = slot.path("subject").textValue();
        }
        List<Part> parts = new ArrayList<>();
        parts.add(Part.field("document", document));
        if (subject != null) {
            parts.add(Part.field("subject", subject));
        }
        if (document.equals("NOTARIZED_TRANSLATION")) {
            parts.add(Part.field("translates", "DIPLOMA"));
        }
        if (random.nextInt(5) == 0) {
            parts.add(Part.field("foreignLanguage", random.nextBoolean() ? "true" : "false"));
        }
        int kind = random.nextInt(3);
        byte[] content = switch (kind) {
            case 0 -> FuzzValues.concat(utf8(PDF), FuzzValues.randomBytes(random, random.nextInt(2000)));
            case 1 -> FuzzValues.concat(PNG, FuzzValues.randomBytes(random, random.nextInt(2000)));
            default -> FuzzValues.concat(JPEG, FuzzValues.randomBytes(random, random.nextInt(2000)));
        };
        parts.add(Part.file("file", List.of("copy.pdf", "scan.png", "photo.jpg").get(kind),
                List.of("application/pdf", "image/png", "image/jpeg").get(kind), content));
        return parts;
    }

    private static void mutateParts(List<Part> parts, Random random, long maxUploadBytes) {
        if (parts.isEmpty()) {
            parts.add(Part.field("document", "DIPLOMA"));
        }
        int at = random.nextInt(parts.size());
        Part part = parts.get(at);
        switch (random.nextInt(14)) {
            case 0 -> parts.remove(at);
            case 1 -> parts.add(part);
            case 2 -> parts.add(Part.field(FuzzValues.pick(random, List.of("comment", "Document", "", "file[]",
                    "a\"b", FuzzValues.string(random))), FuzzValues.string(random)));
            case 3 -> parts.set(at, part.withName(FuzzValues.pick(random, List.of("document", "file", "subject",
                    "translates", "foreignLanguage"))));
            case 4 -> parts.set(at, part.withFileName(FuzzValues.pick(random, List.of("", " ", "../../x.pdf",
                    "a\\b.pdf", "a/b.pdf", "x".repeat(256) + ".pdf", "x".repeat(5000), "файл.pdf", "😀.pdf",
                    "a\";name=\"document", "con.pdf", "a\u0000.pdf", ".pdf", "copy.pdf "))));
            case 5 -> parts.set(at, part.withFileName(null)); // a file as a plain field, or stays a field
            case 6 -> parts.set(at, part.withContentType(FuzzValues.pick(random, List.of("", "text/html", "image/PNG", "application/pdf; x=y",
                    "application/octet-stream", "image/svg+xml", "application/x-msdownload", "ж/ж", "*/*", "pdf",
                    "image/jpeg", "image/png", "application/pdf"))));
            case 7 -> parts.set(at, part.withContentType(null));
            case 8 -> parts.set(at, part.withContent(FuzzValues.pick(random, List.of(new byte[0], utf8("%PDF-"),
                    utf8("%PDF"), PNG, JPEG, utf8("<html>not a copy</html>"), FuzzValues.randomBytes(random, 100),
                    FuzzValues.concat(utf8(PDF), new byte[(int) Math.min(maxUploadBytes + 1, 1 << 22)])))));
            case 9 -> parts.set(at, part.withContent(utf8(FuzzValues.pick(random, List.of("diploma", "DIPLOMA ",
                    "NOTARIZED_TRANSLATION", "APPLICATION", "PROHIBITION_CHECK", "true", "TRUE", "yes", "",
                    "x".repeat(201), "x".repeat(5000), FuzzValues.string(random))))));
            case 10 -> parts.set(at, part.withExtraHeader(FuzzValues.pick(random, List.of(
                    "Content-Transfer-Encoding: base64", "Content-Type: multipart/mixed; boundary=inner",
                    "Content-Disposition: attachment", "Garbage", "X-Long: " + "h".repeat(20_000),
                    "Content-Type: text/plain; charset=utf-16"))));
            case 11 -> parts.set(at, part.withDisposition(FuzzValues.pick(random, List.of("form-data",
                    "form-data; name=document", "form-data; name=\"file\"; filename*=UTF-8''%D1%84.pdf",
                    "attachment; name=\"file\"; filename=\"a.pdf\"", "form-data; name=\"\"", "", "form-data; name=\"a",
                    "form-data; name=\"document\"; name=\"file\""))));
            case 12 -> {
                for (int i = 0, n = random.nextInt(600); i < n; i++) {
                    parts.add(Part.field("comment", "x"));
                }
            }
            default -> parts.clear();
        }
    }

    /** One part of a multipart body. */
    private record Part(String name, String fileName, String contentType, byte[] content, List<String> extraHeaders,
                        String disposition) {
        static Part field(String name, String value) {
            return new Part(name, null, null, utf8(value), List.of(), null);
        }

        static Part file(String name, String fileName, String type, byte[] content) {
            return new Part(name, fileName, type, content, List.of(), null);
        }

        Part withName(String value) {
            return new Part(value, fileName, contentType, content, extraHeaders, disposition);
        }

        Part withFileName(String value) {
            return new Part(name, value, contentType, content, extraHeaders, disposition);
        }

        Part withContentType(String value) {
            return new Part(name, fileName, value, content, extraHeaders, disposition);
        }

        Part withContent(byte[] value) {
            return new Part(name, fileName, contentType, value, extraHeaders, disposition);
        }

        Part withExtraHeader(String line) {
            List<String> lines = new ArrayList<>(extraHeaders);
            lines.add(line);
            return new Part(name, fileName, contentType, content, lines, disposition);
        }

        Part withDisposition(String value) {
            return new Part(name, fileName, contentType, content, extraHeaders, value);
        }
    }

    /** A multipart/form-data body written part by part, whatever the parts hold. */
    private static final class Multipart {
        final String boundary;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Multipart(String boundary) {
            this.boundary = boundary;
        }

        Multipart field(String name, String value) {
            return part(Part.field(name, value));
        }

        Multipart file(String name, String fileName, String type, byte[] content) {
            return part(Part.file(name, fileName, type, content));
        }

        Multipart part(Part part) {
            StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n");
            if (part.disposition() != null) {
                if (!part.disposition().isEmpty()) {
                    head.append("Content-Disposition: ").append(part.disposition()).append("\r\n");
                }
            } else {
                head.append("Content-Disposition: form-data; name=\"").append(part.name()).append('"');
                if (part.fileName() != null) {
                    head.append("; filename=\"").append(part.fileName()).append('"');
                }
                head.append("\r\n");
            }
            if (part.contentType() != null) {
                head.append("Content-Type: ").append(part.contentType()).append("\r\n");
            }
            part.extraHeaders().forEach(line -> head.append(line).append("\r\n"));
            out.writeBytes(utf8(head.append("\r\n").toString()));
            out.writeBytes(part.content());
            out.writeBytes(utf8("\r\n"));
            return this;
        }

        byte[] bytes() {
            out.writeBytes(utf8("--" + boundary + "--\r\n"));
            return out.toByteArray();
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
