package kz.medcert.application.service.requests;

import kz.medcert.application.service.RequestSettings;

/**
 * How much one request may store in uploads, counting every copy kept (those a later copy replaced too, since they
 * stay in the history): so many files and so many bytes in all. Beside the limit of one copy (RequestSettings).
 *
 * @param maxFiles copies stored per request
 * @param maxBytes bytes of all copies stored per request
 */
public record UploadLimits(int maxFiles, long maxBytes) {
    /** Room for every item of the longest checklist, a translation each and a few replacements. */
    public static final UploadLimits DEFAULTS = new UploadLimits(25, 50L * 1024 * 1024);

    public UploadLimits {
        if (maxFiles < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("a request must take at least one file and one byte, got " + maxFiles
                    + " files and " + maxBytes + " bytes");
        }
    }
}
