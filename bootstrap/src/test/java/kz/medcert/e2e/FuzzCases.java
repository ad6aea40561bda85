package kz.medcert.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import kz.medcert.bootstrap.OperationsConfig;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.person.Iin;

/**
 * Generates one request for an operation of the OpenAPI document: path values (requests and certificates that exist,
 * others', and odd ones), an Authorization header (the rightful actor's token, another's, a bad one, none), a body
 * (realistic seeds as they are, mutated, corrupted, generated, or something else entirely; multipart uploads with
 * mutated parts and encodings), odd headers, methods, targets, HTTP versions and framings. Operations it knows no
 * seeds for are fuzzed from their documented example and generic strategies.
 */
final class FuzzCases {
    private static final List<String> JSON_TYPES = List.of("application/json", "application/json; charset=utf-8",
            "application/json;charset=UTF-8", "Application/JSON");
    private static final List<String> ODD_TYPES = List.of("text/plain", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "multipart/form-data",
            "application/problem+json", "application/vnd.medcert+json", "application/json; charset=iso-8859-1",
            "application/json; charset=utf-16", "application/json; charset=\"", "application/json;;;", "json", "*/*",
            "", " ", "application/json, text/plain", "application/ж+json", "text/html; charset=utf-8",
            "application/octet-stream", "image/png");
    private static final List<String> ACCEPTS = List.of("*/*", "application/problem+json", "text/html",
            "application/xml", "image/png", "application/json;q=0", "text/*;q=0.1, */*;q=0", "ÿÿ", ";;;",
            "application/json, application/problem+json", "x".repeat(3000));
    private static final List<String> EXTRA_HEADERS = List.of("X-Forwarded-For: 1.2.3.4, <script>",
            "X-Forwarded-For: ", "X-Forwarded-Host: evil.example", "Forwarded: for=\"[::1]\";proto=gopher",
            "Origin: https://evil.example", "Cookie: JSESSIONID=../../x; a", "Content-Encoding: gzip",
            "Content-Encoding: br, identity", "Expect: 100-continue", "Expect: 200-ok", "Range: bytes=0-1",
            "Range: bytes=-1,0-", "If-None-Match: *", "If-Modified-Since: yesterday", "X-HTTP-Method-Override: DELETE",
            "Accept-Language: ж;q=x", "Accept-Charset: utf-7", "Accept-Encoding: gzip;q=2", "Upgrade: h2c",
            "Connection: Upgrade, HTTP2-Settings", "TE: trailers", "Max-Forwards: -1", "Via: 1.1 \u0001",
            "Authorization2: Bearer x", "Referer: javascript:alert(1)", "User-Agent: ' OR 1=1 --",
            "X-Request-Id: " + "9".repeat(500), "Content-Language: ∞", "Content-Type: application/json",
            "Content-Length: 5", "Content-Length: -1", "Content-Length: 99999999999999999999", "Transfer-Encoding: gzip",
            "Transfer-Encoding: identity", "Host: evil.example");
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD",
            "TRACE", "CONNECT", "FOO", "get", "PROPFIND");
    private static final List<String> VERSIONS = List.of("HTTP/1.0", "HTTP/2.0", "HTTP/1.2", "HTTP/0.9", "http/1.1",
            "HTTP/1.1x", "HTTP/", "HTTP/1.01");
    private static final List<String> ODD_IDS = List.of("", "0", "-1", "null", "undefined", "00000000-0000-0000-"
            + "0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff", "1-2-3-4-5",
            "0f8fad5bd9cb469fa16570867728950e", "%7B0f8fad5b-d9cb-469f-a165-70867728950e%7D",
            "0f8fad5b-d9cb-469f-a165-70867728950e%00", "0f8fad5b-d9cb-469f-a165-70867728950", "..%2F..%2Fadmin",
            "..", ".", "%2e%2e", "%2e%2e%2f%2e%2e%2f", "..%2f", "..;", "%00", "%ZZ", "%", "%C0%AF", "%E2%80%AE",
            "%F0%9F%98%80", "a%2Fb", "%20", "+", "*", "~", "%27%20OR%20%271%27%3D%271", "%7Bid%7D", "\u0437\u0430",
            "%D0%B7%D0%B0%D0%BF%D1%80%D0%BE%D1%81", "x".repeat(300), "x".repeat(20_000), "%25", "%252e%252e%252f");

    /** The path parameters {@link #path} has realistic values for. */
    private static final Set<String> KNOWN_PARAMETERS = Set.of("id", "number", "asset", "attachmentId");
    /** The JSON operations {@link #seed} has realistic bodies for. */
    private static final Set<String> SEEDED = Set.of("startRequest", "evaluateDossier", "confirmConsent",
            "submitRequest", "amendForm");
    /** How many cases of an operation with a valid token of each role were admitted (not 403), to steer its actor. */
    private final Map<String, EnumMap<RoleChoice, int[]>> roles = new ConcurrentHashMap<>();
    /** How many cases of an operation aimed at a request in each status got a 2xx, to steer its targets. */
    private final Map<String, Map<String, int[]>> targets = new ConcurrentHashMap<>();
    private final FuzzWorld world;
    private final FuzzTokens tokens;
    private final RunningService service;
    private final long maxUploadBytes;
    private int sources = 1;

    FuzzCases(FuzzWorld world, FuzzTokens tokens, RunningService service, long maxUploadBytes) {
        this.world = world;
        this.tokens = tokens;
        this.service = service;
        this.maxUploadBytes = maxUploadBytes;
    }

    private enum RoleChoice { APPLICANT, OFFICER, ADMIN }

    /**
     * One generated request.
     *
     * @param target the tracked request its path names, if any
     * @param actor  whom a valid token of the request names, if it carries one
     * @param label  what was generated, for reports and coverage
     */
    record FuzzCase(ApiOperation operation, int number, long seed, RawHttp.Request request,
                    Optional<FuzzWorld.Tracked> target, Optional<Actor> actor, String targetStatus, String label) {
    }

    /** Everything a case is built from, before it is put on the wire. */
    private static final class Draft {
        final ApiOperation operation;
        final List<String> labels = new ArrayList<>();
        Optional<FuzzWorld.Tracked> target = Optional.empty();
        Optional<FuzzWorld.Certificate> certificate = Optional.empty();
        Optional<FuzzWorld.Person> person = Optional.empty();
        Optional<Actor> validActor = Optional.empty();
        RoleChoice role;

        Draft(ApiOperation operation) {
            this.operation = operation;
        }
    }

    FuzzCase next(ApiOperation op, int number, long seed) {
        Random random = new Random(seed);
        Draft draft = new Draft(op);
        String path = path(op, draft, random);
        if (op.operationId().equals("startRequest") || draft.target.isEmpty() && random.nextBoolean()) {
            draft.person = Optional.of(FuzzValues.pick(random, world.persons));
        }
        draft.role = chooseRole(op, random);
        Actor rightful = rightful(draft);
        List<String> headers = new ArrayList<>();
        if (random.nextInt(100) < 97) {
            headers.add("Host: localhost:" + port());
        } else {
            headers.addAll(FuzzValues.pick(random, List.of(List.of(), List.of("Host: a", "Host: b"),
                    List.of("Host: ../../etc"), List.of("Host: " + FuzzValues.randomUnicode(random, 10)))));
            draft.labels.add("host");
        }
        authorization(op, rightful, draft, random).ifPresent(value -> headers.add("Authorization: " + value));
        Body body = op.takesMultipart() ? multipart(draft, random) : op.takesJson() ? json(op, draft, random)
                : op.bodies().isEmpty() ? noBody(random) : documented(op, random);
        draft.labels.add(body.label());
        body.contentType().ifPresent(type -> headers.add("Content-Type: " + type));
        if (random.nextBoolean()) {
            headers.add("Accept: " + (random.nextInt(3) == 0 ? FuzzValues.pick(random, ACCEPTS) : "application/json"));
        }
        if (random.nextInt(10) == 0) {
            headers.addAll(extraHeaders(random));
            draft.labels.add("extra-headers");
        }
        String method = op.method();
        byte[] target = (path + query(op, random)).getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(10) == 0) {
            if (random.nextBoolean()) {
                method = FuzzValues.pick(random, METHODS);
                draft.labels.add("method=" + method);
            } else {
                target = mutatedTarget(path, random);
                draft.labels.add("target");
            }
        }
        String version = "HTTP/1.1";
        if (random.nextInt(40) == 0) {
            version = FuzzValues.pick(random, VERSIONS);
            draft.labels.add(version);
        }
        RawHttp.Framing framing = RawHttp.Framing.LENGTH;
        if (random.nextInt(12) == 0) {
            framing = FuzzValues.pick(random, List.of(RawHttp.Framing.values()));
            draft.labels.add("framing=" + framing);
        }
        boolean limited = op.path().startsWith("/verify") || op.path().startsWith("/api/v1/public/");
        int source = limited && random.nextInt(10) == 0 ? 0 : sources++;
        RawHttp.Request request = new RawHttp.Request(method, target, version, headers, body.bytes(), framing,
                source);
        return new FuzzCase(op, number, seed, request, draft.target, draft.validActor,
                draft.target.map(t -> t.status).orElse("-"), String.join(" ", draft.labels));
    }

    /** Learns which roles an operation admits, and in which states it gets through, from the answers. */
    void answered(FuzzCase c, int status) {
        c.target().ifPresent(target -> {
            int[] counts = targets.computeIfAbsent(c.operation().operationId(), id -> new ConcurrentHashMap<>())
                    .computeIfAbsent(c.targetStatus(), s -> new int[2]);
            synchronized (counts) {
                counts[0]++;
                if (status >= 200 && status < 300) {
                    counts[1]++;
                }
            }
        });
        // a role is refused with 403, admitted when the use case answers; other answers say nothing about it
        boolean admitted = status >= 200 && status < 300 || status == 404 || status == 409 || status == 422;
        c.actor().filter(actor -> admitted || status == 403).ifPresent(actor -> {
            RoleChoice role = actor instanceof Actor.Applicant ? RoleChoice.APPLICANT
                    : actor instanceof Actor.Officer ? RoleChoice.OFFICER : RoleChoice.ADMIN;
            int[] counts = stats(c.operation()).get(role);
            synchronized (counts) {
                counts[0]++;
                if (admitted) {
                    counts[1]++;
                }
            }
        });
    }

    private EnumMap<RoleChoice, int[]> stats(ApiOperation op) {
        return roles.computeIfAbsent(op.operationId(), id -> {
            EnumMap<RoleChoice, int[]> counts = new EnumMap<>(RoleChoice.class);
            for (RoleChoice role : RoleChoice.values()) {
                counts.put(role, new int[2]);
            }
            return counts;
        });
    }

    /** A role drawn in proportion to how often it was admitted (smoothed, so that every role is still tried). */
    private RoleChoice chooseRole(ApiOperation op, Random random) {
        EnumMap<RoleChoice, int[]> counts = stats(op);
        double[] weights = new double[RoleChoice.values().length];
        double sum = 0;
        for (RoleChoice role : RoleChoice.values()) {
            int[] c = counts.get(role);
            weights[role.ordinal()] = (c[1] + 0.5) / (c[0] + 1.0);
            sum += weights[role.ordinal()];
        }
        double draw = random.nextDouble() * sum;
        for (RoleChoice role : RoleChoice.values()) {
            draw -= weights[role.ordinal()];
            if (draw <= 0) {
                return role;
            }
        }
        return RoleChoice.ADMIN;
    }

    private Actor rightful(Draft draft) {
        return switch (draft.role) {
            case APPLICANT -> draft.target.map(FuzzWorld.Tracked::owner)
                    .or(() -> draft.certificate.flatMap(FuzzWorld.Certificate::holderIin)
                            .map(iin -> new Actor.Applicant(Iin.parse(iin))))
                    .or(() -> draft.person.map(FuzzWorld.Person::actor))
                    .orElse(world.persons.get(0).actor());
            case OFFICER -> draft.target.map(FuzzWorld.Tracked::officer)
                    .orElse(new Actor.Officer("OFF-1", Department.of(draft.person.map(FuzzWorld.Person::region)
                            .orElse(Region.ALMATY_CITY))));
            case ADMIN -> new Actor.Admin("ADM-1");
        };
    }

    private Optional<String> authorization(ApiOperation op, Actor rightful, Draft draft, Random random) {
        // the operators' metrics ask for their own token (the demo's here), which no actor's token replaces
        if (op.operationId().equals("metrics") && random.nextInt(100) < 60) {
            draft.labels.add("auth=metrics-token");
            return Optional.of("Bearer " + OperationsConfig.DEMO_METRICS_TOKEN);
        }
        if (!op.secured() && random.nextBoolean()) {
            draft.labels.add("auth=none");
            return Optional.empty();
        }
        int draw = random.nextInt(100);
        if (draw < 60) {
            return valid(draft, "auth=rightful-" + draft.role, rightful);
        }
        if (draw < 64) {
            draft.validActor = Optional.of(rightful);
            draft.labels.add("auth=respelled-" + draft.role);
            return Optional.of(tokens.respelled(random, rightful));
        }
        if (draw < 71) {
            FuzzWorld.Person other = FuzzValues.pick(random, world.persons);
            return valid(draft, "auth=other-applicant", other.actor());
        }
        if (draw < 75) {
            Region region = FuzzValues.pick(random, List.of(Region.values()));
            return valid(draft, "auth=officer-" + region, new Actor.Officer("OFF-9", Department.of(region)));
        }
        if (draw < 78) {
            return valid(draft, "auth=admin", new Actor.Admin("ADM-2"));
        }
        if (draw < 95) {
            FuzzTokens.Labelled bad = tokens.bad(random, rightful);
            draft.labels.add("auth=" + bad.label());
            return Optional.of(bad.header());
        }
        draft.labels.add("auth=none");
        return Optional.empty();
    }

    private Optional<String> valid(Draft draft, String label, Actor actor) {
        draft.validActor = Optional.of(actor);
        draft.labels.add(label);
        return Optional.of(tokens.bearer(actor));
    }

    // ---- path and query ----

    private String path(ApiOperation op, Draft draft, Random random) {
        String path = op.path();
        for (String parameter : op.pathParameters()) {
            String value = switch (parameter) {
                case "id" -> requestId(draft, random);
                case "number" -> certificateNumber(draft, random);
                case "asset" -> asset(random);
                case "attachmentId" -> attachmentId(draft, random);
                default -> odd(random);
            };
            path = path.replace("{" + parameter + "}", value);
        }
        return path;
    }

    private String requestId(Draft draft, Random random) {
        if (!world.requests.isEmpty() && random.nextInt(100) < 75) {
            Map<String, int[]> learned = targets.getOrDefault(draft.operation.operationId(), Map.of());
            FuzzWorld.Tracked tracked = world.anyRequest(random, status -> {
                int[] c = learned.getOrDefault(status, new int[2]);
                synchronized (c) {
                    return (c[1] + 0.3) / (c[0] + 1.0);
                }
            });
            draft.target = Optional.of(tracked);
            draft.labels.add("id=" + tracked.status);
            return random.nextInt(20) == 0 ? tracked.id.toUpperCase(Locale.ROOT) : tracked.id;
        }
        draft.labels.add("id=odd");
        return random.nextBoolean() ? UUID.randomUUID().toString() : odd(random);
    }

    /** Mostly one of the target request's own uploads (read from its owner's view), else another id or garbage. */
    private String attachmentId(Draft draft, Random random) {
        if (draft.target.isPresent() && random.nextInt(100) < 70) {
            List<String> uploads = ownerView(draft.target.get()).path("attachments").findValuesAsText("id");
            if (!uploads.isEmpty()) {
                draft.labels.add("attachment=own");
                return FuzzValues.pick(random, uploads);
            }
        }
        draft.labels.add("attachment=other");
        return random.nextBoolean() ? UUID.randomUUID().toString() : odd(random);
    }

    private String certificateNumber(Draft draft, Random random) {
        FuzzWorld.Certificate certificate;
        synchronized (world.certificates) {
            certificate = FuzzValues.pick(random, world.certificates);
        }
        String number = certificate.number();
        int draw = random.nextInt(100);
        if (draw < 65) {
            draft.certificate = Optional.of(certificate);
            draft.labels.add("number=known");
            return random.nextInt(10) == 0 ? encode(" " + number.toLowerCase(Locale.ROOT) + " ") : number;
        }
        draft.labels.add("number=odd");
        if (draw < 80) { // a mistyped number: another check digit, a digit changed, a part dropped
            char[] chars = number.toCharArray();
            int at = random.nextInt(chars.length);
            if (Character.isDigit(chars[at])) {
                chars[at] = (char) ('0' + (chars[at] - '0' + 1 + random.nextInt(9)) % 10);
            }
            return random.nextInt(4) == 0 ? number.substring(0, random.nextInt(number.length())) : new String(chars);
        }
        return FuzzValues.pick(random, List.of("MC-0000-00000000-0", "MC-9999-99999999-9", "MC-2022-00000001",
                "MC-2022-000000001-4", "mc-2022-00000001-4", "MC-٢٠٢٢-00000001-4", "ＭＣ-2022-00000001-4",
                "MC-2022-00000001-4%00", "MC-2022-00000001-4%2F..", odd(random)));
    }

    private static String asset(Random random) {
        return FuzzValues.pick(random, List.of("swagger-ui.css", "swagger-ui-bundle.js", "favicon-32x32.png",
                "index.html", "swagger-initializer.js", "package.json", "..%2F..%2F..%2FMETA-INF%2FMANIFEST.MF",
                "%2e%2e/%2e%2e/%2e%2e/%2e%2e/META-INF/MANIFEST.MF", "../../../../kz/medcert/bootstrap/Main.class",
                "..%5c..%5cswagger-ui.css", "swagger-ui.css%00.png", "swagger-ui.css;.js", "./swagger-ui.css",
                "swagger-ui.css/", "SWAGGER-UI.CSS", odd(random)));
    }

    private static String odd(Random random) {
        return random.nextInt(4) == 0 ? encode(FuzzValues.string(random)) : FuzzValues.pick(random, ODD_IDS);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String query(ApiOperation op, Random random) {
        if (op.queryParameters().isEmpty() || random.nextInt(4) == 0) {
            return "";
        }
        // half the cases keep every documented example (and leave out what has none), so that an operation with
        // several parameters is still reached; the others mix examples, odd values and absent parameters
        boolean documented = random.nextBoolean();
        StringBuilder query = new StringBuilder();
        op.queryParameters().forEach((name, example) -> {
            Optional<String> value = documented ? example
                    : example.isPresent() && random.nextBoolean() ? example
                    : random.nextInt(3) == 0 ? Optional.empty() : Optional.of(odd(random));
            value.ifPresent(v -> query.append(query.length() == 0 ? "?" : "&").append(name).append('=').append(v));
        });
        return query.toString();
    }

    private byte[] mutatedTarget(String path, Random random) {
        String mutated = switch (random.nextInt(12)) {
            case 0 -> path + FuzzValues.pick(random, List.of("/", "//", "/x", "/..", "/.", ";x=1", "%00", "%2F",
                    "?a=%ZZ", "?a=1&a=2&a=", "#frag", "?" + "q".repeat(9000)));
            case 1 -> "/" + path;
            case 2 -> path.toUpperCase(Locale.ROOT);
            case 3 -> path.replaceFirst("/v1/", "/v1/./");
            case 4 -> path.replaceFirst("/v1/", "/v1/../v1/");
            case 5 -> path.replaceFirst("/v1/", "/v1/%2e%2e/v1/");
            case 6 -> "http://localhost:" + port() + path;
            case 7 -> FuzzValues.pick(random, List.of("*", "", "/", "//", "/api", "/api/v1", "/api/v2/requests",
                    "/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/docs/..%2fopenapi.json", "/WEB-INF/web.xml"));
            case 8 -> path.replace("/", "\\");
            case 9 -> path + "/" + FuzzValues.randomUnicode(random, 5); // raw UTF-8 bytes in the target
            case 10 -> path.replaceFirst("/", "/" + FuzzValues.pick(random, List.of(" ", "\t", "\u0000", "\u007f",
                    "\"", "<", "`", "{", "|")));
            default -> path.replaceFirst("/api/v1/", "/api/v1;jsessionid=x/");
        };
        return mutated.getBytes(StandardCharsets.UTF_8);
    }

    private List<String> extraHeaders(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> List.of("X-Long: " + "a".repeat(random.nextBoolean() ? 7_000 : 70_000));
            case 1 -> {
                List<String> many = new ArrayList<>();
                for (int i = 0, n = 50 + random.nextInt(500); i < n; i++) {
                    many.add("X-N" + i + ": v");
                }
                yield many;
            }
            case 2 -> List.of(FuzzValues.pick(random, List.of("Garbage", "Bad Header: x", "X-Fold: a\r\n b",
                    ": no-name", "X-Nul: a\u0000b", "X-Ctl: \u0007\u001b", "X-Utf8: ЖЖЖ", "X-Latin: \u00ff\u00fe",
                    "X\u0000Y: z")));
            default -> List.of(FuzzValues.pick(random, EXTRA_HEADERS));
        };
    }

    private int port() {
        return service.uri("/").getPort();
    }

    // ---- bodies ----

    /** A body with its media type, and what kind it is. */
    record Body(byte[] bytes, Optional<String> contentType, String label) {
    }

    private Body json(ApiOperation op, Draft draft, Random random) {
        JsonNode seed = seed(op, draft, random);
        int draw = random.nextInt(100);
        String type = random.nextInt(100) < 88 ? FuzzValues.pick(random, JSON_TYPES)
                : FuzzValues.pick(random, ODD_TYPES);
        Optional<String> contentType = random.nextInt(40) == 0 ? Optional.empty() : Optional.of(type);
        if (draw < 25) {
            return new Body(utf8(seed.toString()), contentType, "body=seed");
        }
        if (draw < 65) {
            return new Body(utf8(FuzzValues.text(FuzzValues.mutate(seed, random))), contentType, "body=mutated");
        }
        if (draw < 77) {
            return new Body(FuzzValues.corrupt(seed.toString(), random), contentType, "body=corrupted");
        }
        if (draw < 85) {
            return new Body(utf8(FuzzValues.text(FuzzValues.document(random))), contentType, "body=generated");
        }
        if (draw < 90 && seed.isObject()) {
            ObjectNode padded = seed.deepCopy();
            padded.put("padding", "p".repeat(60_000 + random.nextInt(20_000)));
            return new Body(utf8(padded.toString()), contentType, "body=oversized");
        }
        return other(random);
    }

    /** Something that is not the expected body at all. */
    private Body other(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> new Body(new byte[0], Optional.of("application/json"), "body=empty");
            case 1 -> new Body(utf8("a=1&b=%ZZ&c"), Optional.of("application/x-www-form-urlencoded"), "body=form");
            case 2 -> new Body(utf8("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                    + "<a>&x;</a>"), Optional.of(FuzzValues.pick(random, List.of("application/xml",
                    "application/json"))), "body=xml");
            case 3 -> new Body(FuzzValues.randomBytes(random, random.nextInt(3000)),
                    Optional.of(FuzzValues.pick(random, ODD_TYPES)), "body=bytes");
            case 4 -> FuzzUploads.stray(random);
            default -> new Body(utf8(FuzzValues.string(random)), Optional.of("application/json"), "body=text");
        };
    }

    /** An upload: for a target, a document it still misses two times in three (read first as its applicant). */
    private Body multipart(Draft draft, Random random) {
        JsonNode missing = draft.target.isPresent() && random.nextInt(3) > 0
                ? ownerView(draft.target.get()).path("missingUploads") : FuzzValues.NODES.arrayNode();
        return FuzzUploads.upload(missing, random, maxUploadBytes);
    }

    /** A body of another media type (not JSON, not multipart): its documented example, as it is or corrupted. */
    private Body documented(ApiOperation op, Random random) {
        Map.Entry<String, JsonNode> first = op.bodies().entrySet().iterator().next();
        String example = first.getValue().isTextual() ? first.getValue().asText()
                : first.getValue().isMissingNode() ? "" : first.getValue().toString();
        int draw = random.nextInt(10);
        if (draw < 4) {
            return new Body(utf8(example), Optional.of(first.getKey()), "body=example");
        }
        if (draw < 8) {
            return new Body(FuzzValues.corrupt(example, random), Optional.of(first.getKey()), "body=corrupted");
        }
        return other(random);
    }

    private Body noBody(Random random) {
        if (random.nextInt(100) < 85) {
            return new Body(new byte[0], Optional.empty(), "body=none");
        }
        return random.nextBoolean() ? new Body(utf8(FuzzValues.text(FuzzValues.document(random))),
                Optional.of(FuzzValues.pick(random, JSON_TYPES)), "body=unexpected-json") : other(random);
    }

    /**
     * Whether the fuzzer has realistic seeds of its own for the operation's body and path values; else it starts
     * from the documented example and odd values.
     */
    boolean knows(ApiOperation op) {
        boolean body = op.bodies().isEmpty() || op.takesMultipart() || SEEDED.contains(op.operationId());
        return body && KNOWN_PARAMETERS.containsAll(op.pathParameters());
    }

    /** A realistic body for the operations the fuzzer knows; the documented example for the others. */
    private JsonNode seed(ApiOperation op, Draft draft, Random random) {
        return switch (op.operationId()) {
            case "startRequest" -> draft.person.orElseThrow().startBody();
            case "evaluateDossier" -> random.nextInt(3) == 0 ? readTree(DemoApplications.README_EVALUATION)
                    : random.nextBoolean() ? op.jsonExample().orElse(readTree(DemoApplications.README_EVALUATION))
                    : evaluation(FuzzValues.pick(random, world.persons));
            case "confirmConsent" -> {
                requestCodeFirst(draft, random);
                yield FuzzValues.NODES.objectNode().put("code", random.nextInt(5) == 0
                        ? FuzzValues.pick(random, List.of("000000", "12345", "1234567", " 123456 ", "１２３４５６"))
                        : "123456");
            }
            case "submitRequest" -> {
                draft.target.filter(t -> t.status.equals("AWAITING_DOCUMENTS") && random.nextBoolean())
                        .ifPresent(world::uploadMissing); // so that some submissions can be accepted
                yield FuzzValues.NODES.objectNode().put("signature", signature(draft, random));
            }
            // the target's own form as its applicant started it: an amendment that may be accepted (R21, R70)
            case "amendForm" -> draft.target.flatMap(t -> world.persons.stream().filter(p -> p.iin().equals(t.iin))
                            .findFirst()).<JsonNode>map(p -> p.startBody().path("form").deepCopy())
                    .orElseGet(() -> op.jsonExample().orElse(FuzzValues.NODES.objectNode()));
            default -> op.jsonExample().orElse(FuzzValues.NODES.objectNode());
        };
    }

    /** Half the time, asks for a one-time code for a target awaiting consent first, so that one can be confirmed. */
    private void requestCodeFirst(Draft draft, Random random) {
        draft.target.filter(t -> t.status.equals("AWAITING_CONSENT") && random.nextBoolean()).ifPresent(
                t -> service.asApplicant(t.iin).postJson("/api/v1/requests/" + t.id + "/consent", ""));
    }

    /** The demo EDS over the target's current content digest (read first), or over something else. */
    private String signature(Draft draft, Random random) {
        if (draft.target.isEmpty() || random.nextInt(8) == 0) {
            return "DEMO-EDS:" + FuzzValues.pick(random, world.persons).iin() + ":" + "0".repeat(64);
        }
        FuzzWorld.Tracked target = draft.target.get();
        JsonNode view = ownerView(target);
        return "DEMO-EDS:" + target.iin + ":" + view.path("contentDigest").asText();
    }

    private JsonNode ownerView(FuzzWorld.Tracked target) {
        HttpResponse<String> response = service.asApplicant(target.iin).get("/api/v1/requests/" + target.id);
        return response.statusCode() == 200 ? Journey.json(response) : FuzzValues.NODES.objectNode();
    }

    private static JsonNode evaluation(FuzzWorld.Person person) {
        ObjectNode body = person.startBody().path("form").deepCopy();
        return body.put("applicationDate", "2026-11-20").put("submittedAt", "2026-11-20T10:00:00+05:00")
                .put("consent", true).put("prohibition", "NONE");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode readTree(String json) {
        try {
            return Journey.JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
