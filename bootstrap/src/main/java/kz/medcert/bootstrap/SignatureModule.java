package kz.medcert.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.time.Clock;
import kz.medcert.adapters.registries.StubSignatureVerifier;
import kz.medcert.adapters.registries.UnavailableSignatureVerifier;
import kz.medcert.adapters.signature.CmsSignatureVerifier;
import kz.medcert.application.port.out.SignatureVerifier;

/**
 * The EDS verifier (R17, R81): in demo mode the demo signature's stub; outside it, the CMS verifier when trust anchors
 * are configured, and otherwise the verifier that can check nothing (every submission is answered 503).
 */
final class SignatureModule extends AbstractModule {
    private final AppConfig config;

    SignatureModule(AppConfig config) {
        this.config = config;
    }

    @Provides
    @Singleton
    SignatureVerifier signatureVerifier(Clock clock) {
        if (config.demo()) {
            return new StubSignatureVerifier(clock);
        }
        return config.eds().settings().<SignatureVerifier>map(settings -> new CmsSignatureVerifier(settings, clock))
                .orElseGet(UnavailableSignatureVerifier::new);
    }
}
