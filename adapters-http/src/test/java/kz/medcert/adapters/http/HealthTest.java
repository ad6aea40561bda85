package kz.medcert.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class HealthTest {

    @Test
    void upWithoutChecks() {
        try (TestApi api = TestApi.start()) {
            HttpResponse<String> response = api.get("/health");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
        }
    }

    @Test
    void upWhenEveryReadinessCheckPasses() {
        try (TestApi api = TestApi.start(b -> b.readinessCheck(check("database", true)))) {
            HttpResponse<String> response = api.get("/health");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(TestApi.json(response).path("status").asText()).isEqualTo("UP");
            assertThat(TestApi.json(response).path("checks").path("database").asText()).isEqualTo("UP");
        }
    }

    @Test
    void downWith503WhenACheckFailsOrThrows() {
        ReadinessCheck throwing = new ReadinessCheck() {
            @Override
            public String name() {
                return "registries";
            }

            @Override
            public boolean isReady() {
                throw new IllegalStateException("connection refused");
            }
        };
        try (TestApi api = TestApi.start(b -> b.readinessCheck(check("database", false))
                .readinessCheck(throwing).readinessCheck(check("disk", true)))) {
            HttpResponse<String> response = api.get("/health");

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(TestApi.json(response).path("status").asText()).isEqualTo("DOWN");
            assertThat(TestApi.json(response).path("checks").toString())
                    .isEqualTo("{\"database\":\"DOWN\",\"registries\":\"DOWN\",\"disk\":\"UP\"}");
            Problems.assertNoLeak(response.body());
        }
    }

    private static ReadinessCheck check(String name, boolean ready) {
        return new ReadinessCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean isReady() {
                return ready;
            }
        };
    }
}
