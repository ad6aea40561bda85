package kz.medcert.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code GET /ping}: the load benchmark's baseline answers plain text, to anyone, and only to GET. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PingTest {
    private final TestApi api = TestApi.start();

    @AfterAll
    void stop() {
        api.close();
    }

    @Test
    void answersPongAsPlainTextWithoutAToken() {
        HttpResponse<String> response = api.anonymous().get(HttpApi.PING_PATH);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(HttpApi.PONG);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain"));
    }

    @Test
    void anInvalidTokenDoesNotMatterOutsideTheApi() {
        HttpResponse<String> response = api.withAuthorization(() -> Optional.of("Bearer not-a-jwt"))
                .get(HttpApi.PING_PATH);

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void otherMethodsAreProblems() {
        HttpResponse<String> response = api.anonymous().post(HttpApi.PING_PATH);

        Problems.assertNoLeak(response.body());
        assertThat(response.statusCode()).isEqualTo(405);
    }
}
