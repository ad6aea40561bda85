package kz.medcert.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: whatever is wrong with a request, the answer is 200 or a 400 problem, never a 500 and never Java
 * internals. Each case mutates the contract example at random from its seed (shown in the test name, to replay).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluationFuzzTest {
    private static final long BASE_SEED = 20_241_202L;
    private static final int CASES = 200;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<Supplier<JsonNode>> VALUES = List.of(
            () -> NODES.textNode(""), () -> NODES.textNode("X"), () -> NODES.textNode("PEDIATRICS"),
            () -> NODES.textNode("GENERAL_MEDICINE"), () -> NODES.textNode("HIGHER"),
            () -> NODES.textNode("2024-02-30"), () -> NODES.textNode("0001-01-01"), () -> NODES.textNode("9999-12-31"),
            () -> NODES.textNode("2024-12-02"), () -> NODES.textNode("2024-12-02T10:00:00+05:00"),
            () -> NODES.textNode("+999999999-12-31T23:59:59+18:00"), () -> NODES.textNode("x".repeat(5000)),
            () -> NODES.numberNode(-1), () -> NODES.numberNode(0), () -> NODES.numberNode(1.5),
            () -> NODES.numberNode(1e308), () -> NODES.numberNode(Long.MAX_VALUE), () -> NODES.booleanNode(true),
            NODES::nullNode, NODES::arrayNode, NODES::objectNode);

    private final TestApi api = TestApi.start();

    @AfterAll
    void stop() {
        api.close();
    }

    static Stream<Long> seeds() {
        return LongStream.range(0, CASES).mapToObj(i -> BASE_SEED + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anyMutationIsAnsweredWithoutA500(long seed) {
        Random random = new Random(seed);
        ObjectNode request = TestApi.example();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            mutate(request, random);
        }

        HttpResponse<String> response = api.postJson("/api/v1/evaluations", request);

        assertThat(response.statusCode()).as("seed %d, request %s: %s", seed, request, response.body())
                .isIn(200, 400);
        Problems.assertNoLeak(response.body());
    }

    private static void mutate(ObjectNode root, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        JsonNode value = VALUES.get(random.nextInt(VALUES.size())).get();
        if (target instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            int choice = random.nextInt(10);
            if (choice == 0 || names.isEmpty()) {
                object.set("unexpected", value);
            } else if (choice == 1) {
                object.remove(names.get(random.nextInt(names.size())));
            } else {
                object.set(names.get(random.nextInt(names.size())), value);
            }
        } else if (target instanceof ArrayNode array) {
            if (array.isEmpty() || random.nextBoolean()) {
                array.add(value);
            } else {
                array.set(random.nextInt(array.size()), value);
            }
        }
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            node.forEach(child -> collect(child, containers));
        }
    }
}
