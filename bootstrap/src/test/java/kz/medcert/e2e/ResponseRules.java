package kz.medcert.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What every answer must be, whatever was asked: an answer at all, below 500, nothing of Java inside (no stack trace,
 * class or package name, SQL state) unless the request itself said it, and for an error under {@code /api} (or any
 * error that is not an HTML page) an RFC 9457 problem whose {@code type}, {@code title} and {@code status} are there
 * and agree with the HTTP status.
 */
final class ResponseRules {
    /** Traces of Java internals; each is a violation unless the request contains it too (echoed input). */
    private static final List<String> LEAKS = List.of("\tat ", "at kz.", "at java.", "at org.", "at com.", "at io.",
            "Exception", "java.lang", "java.util", "java.io", "java.time", "javax.", "jakarta.", "kz.medcert",
            "org.eclipse", "com.fasterxml", "io.javalin", "org.jdbi", "org.hsqldb", "com.nimbusds", "Caused by",
            "StackTrace", "SQLSTATE", "SQLState", "Manifest-Version", "<groupId>");

    private ResponseRules() {
    }

    /** Every rule the answer breaks, in words; empty when it keeps them all. */
    static List<String> violations(RawHttp.Request request, String operationPath,
                                   Optional<RawHttp.Response> answer) {
        List<String> violations = new ArrayList<>();
        if (answer.isEmpty()) {
            violations.add("no answer: the server closed the connection without a status line");
            return violations;
        }
        RawHttp.Response response = answer.get();
        int status = response.status();
        if (status >= 500 && !(status == 505 && !httpOneRequestLine(request))) {
            violations.add("status " + status + " (a 5xx)");
        }
        String type = response.contentType().toLowerCase(Locale.ROOT);
        boolean staticAsset = status < 300 && (type.contains("javascript") || type.contains("css")
                || type.startsWith("image/") || type.startsWith("application/pdf"));
        if (!staticAsset) {
            leaks(request, response).forEach(leak -> violations.add("leaks '" + leak.replace("\t", "\\t") + "'"));
        }
        if (status >= 400 && !request.method().equals("HEAD")) {
            boolean page = type.startsWith("text/html") && !operationPath.startsWith("/api/");
            if (!page) {
                violations.addAll(problemViolations(response));
            }
        }
        if (status == 401 && response.header("www-authenticate").filter(v -> v.startsWith("Bearer")).isEmpty()) {
            violations.add("401 without WWW-Authenticate: Bearer");
        }
        if (status >= 200 && status < 300 && type.startsWith("application/json") && response.body().length > 0) {
            try {
                Journey.JSON.readTree(response.body());
            } catch (IOException e) {
                violations.add("a 2xx application/json answer that is not JSON");
            }
        }
        return violations;
    }

    /**
     * Whether the request line is {@code METHOD SP target SP HTTP/1.x}. Jetty answers any other version (HTTP/0.9,
     * HTTP/2.0 over HTTP/1 framing, garbage) with 505 HTTP Version Not Supported, as RFC 9110 §15.6.6 has it: that
     * 5xx says what the client got wrong, not that the server failed.
     */
    private static boolean httpOneRequestLine(RawHttp.Request request) {
        String target = new String(request.target(), StandardCharsets.UTF_8);
        return (request.version().equals("HTTP/1.1") || request.version().equals("HTTP/1.0")) && !target.isEmpty()
                && target.chars().noneMatch(c -> c <= ' ' || c == 0x7F);
    }

    private static List<String> problemViolations(RawHttp.Response response) {
        List<String> violations = new ArrayList<>();
        if (!response.contentType().toLowerCase(Locale.ROOT).startsWith("application/problem+json")) {
            violations.add("an error answered as '" + response.contentType() + "', not application/problem+json");
            return violations;
        }
        JsonNode problem;
        try {
            problem = Journey.JSON.readTree(response.body());
        } catch (IOException e) {
            violations.add("a problem+json answer that is not JSON");
            return violations;
        }
        if (problem == null || !problem.isObject()) {
            violations.add("a problem that is not a JSON object");
            return violations;
        }
        if (!problem.path("type").isTextual() || problem.path("type").asText().isBlank()) {
            violations.add("a problem without type");
        }
        if (!problem.path("title").isTextual() || problem.path("title").asText().isBlank()) {
            violations.add("a problem without title");
        }
        if (problem.path("status").asInt(-1) != response.status()) {
            violations.add("a problem whose status " + problem.path("status") + " is not the HTTP status "
                    + response.status());
        }
        return violations;
    }

    private static List<String> leaks(RawHttp.Request request, RawHttp.Response response) {
        StringBuilder answer = new StringBuilder(response.statusLine()).append('\n');
        response.headers().forEach(h -> answer.append(h[0]).append(": ").append(h[1]).append('\n'));
        answer.append(response.text());
        String asked = asked(request);
        List<String> found = new ArrayList<>();
        for (String leak : LEAKS) {
            if (answer.indexOf(leak) >= 0 && !asked.contains(leak)) {
                found.add(leak);
            }
        }
        return found;
    }

    /** The request as text, and its target once more percent-decoded: what an answer may echo. */
    private static String asked(RawHttp.Request request) {
        String raw = new String(request.bytes(), StandardCharsets.UTF_8);
        String target = new String(request.target(), StandardCharsets.UTF_8);
        try {
            return raw + "\n" + URLDecoder.decode(target.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }
}
