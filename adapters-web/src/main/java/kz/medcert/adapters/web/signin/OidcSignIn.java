package kz.medcert.adapters.web.signin;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.AuthenticationSuccessResponse;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import kz.medcert.adapters.web.Access;
import kz.medcert.adapters.web.WebFront;
import kz.medcert.adapters.web.WebRequest;
import kz.medcert.adapters.web.WebRoutes;
import kz.medcert.adapters.web.session.WebSession;
import kz.medcert.domain.access.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sign-in through the configured OpenID Connect provider: authorization code flow with PKCE (S256), a fresh state and
 * nonce per attempt kept in the visitor's session, the code exchanged at the token endpoint, and the ID token checked
 * (signature by the provider's JWK set, issuer, audience, expiry, nonce) before its {@code role}, {@code sub} and
 * {@code department} claims name the actor, as the API's tokens do. Any failure signs no one in.
 */
public final class OidcSignIn {
    static final String START = "/sign-in/oidc";
    static final String CALLBACK = "/sign-in/callback";
    private static final String STATE = "oidc.state";
    private static final String NONCE = "oidc.nonce";
    private static final String VERIFIER = "oidc.verifier";
    private static final String NEXT = "oidc.next";
    private static final Logger LOG = LoggerFactory.getLogger(OidcSignIn.class);

    private final OidcSettings settings;
    private volatile Provider provider;

    public OidcSignIn(OidcSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The provider's endpoints and the validator of its ID tokens, read once from its metadata. */
    private record Provider(OIDCProviderMetadata metadata, IDTokenValidator validator) {
    }

    void register(WebRoutes routes) {
        routes.get(START, Access.ANYONE, this::start);
        routes.get(CALLBACK, Access.ANYONE, request -> callback(routes, request));
    }

    private void start(WebRequest request) throws Exception {
        Provider op = provider();
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        WebSession session = request.session();
        session.put(STATE, state.getValue());
        session.put(NONCE, nonce.getValue());
        session.put(VERIFIER, verifier.getValue());
        session.put(NEXT, WebFront.localPath(request.query("next").orElse("/")));
        AuthenticationRequest authentication = new AuthenticationRequest.Builder(ResponseType.CODE,
                new Scope("openid"), new ClientID(settings.clientId()), settings.redirectUri())
                .endpointURI(op.metadata().getAuthorizationEndpointURI())
                .state(state).nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .uiLocales(java.util.List.of(new com.nimbusds.langtag.LangTag(request.messages().language().code())))
                .build();
        request.ctx().redirect(authentication.toURI().toString(), HttpStatus.SEE_OTHER);
    }

    private void callback(WebRoutes routes, WebRequest request) throws Exception {
        WebSession session = request.session();
        Optional<String> expectedState = session.take(STATE);
        Optional<String> nonce = session.take(NONCE);
        Optional<String> verifier = session.take(VERIFIER);
        String next = session.take(NEXT).orElse("/");
        Optional<Actor> actor = Optional.empty();
        if (expectedState.isPresent() && nonce.isPresent() && verifier.isPresent()) {
            actor = exchange(request, expectedState.get(), nonce.get(), verifier.get());
        }
        if (actor.isEmpty()) {
            request.ctx().status(HttpStatus.UNAUTHORIZED);
            request.render("signin-failed.jte", request.page("signin.failed.title"), "");
            return;
        }
        WebSession signedIn = routes.sessions().signIn(actor.get(), Optional.of(session));
        routes.setSessionCookie(request.ctx(), signedIn);
        request.redirect(next.equals("/") ? WebFront.startPage(actor.get()) : next);
    }

    private Optional<Actor> exchange(WebRequest request, String expectedState, String nonce, String verifier) {
        try {
            URI callback = URI.create(settings.redirectUri() + "?" + Optional.ofNullable(request.ctx().queryString())
                    .orElse(""));
            AuthenticationResponse response = AuthenticationResponseParser.parse(callback);
            if (!expectedState.equals(Optional.ofNullable(response.getState()).map(State::getValue).orElse(null))) {
                LOG.info("OIDC sign-in refused: the state does not match this browser's");
                return Optional.empty();
            }
            if (response instanceof AuthenticationErrorResponse error) {
                LOG.info("OIDC sign-in refused by the provider: {}", error.getErrorObject().getCode());
                return Optional.empty();
            }
            AuthorizationCode code = ((AuthenticationSuccessResponse) response).getAuthorizationCode();
            Provider op = provider();
            AuthorizationCodeGrant grant = new AuthorizationCodeGrant(code, settings.redirectUri(),
                    new CodeVerifier(verifier));
            ClientID client = new ClientID(settings.clientId());
            TokenRequest tokenRequest = settings.clientSecret()
                    .map(secret -> new TokenRequest(op.metadata().getTokenEndpointURI(),
                            new ClientSecretBasic(client, new Secret(secret)), grant))
                    .orElseGet(() -> new TokenRequest(op.metadata().getTokenEndpointURI(), client, grant));
            TokenResponse tokens = OIDCTokenResponseParser.parse(tokenRequest.toHTTPRequest().send());
            if (!tokens.indicatesSuccess()) {
                LOG.info("OIDC token request refused: {}", tokens.toErrorResponse().getErrorObject().getCode());
                return Optional.empty();
            }
            JWT idToken = ((OIDCTokenResponse) tokens.toSuccessResponse()).getOIDCTokens().getIDToken();
            IDTokenClaimsSet claims = op.validator().validate(idToken, new Nonce(nonce));
            Optional<Actor> actor = OidcClaims.actor(claims.getSubject().getValue(),
                    claims.getStringClaim(OidcClaims.ROLE), claims.getStringClaim(OidcClaims.DEPARTMENT));
            if (actor.isEmpty()) {
                LOG.info("OIDC sign-in refused: the ID token names no role this service knows");
            }
            return actor;
        } catch (Exception e) {
            LOG.info("OIDC sign-in failed: {}", e.toString());
            return Optional.empty();
        }
    }

    private Provider provider() throws Exception {
        Provider known = provider;
        if (known == null) {
            OIDCProviderMetadata metadata = OIDCProviderMetadata.resolve(new Issuer(settings.issuer()));
            IDTokenValidator validator = new IDTokenValidator(metadata.getIssuer(), new ClientID(settings.clientId()),
                    JWSAlgorithm.RS256, metadata.getJWKSetURI().toURL());
            known = new Provider(metadata, validator);
            provider = known;
        }
        return known;
    }
}
