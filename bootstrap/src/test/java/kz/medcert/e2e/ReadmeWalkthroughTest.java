package kz.medcert.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs README's curl walk-through, exactly as written, with bash and curl against a live service. */
class ReadmeWalkthroughTest {
    private static RunningService service;

    @BeforeAll
    static void start() {
        service = RunningService.start(Clock.systemUTC(), Map.of());
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void walkthroughTakesARequestToAccepted_R22_R73_R78() throws IOException, InterruptedException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        Matcher block = Pattern.compile("<!-- walkthrough:start -->\\s*```bash\\n(.*?)```\\s*<!-- walkthrough:end -->",
                Pattern.DOTALL).matcher(readme);
        assertThat(block.find()).as("README has the walk-through block").isTrue();
        String script = block.group(1).replace("http://localhost:8080", "http://localhost:" + service.uri("/").getPort());
        Path dir = Files.createTempDirectory("walkthrough");
        Path file = dir.resolve("walkthrough.sh");
        Files.writeString(file, script, StandardCharsets.UTF_8);

        Process bash = new ProcessBuilder("bash", "-euo", "pipefail", file.toString()).directory(dir.toFile())
                .redirectErrorStream(true).start();
        boolean finished = bash.waitFor(60, TimeUnit.SECONDS);
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(finished).as(output).isTrue();
        assertThat(bash.exitValue()).as(output).isZero();
        assertThat(output).contains("\"result\":\"ELIGIBLE\"", "\"decisionDue\":\"2024-12-09\"",
                "\"status\":\"AWAITING_DOCUMENTS\"", "\"status\":\"ACCEPTED\"", "\"decisionDue\":\"");
    }
}
