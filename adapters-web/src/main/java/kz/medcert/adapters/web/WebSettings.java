package kz.medcert.adapters.web;

import java.util.Objects;
import java.util.Optional;
import kz.medcert.adapters.web.signin.OidcSettings;

/**
 * How the front runs.
 *
 * @param demoMode      the demo sign-in page lists the demo persons, officers and the administrator, and signing is
 *                      the demo signature; never in production
 * @param oidc          the OpenID Connect provider the front signs in with; outside demo mode without one, the
 *                      sign-in page says that sign-in is not configured
 * @param secureCookies set the cookies' Secure attribute even when the request reached the service over plain HTTP
 *                      (TLS ends at a proxy in front of it)
 * @param maxUploadBytes the largest electronic copy an applicant uploads (the API's limit)
 * @param maxImportBytes the largest register file an administrator imports
 */
public record WebSettings(boolean demoMode, Optional<OidcSettings> oidc, boolean secureCookies, long maxUploadBytes,
                          long maxImportBytes) {
    public WebSettings {
        Objects.requireNonNull(oidc, "oidc");
    }

    public static WebSettings demo(long maxUploadBytes, long maxImportBytes) {
        return new WebSettings(true, Optional.empty(), false, maxUploadBytes, maxImportBytes);
    }
}
