package kz.medcert.bootstrap;

import static kz.medcert.bootstrap.Environment.list;
import static kz.medcert.bootstrap.Environment.positive;
import static kz.medcert.bootstrap.Environment.value;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.medcert.adapters.signature.EdsSettings;
import kz.medcert.adapters.signature.EdsTrust;

/**
 * How EDS signatures are checked outside demo mode (R17, R81). With {@code MEDCERT_EDS_TRUST_ANCHORS} set, a CMS
 * signature is checked against those authorities (see {@code CmsSignatureVerifier}); without it, no signature can be
 * checked and every submission is answered 503. In demo mode only the demo signature is accepted and these settings
 * are not used.
 *
 * @param settings the trust anchors read from {@code MEDCERT_EDS_TRUST_ANCHORS} (PEM files, comma-separated: roots
 *                 and intermediates), {@code MEDCERT_EDS_OCSP} ({@code aia}: the responder each certificate names;
 *                 {@code off}; or a responder URL), {@code MEDCERT_EDS_CRL} (CRL files or http(s) URLs,
 *                 comma-separated) and {@code MEDCERT_EDS_TIMEOUT} (PT5S): empty without trust anchors
 * @param provider {@code MEDCERT_EDS_JCA_PROVIDER}: the class of a JCA provider registered at start-up, for the GOST
 *                 algorithms of the Kazakh PKI
 * @param namesAny whether any of these variables is set (the start-up log says they are unused in demo mode)
 */
public record EdsConfig(Optional<EdsSettings> settings, Optional<String> provider, boolean namesAny) {
    static final String TRUST_ANCHORS = "MEDCERT_EDS_TRUST_ANCHORS";
    private static final List<String> NAMES = List.of(TRUST_ANCHORS, "MEDCERT_EDS_OCSP", "MEDCERT_EDS_CRL",
            "MEDCERT_EDS_TIMEOUT", "MEDCERT_EDS_JCA_PROVIDER");

    /**
     * Reads and checks the settings; outside demo mode the trust anchor files are read now, so that a missing or
     * broken one stops the start.
     *
     * @throws IllegalArgumentException naming the variable and what is wrong with it
     */
    static EdsConfig fromEnvironment(Map<String, String> env, boolean demo) {
        boolean namesAny = NAMES.stream().anyMatch(name -> value(env, name).isPresent());
        Optional<String> provider = value(env, "MEDCERT_EDS_JCA_PROVIDER");
        List<String> anchors = list(env, TRUST_ANCHORS);
        if (demo || anchors.isEmpty()) {
            return new EdsConfig(Optional.empty(), demo ? Optional.empty() : provider, namesAny);
        }
        EdsTrust trust;
        try {
            trust = EdsTrust.fromFiles(anchors.stream().map(Path::of).toList());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(TRUST_ANCHORS + ": " + e.getMessage(), e);
        }
        String ocsp = value(env, "MEDCERT_EDS_OCSP").orElse("aia");
        List<String> crls = list(env, "MEDCERT_EDS_CRL");
        Duration timeout = positive("MEDCERT_EDS_TIMEOUT", value(env, "MEDCERT_EDS_TIMEOUT"),
                EdsSettings.DEFAULT_TIMEOUT);
        try {
            return new EdsConfig(Optional.of(EdsSettings.of(trust, ocsp, crls, timeout)), provider, namesAny);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("MEDCERT_EDS_OCSP, MEDCERT_EDS_CRL: " + e.getMessage(), e);
        }
    }
}
