package kz.medcert.bootstrap;

import static kz.medcert.bootstrap.Environment.value;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import kz.medcert.adapters.web.signin.OidcSettings;

/**
 * How the web front runs.
 *
 * @param demoMode the service's demo mode ({@link AppConfig#demo()}, MEDCERT_DEMO): the demo sign-in page and the
 *                 demo signature exactly when the API has its demo tokens, {@code token} command, consent code and
 *                 demo EDS signature; outside it, sign-in through the OpenID Connect provider only
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
        return new WebConfig(config.demo(), oidc,
                "https".equalsIgnoreCase(config.publicBaseUrl().getScheme()));
    }
}
