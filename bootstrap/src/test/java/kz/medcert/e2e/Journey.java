package kz.medcert.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import kz.medcert.domain.request.StateRegistry;

/**
 * An applicant walking a request through the running service, step by step, as the README's curl commands do, with
 * a development token for their IIN.
 */
final class Journey {
    static final ObjectMapper JSON = new ObjectMapper();
    static final byte[] PDF = "%PDF-1.4\n% electronic copy\n".getBytes(StandardCharsets.US_ASCII);

    private final RunningService service;
    final String iin;
    String id;

    Journey(RunningService service, String iin) {
        this(iin, service.asApplicant(iin));
    }

    private Journey(String iin, RunningService authorized) {
        this.service = authorized;
        this.iin = iin;
    }

    /** The applicant of this IIN, whose requests go with {@code authorized}'s token (e.g. the identity provider's). */
    static Journey authorized(RunningService authorized, String iin) {
        return new Journey(iin, authorized);
    }

    JsonNode start(String applicantAndForm) {
        HttpResponse<String> response = service.postJson("/api/v1/requests", applicantAndForm);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode view = json(response);
        id = view.get("id").asText();
        assertThat(response.headers().firstValue("Location")).contains("/api/v1/requests/" + id);
        return view;
    }

    JsonNode consent() {
        return consent(() -> "123456");
    }

    /** Asks for a consent code and confirms it with the code {@code sent} says was sent (outside demo mode). */
    JsonNode consent(Supplier<String> sent) {
        HttpResponse<String> challenge = service.postJson(path("/consent"), "");
        assertThat(challenge.statusCode()).as(challenge.body()).isEqualTo(202);
        HttpResponse<String> confirmed = service.postJson(path("/consent/confirmation"),
                "{\"code\": \"" + sent.get() + "\"}");
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        return json(confirmed);
    }

    JsonNode view() {
        HttpResponse<String> response = service.get(path(""));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    /**
     * The request's view, read again every 50 ms until it satisfies {@code reached} or {@code limit} has passed (as
     * the service's workers move it on): the last one read.
     */
    JsonNode viewOnce(Predicate<JsonNode> reached, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        JsonNode view = view();
        while (!reached.test(view) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            view = view();
        }
        return view;
    }

    /** Amends the declared form (the start's form body) before the submission (R21, R70). */
    HttpResponse<String> amend(String form) {
        return service.putJson(path("/form"), form);
    }

    /** Uploads a PDF copy for every slot the request still misses (R22). */
    JsonNode uploadMissing() {
        for (JsonNode missing : view().get("missingUploads")) {
            String document = missing.get("document").asText();
            String subject = missing.get("subject").isNull() ? null : missing.get("subject").asText();
            HttpResponse<String> response = document.equals("NOTARIZED_TRANSLATION")
                    ? attach(document, null, "translates", subject) // R20: names the document it translates
                    : attach(document, subject, null, null);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        }
        return view();
    }

    HttpResponse<String> attach(String document, String subject, String extraField, String extraValue) {
        return attach(document, subject, extraField, extraValue, PDF, "application/pdf");
    }

    HttpResponse<String> attach(String document, String subject, String extraField, String extraValue,
                                byte[] content, String contentType) {
        Multipart body = new Multipart().field("document", document);
        if (subject != null) {
            body.field("subject", subject);
        }
        if (extraField != null) {
            body.field(extraField, extraValue);
        }
        body.file("file", "copy.pdf", contentType, content);
        return service.send(HttpRequest.newBuilder(service.uri(path("/attachments")))
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build());
    }

    /** Signs the current content digest with the demo EDS (the stub verifier's format) and submits. */
    HttpResponse<String> submit() {
        String digest = view().get("contentDigest").asText();
        return submitWith("DEMO-EDS:" + iin + ":" + digest);
    }

    HttpResponse<String> submitWith(String signature) {
        return service.postJson(path("/submission"), "{\"signature\": \"" + signature + "\"}");
    }

    String path(String suffix) {
        return "/api/v1/requests/" + id + suffix;
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + response.body(), e);
        }
    }

    /** The entry of {@code registry} in a request's view: its status, attempts, failure, next attempt. */
    static JsonNode registryOf(JsonNode view, StateRegistry registry) {
        for (JsonNode entry : view.get("registries")) {
            if (entry.path("registry").asText().equals(registry.name())) {
                return entry;
            }
        }
        throw new AssertionError(registry + " was not asked: " + view.get("registries"));
    }

    /** A multipart/form-data body built by hand, as a browser would send it. */
    static final class Multipart {
        private final String boundary = "medcert-" + UUID.randomUUID();
        private final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        Multipart field(String name, String value) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                    + "\r\n");
            return this;
        }

        Multipart file(String name, String fileName, String type, byte[] content) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                    + fileName + "\"\r\nContent-Type: " + type + "\r\n\r\n");
            out.writeBytes(content);
            write("\r\n");
            return this;
        }

        String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        byte[] bytes() {
            write("--" + boundary + "--\r\n");
            return out.toByteArray();
        }

        private void write(String text) {
            out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
