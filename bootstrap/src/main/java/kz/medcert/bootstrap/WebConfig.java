package kz.medcert.bootstrap;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import kz.medcert.adapters.web.signin.OidcSettings;

/**
 * How the web front runs.
 *
 * @param demoMode the one seam for demo mode: the demo sign-in page and the demo signature. Today it follows from
 *                 the tokens (development tokens, i.e. no production key: anyone may mint a token with the
 *                 {@code token} command anyway, so a demo sign-in page opens nothing more)
 * @param oidc     MEDCERT_OIDC_ISSUER, MEDCERT_OIDC_CLIENT_ID, MEDCERT_OIDC_CLIENT_SECRET (optional: a public
 *                 client uses PKCE alone) and MEDCERT_OIDC_REDIRECT_URI (default: the public base URL +
 *                 {@code /sign-in/callback}); sign-in through that provider, with the same role claims as the API
 */
public record WebConfig(boolean demoMode, Optional<OidcSettings> oidc, boolean secureCookies) {

    public static WebConfig fromEnvironment(Map<String, String> env, AppConfig config) {
        Optional<String> issuer = value(env, "MEDCERT_OIDC_ISSUER");
        Optional<String> clientId = value(env, "MEDCERT_OIDC_CLIENT_ID");
        if (issuer.isPresent() != clientId.isPresent()) {
            throw new IllegalArgumentException("set both MEDCERT_OIDC_ISSUER and MEDCERT_OIDC_CLIENT_ID, or neither");
        }
        URI redirect = value(env, "MEDCERT_OIDC_REDIRECT_URI").map(URI::create)
                .orElseGet(() -> URI.create(config.publicBaseUrl().toString().replaceAll("/+$", "")
                        + "/sign-in/callback"));
        Optional<OidcSettings> oidc = issuer.map(i -> new OidcSettings(URI.create(i), clientId.get(),
                value(env, "MEDCERT_OIDC_CLIENT_SECRET"), redirect));
        return new WebConfig(demoMode(config), oidc,
                "https".equalsIgnoreCase(config.publicBaseUrl().getScheme()));
    }

    /** Demo mode: development tokens (no production key configured). */
    static boolean demoMode(AppConfig config) {
        return !config.tokens().production();
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }
}
