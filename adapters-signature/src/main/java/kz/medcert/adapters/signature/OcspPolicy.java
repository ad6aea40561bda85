package kz.medcert.adapters.signature;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which OCSP responder is asked for the signer's certificate: none, the one the certificate names (its Authority
 * Information Access; a certificate that names none is not asked about), or one configured for every certificate.
 */
public sealed interface OcspPolicy {

    /** The responder to ask about a certificate whose AIA names {@code named}, if any. */
    Optional<URI> responderFor(Optional<URI> named);

    /** No OCSP. */
    record Off() implements OcspPolicy {
        @Override
        public Optional<URI> responderFor(Optional<URI> named) {
            return Optional.empty();
        }

        @Override
        public String toString() {
            return "off";
        }
    }

    /** The responder named in the certificate's Authority Information Access extension. */
    record FromCertificate() implements OcspPolicy {
        @Override
        public Optional<URI> responderFor(Optional<URI> named) {
            return named;
        }

        @Override
        public String toString() {
            return "the responder each certificate names (AIA)";
        }
    }

    /** This responder, whatever the certificate names. */
    record Responder(URI url) implements OcspPolicy {
        public Responder {
            Objects.requireNonNull(url, "url");
            if (!HttpFetch.isHttp(url)) {
                throw new IllegalArgumentException("an OCSP responder is an http or https URL, not " + url);
            }
        }

        @Override
        public Optional<URI> responderFor(Optional<URI> named) {
            return Optional.of(url);
        }

        @Override
        public String toString() {
            return url.toString();
        }
    }

    /**
     * {@code off}, {@code aia}, or the responder's http(s) URL.
     *
     * @throws IllegalArgumentException for anything else
     */
    static OcspPolicy parse(String value) {
        String v = value.strip();
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "off" -> new Off();
            case "aia" -> new FromCertificate();
            default -> {
                try {
                    yield new Responder(URI.create(v));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("OCSP is off, aia or the responder's http(s) URL, not '" + v
                            + "'", e);
                }
            }
        };
    }
}
