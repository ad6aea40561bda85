package kz.medcert.domain.request;

import java.util.Arrays;
import java.util.Optional;

/** The file types an electronic copy may have (R19): PDF, JPEG, PNG, told by their first bytes. */
public enum MediaType {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    private final String mime;
    private final byte[] magic;

    MediaType(String mime, byte[] magic) {
        this.mime = mime;
        this.magic = magic;
    }

    public String mime() {
        return mime;
    }

    /** The type the content really has, whatever its declared name says. */
    public static Optional<MediaType> sniff(byte[] content) {
        return Arrays.stream(values()).filter(t -> startsWith(content, t.magic)).findFirst();
    }

    public static Optional<MediaType> fromMime(String mime) {
        return Arrays.stream(values()).filter(t -> t.mime.equalsIgnoreCase(mime.strip())).findFirst();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        return Arrays.equals(Arrays.copyOf(content, prefix.length), prefix);
    }
}
