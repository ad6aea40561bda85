package kz.medcert.adapters.http;

/**
 * Settings of the HTTP API that bootstrap reads from configuration.
 *
 * @param maxBodyBytes   the largest JSON request body accepted, in bytes; a larger one is answered 413
 * @param maxUploadBytes the largest multipart upload (the copy, the other parts and the framing), in bytes; a larger
 *                       one is answered 413. Keep it a little above the use case's largest copy, so that a copy just
 *                       over that limit is refused by the rule (422) with its reason rather than by size alone
 */
public record HttpSettings(long maxBodyBytes, long maxUploadBytes) {

    /** 64 KiB: a dossier is a few kilobytes of JSON. */
    public static final long DEFAULT_MAX_BODY_BYTES = 64 * 1024;
    /** 10 MiB for the copy (the use case's default) and 64 KiB for the other parts and the multipart framing. */
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 10L * 1024 * 1024 + 64 * 1024;

    public HttpSettings {
        requireInRange("maxBodyBytes", maxBodyBytes);
        requireInRange("maxUploadBytes", maxUploadBytes);
    }

    /** JSON bodies up to {@code maxBodyBytes}, uploads up to the default. */
    public HttpSettings(long maxBodyBytes) {
        this(maxBodyBytes, DEFAULT_MAX_UPLOAD_BYTES);
    }

    public static HttpSettings defaults() {
        return new HttpSettings(DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_UPLOAD_BYTES);
    }

    private static void requireInRange(String name, long value) {
        if (value < 1 || value > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(name + " must be between 1 and 2^31 - 9, was " + value);
        }
    }
}
