package kz.medcert.adapters.http;

/**
 * Settings of the HTTP API that bootstrap reads from configuration.
 *
 * @param maxBodyBytes the largest request body accepted, in bytes; a larger one is answered 413
 */
public record HttpSettings(long maxBodyBytes) {

    /** 64 KiB: a dossier is a few kilobytes of JSON. */
    public static final long DEFAULT_MAX_BODY_BYTES = 64 * 1024;

    public HttpSettings {
        if (maxBodyBytes < 1 || maxBodyBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxBodyBytes must be between 1 and 2^31 - 9, was " + maxBodyBytes);
        }
    }

    public static HttpSettings defaults() {
        return new HttpSettings(DEFAULT_MAX_BODY_BYTES);
    }
}
