package kz.medcert.adapters.web.signin;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The OpenID Connect provider the front signs in with outside demo mode (authorization code with PKCE).
 *
 * @param issuer       the provider's issuer; its metadata is read from {@code <issuer>/.well-known/openid-configuration}
 * @param clientId     this service's client id at the provider
 * @param clientSecret the client secret (client_secret_basic), or none for a public client (PKCE alone)
 * @param redirectUri  where the provider sends the browser back: {@code <public base URL>/sign-in/callback}
 */
public record OidcSettings(URI issuer, String clientId, Optional<String> clientSecret, URI redirectUri) {
    public OidcSettings {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(redirectUri, "redirectUri");
    }

    /** Never shows the secret. */
    @Override
    public String toString() {
        return "OidcSettings[issuer=" + issuer + ", clientId=" + clientId + ", redirectUri=" + redirectUri
                + (clientSecret.isPresent() ? ", with client secret" : ", public client") + "]";
    }
}
