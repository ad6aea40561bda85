package kz.medcert.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import kz.medcert.adapters.http.auth.DevTokens;
import kz.medcert.adapters.http.auth.TokenSettings;
import kz.medcert.bootstrap.TokenConfig;
import kz.medcert.domain.access.Actor;

/**
 * Authorization headers for the fuzzer: valid development tokens, and every way a token can be wrong — expired, not
 * yet valid, another issuer, audience or secret, unsigned, mangled, garbage, another scheme, and validly signed
 * tokens whose claims are mutated JSON. The service must answer each with 401 (or, for a valid token, whatever the
 * operation says), never a 500.
 */
final class FuzzTokens {
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final byte[] SECRET = TokenConfig.DEMO_SECRET.getBytes(StandardCharsets.UTF_8);

    private final DevTokens valid;
    private final DevTokens expired;
    private final DevTokens early;
    private final DevTokens otherIssuer;
    private final DevTokens otherAudience;
    private final DevTokens otherSecret;

    /** Tokens for a service with the default development configuration, on its clock. */
    FuzzTokens(DevTokens valid, Clock clock) {
        TokenSettings settings = new TokenSettings(TokenConfig.DEV_ISSUER, TokenConfig.DEV_AUDIENCE);
        this.valid = valid;
        this.expired = new DevTokens(SECRET, settings, Clock.offset(clock, Duration.ofHours(-13)));
        this.early = new DevTokens(SECRET, settings, Clock.offset(clock, Duration.ofHours(1)));
        this.otherIssuer = new DevTokens(SECRET, new TokenSettings("someone-else", TokenConfig.DEV_AUDIENCE), clock);
        this.otherAudience = new DevTokens(SECRET, new TokenSettings(TokenConfig.DEV_ISSUER, "other-api"), clock);
        this.otherSecret = new DevTokens("another-secret-of-at-least-32-bytes-long!".getBytes(StandardCharsets.UTF_8),
                settings, clock);
    }

    String bearer(Actor actor) {
        return "Bearer " + valid.mint(actor);
    }

    /** A header that must not authenticate as anyone, built around {@code actor}'s identity; with its label. */
    Labelled bad(Random random, Actor actor) {
        String token = valid.mint(actor);
        String[] parts = token.split("\\.");
        return switch (random.nextInt(16)) {
            case 0 -> new Labelled("expired", "Bearer " + expired.mint(actor));
            case 1 -> new Labelled("not-yet-valid", "Bearer " + early.mint(actor));
            case 2 -> new Labelled("other-issuer", "Bearer " + otherIssuer.mint(actor));
            case 3 -> new Labelled("other-audience", "Bearer " + otherAudience.mint(actor));
            case 4 -> new Labelled("other-secret", "Bearer " + otherSecret.mint(actor));
            case 5 -> new Labelled("alg-none", "Bearer " + encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "."
                    + parts[1] + ".");
            case 6 -> new Labelled("alg-rs256", "Bearer " + encode("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "."
                    + parts[1] + "." + parts[2]);
            case 7 -> new Labelled("mangled-signature", "Bearer " + parts[0] + "." + parts[1] + "."
                    + mangle(parts[2], random));
            case 8 -> new Labelled("mangled-payload", "Bearer " + parts[0] + "." + mangle(parts[1], random) + "."
                    + parts[2]);
            case 9, 10, 11 -> new Labelled("fuzzed-claims", "Bearer " + signed(mutatedClaims(parts[1], random),
                    random));
            case 12 -> new Labelled("fuzzed-header", "Bearer " + encode(FuzzValues.text(FuzzValues.mutate(json(parts[0]),
                    random))) + "." + parts[1] + "." + parts[2]);
            case 13 -> new Labelled("garbage", "Bearer " + FuzzValues.pick(random, List.of("", " ", "a.b.c", "..",
                    "....", "null", "x".repeat(9000), "eyJ", token + "." + parts[2], parts[1],
                    FuzzValues.randomUnicode(random, 30), FuzzValues.randomAscii(random, 60))));
            case 14 -> new Labelled("other-scheme", FuzzValues.pick(random, List.of("Basic dXNlcjpwYXNz",
                    "Bearer", "Bearer ", "Token " + token, token, "Digest username=\"x\"", "Bearer  \t",
                    "Bearer " + token + " " + token, "Bearer\u00A0" + token, "bear " + token, "Bearer" + token)));
            default -> new Labelled("fuzzed-claims-nested", "Bearer " + signed(FuzzValues.nestedText(random,
                    1 + random.nextInt(2500)), random));
        };
    }

    /** A header that a client may spell differently but still names {@code actor}: case and spacing of the scheme. */
    String respelled(Random random, Actor actor) {
        String token = valid.mint(actor);
        return FuzzValues.pick(random, List.of("bearer ", "BEARER ", "Bearer  ", "Bearer \t")) + token;
    }

    /** A label for reports, and the header value. */
    record Labelled(String label, String header) {
    }

    private static String mutatedClaims(String payload, Random random) {
        return FuzzValues.text(FuzzValues.mutate(json(payload), random));
    }

    /** A validly signed HS256 JWS over {@code payload}, whatever it holds. */
    private static String signed(String payload, Random random) {
        try {
            JWSObject jws = new JWSObject(new JWSHeader(JWSAlgorithm.HS256), new Payload(payload));
            jws.sign(new MACSigner(SECRET));
            return jws.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(String base64url) {
        try {
            return Journey.JSON.readTree(Base64.getUrlDecoder().decode(base64url));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String mangle(String part, Random random) {
        if (part.isEmpty()) {
            return "A";
        }
        char[] chars = part.toCharArray();
        int at = random.nextInt(chars.length);
        chars[at] = chars[at] == 'A' ? 'B' : 'A';
        return random.nextInt(4) == 0 ? part.substring(0, at) : new String(chars);
    }
}
