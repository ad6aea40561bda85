package kz.medcert.adapters.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * {@code GET /openapi.json} (the hand-kept OpenAPI document, a resource beside this class) and {@code GET /docs}:
 * Swagger UI from its webjar, served by this service so it works offline, over a plain list of the operations for
 * browsers without JavaScript.
 */
final class ApiDocs {
    static final String DOCUMENT_RESOURCE = "openapi.json";
    static final String ASSETS_PATH = "/docs/swagger-ui";
    private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/";
    private static final String WEBJAR_POM = "META-INF/maven/org.webjars/swagger-ui/pom.properties";

    /** Starts Swagger UI; inline, so the page's policy admits exactly this script by its hash. */
    static final String STARTER = "\nwindow.onload = function () {\n"
            + "  window.ui = SwaggerUIBundle({url: '/openapi.json', dom_id: '#swagger-ui', deepLinking: true,"
            + " validatorUrl: null});\n};\n";
    /**
     * Swagger UI's own script and styles from this service, the starter by its hash, its icons as data URIs, the
     * document fetched from here; no other origin, no framing.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self' '" + sha256(STARTER)
            + "'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final byte[] document;
    private final String page;

    private ApiDocs(byte[] document, String page) {
        this.document = document;
        this.page = page;
    }

    private static String sha256(String script) {
        try {
            return "sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(script.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    static ApiDocs load(ObjectMapper mapper) {
        try (InputStream in = ApiDocs.class.getResourceAsStream(DOCUMENT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DOCUMENT_RESOURCE);
            }
            byte[] document = in.readAllBytes();
            return new ApiDocs(document, page(mapper.readTree(document), swaggerUiVersion().isPresent()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void install(JavalinConfig config) {
        swaggerUiVersion().ifPresent(version -> config.staticFiles.add(files -> {
            files.hostedPath = ASSETS_PATH;
            files.directory = "/" + WEBJAR + version;
            files.location = Location.CLASSPATH;
            // only the assets the page loads: not the webjar's own index page, which points at a demo API
            files.skipFileFunction = request -> !isAsset(request.getRequestURI());
        }));
        config.routes.get("/openapi.json", this::document);
        config.routes.get("/docs", this::page);
    }

    static boolean isAsset(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.startsWith("swagger-ui") && (name.endsWith(".css") || name.endsWith(".js"))
                || name.startsWith("favicon-") && name.endsWith(".png");
    }

    private void document(Context ctx) {
        ctx.contentType("application/json").result(document);
    }

    private void page(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY).html(page);
    }

    private static Optional<String> swaggerUiVersion() {
        try (InputStream in = ApiDocs.class.getClassLoader().getResourceAsStream(WEBJAR_POM)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties pom = new Properties();
            pom.load(in);
            return Optional.ofNullable(pom.getProperty("version"));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String page(JsonNode doc, boolean swaggerUi) {
        String title = escape(doc.path("info").path("title").asText("API")) + " "
                + escape(doc.path("info").path("version").asText(""));
        StringBuilder html = new StringBuilder()
                .append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(title).append("</title>\n");
        if (swaggerUi) {
            html.append("<link rel=\"stylesheet\" href=\"").append(ASSETS_PATH).append("/swagger-ui.css\">\n")
                    .append("<link rel=\"icon\" type=\"image/png\" href=\"").append(ASSETS_PATH)
                    .append("/favicon-32x32.png\">\n");
        }
        html.append("</head>\n<body>\n<div id=\"swagger-ui\"></div>\n")
                .append(swaggerUi ? "<noscript>\n" : "")
                .append("<h1>").append(title).append("</h1>\n")
                .append("<p>").append(escape(doc.path("info").path("description").asText(""))).append("</p>\n")
                .append("<p><a href=\"/openapi.json\">OpenAPI document (JSON)</a></p>\n<ul>\n");
        operations(doc, html);
        html.append("</ul>\n").append(swaggerUi ? "</noscript>\n" : "");
        if (swaggerUi) {
            html.append("<script src=\"").append(ASSETS_PATH).append("/swagger-ui-bundle.js\"></script>\n")
                    .append("<script>").append(STARTER).append("</script>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static void operations(JsonNode doc, StringBuilder html) {
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                html.append("<li><code>").append(op.getKey().toUpperCase(Locale.ROOT)).append(' ')
                        .append(escape(path.getKey())).append("</code>: ")
                        .append(escape(op.getValue().path("summary").asText(""))).append("</li>\n");
            }
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
