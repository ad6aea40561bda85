package kz.medcert.adapters.signature;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a certificate revocation list is read: a file (which an operator's job may replace; it is read again when it
 * changes) or an http(s) URL (downloaded again once the list's next update is due).
 */
public record CrlSource(URI location) {
    public CrlSource {
        Objects.requireNonNull(location, "location");
        if (!HttpFetch.isHttp(location) && !"file".equals(location.getScheme())) {
            throw new IllegalArgumentException("a CRL is a file or an http(s) URL, not " + location);
        }
    }

    /** An http(s) URL as it is; anything else is a file path. */
    public static CrlSource parse(String value) {
        String v = value.strip();
        if (v.startsWith("http://") || v.startsWith("https://")) {
            return new CrlSource(URI.create(v));
        }
        return new CrlSource(Path.of(v).toAbsolutePath().toUri());
    }

    boolean isFile() {
        return "file".equals(location.getScheme());
    }

    @Override
    public String toString() {
        return isFile() ? Path.of(location).toString() : location.toString();
    }
}
