package kz.medcert.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One operation of the served OpenAPI document, as much as a fuzzer needs: method, path template, the parameters by
 * name, each request body's media type with its example, and whether it needs a bearer token.
 *
 * @param bodies media type → the documented example (a missing node when there is none)
 */
record ApiOperation(String method, String path, String operationId, List<String> pathParameters,
                    Map<String, Optional<String>> queryParameters, Map<String, JsonNode> bodies, boolean secured) {
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    /** Every operation of the document, in its order. */
    static List<ApiOperation> all(JsonNode openApi) {
        List<ApiOperation> operations = new ArrayList<>();
        boolean securedByDefault = openApi.path("security").size() > 0;
        openApi.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!METHODS.contains(op.getKey())) {
                return;
            }
            JsonNode operation = op.getValue();
            List<String> inPath = new ArrayList<>();
            Map<String, Optional<String>> inQuery = new LinkedHashMap<>();
            operation.path("parameters").forEach(reference -> {
                JsonNode parameter = resolve(openApi, reference);
                String name = parameter.path("name").asText();
                if (parameter.path("in").asText().equals("path")) {
                    inPath.add(name);
                } else if (parameter.path("in").asText().equals("query")) {
                    inQuery.put(name, Optional.ofNullable(parameter.get("example")).map(JsonNode::asText));
                }
            });
            Map<String, JsonNode> bodies = new LinkedHashMap<>();
            resolve(openApi, operation.path("requestBody")).path("content").fields().forEachRemaining(
                    content -> bodies.put(content.getKey(), content.getValue().path("example")));
            boolean secured = operation.has("security") ? operation.path("security").size() > 0 : securedByDefault;
            operations.add(new ApiOperation(op.getKey().toUpperCase(Locale.ROOT), path.getKey(),
                    operation.path("operationId").asText(op.getKey() + " " + path.getKey()), List.copyOf(inPath),
                    Map.copyOf(inQuery), Map.copyOf(bodies), secured));
        }));
        return operations;
    }

    boolean takesJson() {
        return bodies.keySet().stream().anyMatch(type -> type.contains("json"));
    }

    boolean takesMultipart() {
        return bodies.containsKey("multipart/form-data");
    }

    /** The documented JSON example, if there is one. */
    Optional<JsonNode> jsonExample() {
        return bodies.entrySet().stream().filter(e -> e.getKey().contains("json")).map(Map.Entry::getValue)
                .filter(example -> !example.isMissingNode()).findFirst();
    }

    boolean underApi() {
        return path.startsWith("/api/");
    }

    @Override
    public String toString() {
        return operationId + " (" + method + " " + path + ")";
    }

    private static JsonNode resolve(JsonNode openApi, JsonNode node) {
        JsonNode ref = node.get("$ref");
        return ref == null ? node : openApi.at(ref.asText().substring(1));
    }
}
