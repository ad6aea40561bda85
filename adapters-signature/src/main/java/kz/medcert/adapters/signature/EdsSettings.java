package kz.medcert.adapters.signature;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How signatures are checked: the trusted authorities, how a signer's certificate is checked for revocation (OCSP
 * and/or CRLs; neither configured: not at all), and how long a responder or a CRL download may take before the check
 * counts as not possible now.
 */
public record EdsSettings(EdsTrust trust, OcspPolicy ocsp, List<CrlSource> crls, Duration timeout) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    public EdsSettings {
        Objects.requireNonNull(trust, "trust");
        Objects.requireNonNull(ocsp, "ocsp");
        crls = List.copyOf(crls);
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the timeout must be positive, not " + timeout);
        }
    }

    /**
     * From the configuration's words: OCSP {@code off}, {@code aia} or a URL; CRLs as files or http(s) URLs.
     *
     * @throws IllegalArgumentException saying which value is wrong
     */
    public static EdsSettings of(EdsTrust trust, String ocsp, List<String> crls, Duration timeout) {
        return new EdsSettings(trust, OcspPolicy.parse(ocsp), crls.stream().map(CrlSource::parse).toList(), timeout);
    }

    /** For the start-up log. */
    public String describe() {
        return "trusting " + trust.describe() + "; OCSP: " + ocsp + "; CRL: " + (crls.isEmpty() ? "none" : crls)
                + "; timeout " + timeout;
    }
}
